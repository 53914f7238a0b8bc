import { z } from 'zod';

// Input rules shared by every field that accepts them. A value that fails here never reaches the CMA.

/** CMA ids: numeric strings today ("312"), opaque url-safe strings in newer resources. */
export const cmaId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a DatoCMS id (1 to 64 letters, digits, "-" or "_")');

export const MAX_TOKEN_NAME_LENGTH = 255;

/** Token names: trimmed, not blank, bounded, printable. */
export const tokenName = z
  .string()
  .trim()
  .min(1, 'must not be blank')
  .max(MAX_TOKEN_NAME_LENGTH, `must be at most ${MAX_TOKEN_NAME_LENGTH} characters`)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'must not contain control characters');
