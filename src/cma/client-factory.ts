import { buildClient, type Client } from '@datocms/cma-client-node';
import type { CmaPolicy } from '../config.ts';

export type CmaClientFactory = (apiToken: string) => Client;

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
  const fetchWithTimeout: typeof fetch = (input, init) =>
    baseFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return (apiToken) =>
    buildClient({
      apiToken,
      baseUrl: options.baseUrl,
      autoRetry: false,
      // Our abort fires first; the client's own timer is only a backstop.
      requestTimeout: timeoutMs + 1_000,
      fetchFn: fetchWithTimeout as never,
    });
}
