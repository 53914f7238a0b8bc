import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The header that proves a request went through a CORS preflight; any value will do. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

const REFUSED = 'Refused as a possible cross-site request forgery: a page on another site could have sent it.';
const AS_JSON = 'Send the body as JSON with `Content-Type: application/json`';

/** What to send instead: the header only helps a request whose body (or lack of one) the server reads. */
export function csrfMessage(request: Request): string {
  if (request.method === 'GET') return `${REFUSED} Send the \`${CSRF_HEADER}\` header (any value), or POST the request as JSON with \`Content-Type: application/json\`.`;
  const type = request.headers.get('content-type')?.toLowerCase() ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    return `${REFUSED} ${AS_JSON}, or send the \`${CSRF_HEADER}\` header (any value) with the form.`;
  }
  return `${REFUSED} ${AS_JSON}.`;
}

/**
 * Yoga's CSRF prevention, its refusal made something a client can act on: the maintained plugin
 * decides (a form, text/plain or multipart body, or a GET, without the header), but its own answer
 * is a bare "Required CSRF header(s) not present" with no code. The refusal keeps its 403 and gets
 * the code CSRF_HEADER_MISSING and a message saying what to send instead.
 */
export function useCsrfPrevention(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse!(payload);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw createGraphQLError(csrfMessage(payload.request), { extensions: { code: 'CSRF_HEADER_MISSING', http: { status: 403 } } });
      }
    },
  };
}
