import { z } from 'zod';

// Input rules shared by every field that accepts them. A value that fails here never reaches the CMA.

/** CMA ids: numeric strings today ("312"), opaque url-safe strings in newer resources. */
export const cmaId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a DatoCMS id (1 to 64 letters, digits, "-" or "_")');

/** What AccessToken.version returns; anything else could never match, so it is refused as input. */
export const versionString = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a version read from AccessToken.version');

export const MAX_TOKEN_NAME_LENGTH = 255;

/**
 * Token names: trimmed, not blank, at most 255 characters counted as Unicode code points (as Ruby,
 * and so DatoCMS's Rails validations, count a string's length). Names are shown to people deciding
 * which credential to revoke, so only what a person can see is accepted: letters, combining marks,
 * digits, punctuation, symbols and spaces of every script. Refused: unpaired UTF-16 surrogates,
 * control and format characters (Unicode Cc, Cf: zero-width characters, direction marks and
 * overrides, which let "Full\u200b-access API token" pose as a built-in token), and line and
 * paragraph separators. (An emoji joined with U+200D is refused with them: it is a format character.)
 */
const visibleText = (maxLength: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .refine((name) => !/\p{Cs}/u.test(name), 'must not contain unpaired UTF-16 surrogates')
    .refine((name) => [...name].length <= maxLength, `must be at most ${maxLength} characters (Unicode code points)`)
    .refine((name) => !/\p{Cc}/u.test(name), 'must not contain control characters')
    .refine(
      (name) => !/[\p{Cf}\p{Zl}\p{Zp}]/u.test(name),
      'must not contain invisible format characters (zero-width, direction marks or overrides) or line/paragraph separators',
    )
    .refine((name) => /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]+$/u.test(name), 'must contain only letters, marks, digits, punctuation, symbols and spaces')
    .refine((name) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(name), 'must contain a visible character');

export const tokenName = visibleText(MAX_TOKEN_NAME_LENGTH);

/** Owner and purpose are read by the people deciding about a credential: the same visible text as names. */
export const ownerText = visibleText(255);
export const purposeText = visibleText(1_000);

/** An expiry is a promise about the future: one already past would make a token expired on arrival. */
export const futureInstant = z.date().refine((date) => date.getTime() > Date.now(), 'must lie in the future');
