import type { z } from 'zod';
import { InvalidInputError } from '../cma/errors.ts';

/** The first zod issue as the typed validation error, naming the field by its path in the arguments. */
export function invalidInputFromZod(error: z.ZodError): InvalidInputError {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).map(String);
  const field = path.at(-1) ?? 'input';
  return new InvalidInputError(field, path, `${path.join('.') || 'input'}: ${issue?.message ?? 'is invalid'}`);
}
