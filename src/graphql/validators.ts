import { z } from 'zod';

// Input rules shared by every field that accepts them. A value that fails here never reaches the CMA.

/** CMA ids: numeric strings today ("312"), opaque url-safe strings in newer resources. */
export const cmaId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a DatoCMS id (1 to 64 letters, digits, "-" or "_")');

/** What AccessToken.version returns; anything else could never match, so it is refused as input. */
export const versionString = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a version read from AccessToken.version');

export const MAX_TOKEN_NAME_LENGTH = 255;

/**
 * Token names: trimmed, not blank, bounded, printable. Names are shown to people deciding which
 * credential to revoke, so invisible names and bidirectional overrides (which can make one name
 * read as another) are refused too.
 */
export const tokenName = z
  .string()
  .trim()
  .min(1, 'must not be blank')
  .max(MAX_TOKEN_NAME_LENGTH, `must be at most ${MAX_TOKEN_NAME_LENGTH} characters`)
  .refine((name) => !/\p{Cc}/u.test(name), 'must not contain control characters')
  .refine((name) => !/[\u202a-\u202e\u2066-\u2069]/u.test(name), 'must not contain bidirectional override characters')
  .refine((name) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(name), 'must contain a visible character');
