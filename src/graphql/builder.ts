import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import ZodPlugin from '@pothos/plugin-zod';
import type { GraphQLContext } from './context.ts';
import { invalidInputFromZod } from './invalid-input-from-zod.ts';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
}>({
  // Errors first: it wraps the zod plugin's validation, so a failed validation lands in the
  // mutation's result union instead of escaping as a top-level error.
  plugins: [ErrorsPlugin, ZodPlugin],
  defaultFieldNullability: false,
  zod: { validationError: invalidInputFromZod },
});

builder.queryType({});
builder.mutationType({});
