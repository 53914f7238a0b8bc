import type { Plugin } from 'graphql-yoga';
import { carryScope } from './request-scope.ts';

const tooLarge = (Response: typeof globalThis.Response, maxBytes: number) =>
  new Response(
    JSON.stringify({ errors: [{ message: `Request body is larger than ${maxBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
    // The rest of the body is not read here: the connection cannot carry another request.
    { status: 413, headers: { 'content-type': 'application/json', connection: 'close' } },
  );

/**
 * Refuses a request body over `maxBytes` with 413 before Yoga parses it, however it is framed.
 * A declared Content-Length is checked at once (Node's HTTP parser holds the body to it). A body
 * without one (chunked) is read here as it arrives, counting, and reading stops at the first chunk
 * over the limit; a body within it is handed on to Yoga as a request of those bytes. Either way the
 * 413 closes the connection: src/server.ts serves the app through withLingeringClose, so that the
 * client reads the answer before the connection goes.
 */
export function useBodySizeLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (Number(request.headers.get('content-length') ?? 0) > maxBytes) {
        endResponse(tooLarge(fetchAPI.Response, maxBytes));
        return;
      }
      if (request.body === null || request.headers.has('content-length')) return;
      const reader = request.body.getReader();
      const chunks: Uint8Array[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        if (received > maxBytes) {
          // Reading stops, but the stream is neither cancelled nor released: under Node either one
          // destroys the request, and with it the socket, before the 413 is written. The rest is
          // left to the HTTP server, which reads it away for a bounded time after answering
          // (src/http/lingering-close.ts) so the client can read the answer.
          endResponse(tooLarge(fetchAPI.Response, maxBytes));
          return;
        }
        chunks.push(value);
      }
      const whole = new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
      carryScope(request, whole);
      setRequest(whole);
    },
  };
}
