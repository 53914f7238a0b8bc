import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { CSRF_HEADER } from './csrf.ts';

/** The POST bodies Yoga's request parsers read, as configured in src/app.ts; JSON first, the one to use. */
export const ACCEPTED_MEDIA_TYPES = ['application/json', 'application/graphql+json', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data'];

export const UNSUPPORTED_MEDIA_TYPE_MESSAGE =
  'The request body is not of a type this server reads: send it as JSON with `Content-Type: application/json`. ' +
  `Also read: application/graphql, and application/x-www-form-urlencoded or multipart/form-data with the \`${CSRF_HEADER}\` header.`;

/**
 * A POST whose Content-Type no request parser reads (text/plain with the CSRF header, none at all,
 * application/xml …) got Yoga's bare 415 with an empty body, which a GraphQL client shows as a
 * JSON parse failure. It now gets the 415 as a GraphQL error: the code UNSUPPORTED_MEDIA_TYPE, a
 * message naming the types read, and those types in `Accept`, as RFC 9110 (15.5.16) suggests.
 * Yoga's parsers choose in their own onRequestParse hooks, which run before any plugin's.
 */
export function useUnsupportedMediaTypeAnswer(): Plugin {
  return {
    onRequestParse({ request, requestParser }) {
      // Another method without a parser is answered 405 by Yoga after this hook.
      if (request.method !== 'POST' || requestParser) return;
      throw createGraphQLError(UNSUPPORTED_MEDIA_TYPE_MESSAGE, {
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415, headers: { accept: ACCEPTED_MEDIA_TYPES.join(', ') } } },
      });
    },
  };
}
