import type { Plugin } from 'graphql-yoga';

/** What a 401 asks for: the caller's DatoCMS API token as a bearer token (RFC 6750). */
export const BEARER_CHALLENGE = 'Bearer realm="datocms-token-admin"';

/**
 * RFC 9110 requires a WWW-Authenticate challenge on every 401, and RFC 6750 names the scheme. No
 * error code in it: every 401 here is a request without a usable bearer (none, another scheme, or
 * one that is not a token), which RFC 6750 answers with the bare challenge; a token the CMA refuses
 * is the CMA's PERMISSION_DENIED, not a 401.
 */
export function useBearerChallenge(): Plugin {
  return {
    onResponse({ response }) {
      if (response.status === 401 && !response.headers.has('www-authenticate')) response.headers.set('www-authenticate', BEARER_CHALLENGE);
    },
  };
}
