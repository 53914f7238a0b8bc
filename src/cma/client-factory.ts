import { buildClient, type Client } from '@datocms/cma-client-node';
import type { CmaPolicy } from '../config.ts';

/** One call to the CMA, as the operator sees it: the route with ids folded, how it ended, how long it took. */
export type UpstreamCall = {
  method: string;
  route: string;
  status: number | 'error' | 'timeout';
  durationMs: number;
  /** The CMA's X-RateLimit-Remaining and (on a 429) X-RateLimit-Reset, when it sent them. */
  rateLimit?: { remaining?: number; resetSeconds?: number };
};

function rateLimitOf(headers: Headers): UpstreamCall['rateLimit'] {
  const number = (name: string) => {
    const value = Number.parseInt(headers.get(name) ?? '', 10);
    return Number.isFinite(value) ? value : undefined;
  };
  const remaining = number('x-ratelimit-remaining');
  const resetSeconds = number('x-ratelimit-reset');
  return {
    ...(remaining === undefined ? {} : { remaining }),
    ...(resetSeconds === undefined ? {} : { resetSeconds }),
  };
}
export type UpstreamObserver = (call: UpstreamCall) => void;

/** A client for one caller; `observe` hears of every call it makes. */
export type CmaClientFactory = (apiToken: string, observe?: UpstreamObserver) => Client;

/** /access_tokens/312/regenerate_token → /access_tokens/:id/regenerate_token: a bounded set of labels. */
export function routeOf(url: string): string {
  // The path of the absolute URL the client built, without parsing it whole (this runs per call).
  const path = url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '') || '/';
  return path.replace(/^\/(access_tokens|roles)\/[^/]+/, '/$1/:id');
}

/**
 * An abort signal that fires after `timeoutMs` with a reason the official client recognises as a
 * timeout. Its request function tests `error.code.includes('ETIMEDOUT')` on whatever fetch throws:
 * `AbortSignal.timeout()` rejects with a DOMException whose `code` is the number 23, on which that
 * test throws a TypeError, and a timed-out write would pass for a connection that never opened.
 * A string code makes the client throw its own TimeoutError, before or during the body.
 * `clear()` ends the timer once the call is over, so a finished call leaves nothing pending.
 */
export function timeoutSignal(timeoutMs: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  // The reason is made when the timer fires, not per call: an Error captures a stack trace.
  const timer = setTimeout(() => {
    controller.abort(Object.assign(new Error(`No answer from the CMA within ${timeoutMs} ms`), { name: 'TimeoutError', code: 'ETIMEDOUT' }));
  }, timeoutMs);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

// Statuses whose answer has no body.
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * What the official client reads of an answer (status, headers, then `json()` once): the body read
 * whole under our timeout, parsed only when asked. Not a new Response around it: that built a
 * second body stream per call, for nothing the client uses.
 */
function wholeAnswer(response: Response, body: string): Response {
  const answer = {
    status: response.status,
    statusText: response.statusText,
    ok: response.ok,
    headers: response.headers,
    url: response.url,
    text: async () => body,
    json: async () => JSON.parse(body) as unknown,
  };
  return answer as unknown as Response;
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
  const observedFetch = (observe: UpstreamObserver | undefined): typeof fetch => async (input, init) => {
    const timeout = timeoutSignal(timeoutMs);
    const startedAt = performance.now();
    const call = { method: init?.method ?? 'GET', route: routeOf(String(input)) };
    try {
      const response = await baseFetch(input, { ...init, signal: timeout.signal });
      // The body is read here, under the same timeout: a call is over (and its timer cleared) once
      // its answer is whole, and an answer that stalls mid-body counts as a timeout, not a 200.
      const body = NULL_BODY_STATUSES.has(response.status) ? '' : await response.text();
      observe?.({ ...call, status: response.status, durationMs: performance.now() - startedAt, rateLimit: rateLimitOf(response.headers) });
      return wholeAnswer(response, body);
    } catch (error) {
      observe?.({ ...call, status: timeout.signal.aborted ? 'timeout' : 'error', durationMs: performance.now() - startedAt });
      throw error;
    } finally {
      timeout.clear();
    }
  };
  return (apiToken, observe) =>
    buildClient({
      apiToken,
      baseUrl: options.baseUrl,
      autoRetry: false,
      // Our abort fires first (and frees the socket); the client's own timer is only a backstop.
      requestTimeout: timeoutMs + 1_000,
      fetchFn: observedFetch(observe) as never,
    });
}
