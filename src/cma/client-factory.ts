import { buildClient, type Client } from '@datocms/cma-client-node';
import type { CmaPolicy } from '../config.ts';

export type CmaClientFactory = (apiToken: string) => Client;

/**
 * An abort signal that fires after `timeoutMs` with a reason the official client recognises as a
 * timeout. Its request function tests `error.code.includes('ETIMEDOUT')` on whatever fetch throws:
 * `AbortSignal.timeout()` rejects with a DOMException whose `code` is the number 23, on which that
 * test throws a TypeError, and a timed-out write would pass for a connection that never opened.
 * A string code makes the client throw its own TimeoutError, before or during the body.
 */
export function timeoutSignal(timeoutMs: number): AbortSignal {
  const controller = new AbortController();
  // The reason is made when the timer fires, not per call: an Error captures a stack trace.
  setTimeout(() => {
    controller.abort(Object.assign(new Error(`No answer from the CMA within ${timeoutMs} ms`), { name: 'TimeoutError', code: 'ETIMEDOUT' }));
  }, timeoutMs).unref();
  return controller.signal;
}

/**
 * Builds one official client per GraphQL request, carrying that request's bearer token.
 *
 * The client's own retry is switched off: it retries 429s without limit and replays timed-out
 * POSTs (a replayed rotate would lose a secret). CmaGateway applies a bounded policy instead.
 * Each request is aborted at the timeout so a stalled CMA never holds a socket open.
 */
export function createCmaClientFactory(options: {
  baseUrl: string;
  policy: Pick<CmaPolicy, 'requestTimeoutMs'>;
  fetchFn?: typeof fetch;
}): CmaClientFactory {
  const baseFetch = options.fetchFn ?? fetch;
  const timeoutMs = options.policy.requestTimeoutMs;
  const fetchWithTimeout: typeof fetch = (input, init) => baseFetch(input, { ...init, signal: timeoutSignal(timeoutMs) });
  return (apiToken) =>
    buildClient({
      apiToken,
      baseUrl: options.baseUrl,
      autoRetry: false,
      // Our abort fires first (and frees the socket); the client's own timer is only a backstop.
      requestTimeout: timeoutMs + 1_000,
      fetchFn: fetchWithTimeout as never,
    });
}
