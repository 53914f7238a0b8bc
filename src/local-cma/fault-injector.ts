import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { CMA_ERROR_CODES } from '../cma/vocabulary.ts';
import { CmaHttpError } from './json-api.ts';

/**
 * The upstream faults a client of the CMA must survive:
 * - `latency`: the request is answered normally, `latencyMs` later;
 * - `status`: answered with `status` (503 by default) and an api_error body (`code` and `details`
 *   when given), nothing done: a 5xx, or any refusal the CMA may answer;
 * - `rate_limit`: answered 429 with X-RateLimit-Reset, nothing done;
 * - `drop_request`: the connection is cut before anything is done;
 * - `drop_response`: the request IS carried out, then the connection is cut before the answer
 *   (the case where a blind retry of a create or a rotate does the work twice);
 * - `stall_body`: the request IS carried out and its answer starts (status, headers, half the
 *   body), then the rest waits `latencyMs` (a connection that stalls mid-answer).
 */
export type FaultKind = 'latency' | 'status' | 'rate_limit' | 'drop_request' | 'drop_response' | 'stall_body';

export type FaultRule = {
  kind: FaultKind;
  /** Matches any method when left out. */
  method?: string;
  /** A path regex, or an exact path. Matches every path when left out. */
  path?: RegExp | string;
  latencyMs?: number;
  status?: number;
  /** With `status`: the api_error code and details to answer with. */
  code?: string;
  details?: Record<string, unknown>;
  resetSeconds?: number;
  /** How many matching requests it affects; every one when left out. */
  times?: number;
};

type ActiveRule = FaultRule & { remaining: number };

export class FaultInjector {
  #rules: ActiveRule[] = [];

  inject(rule: FaultRule): void {
    this.#rules.push({ ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.#rules = [];
  }

  #take(method: string, path: string): ActiveRule | undefined {
    const rule = this.#rules.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (candidate.method === undefined || candidate.method === method) &&
        (candidate.path === undefined ||
          (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path))),
    );
    if (rule) rule.remaining -= 1;
    return rule;
  }

  /**
   * Applies the first matching rule. Returns the status it answered with (or 0 for a dropped
   * connection) when it handled the request itself, undefined when the request goes on.
   */
  async apply(
    method: string,
    path: string,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<number | undefined> {
    const rule = this.#take(method, path);
    if (!rule) return undefined;
    switch (rule.kind) {
      case 'latency':
        await delay(rule.latencyMs ?? 1_000);
        return undefined;
      case 'drop_request':
        request.socket.destroy();
        return 0;
      case 'drop_response': {
        // Let the request be carried out, but cut the connection instead of answering.
        const cut = () => {
          request.socket.destroy();
          return response;
        };
        response.writeHead = cut as unknown as ServerResponse['writeHead'];
        response.end = cut as unknown as ServerResponse['end'];
        return undefined;
      }
      case 'stall_body': {
        const end = response.end.bind(response) as (body: string) => ServerResponse;
        const stalled = (body = '') => {
          const half = Math.floor(body.length / 2);
          response.write(body.slice(0, half));
          setTimeout(() => end(body.slice(half)), rule.latencyMs ?? 1_000).unref();
          return response;
        };
        response.end = stalled as unknown as ServerResponse['end'];
        return undefined;
      }
      case 'rate_limit':
      case 'status': {
        const error =
          rule.kind === 'rate_limit'
            ? new CmaHttpError(429, CMA_ERROR_CODES.rateLimitExceeded, {}, {
                'X-RateLimit-Reset': String(rule.resetSeconds ?? 1),
                'X-RateLimit-Remaining': '0',
              })
            : new CmaHttpError(
                rule.status ?? 503,
                rule.code ?? (rule.status === 500 ? 'INTERNAL_SERVER_ERROR' : 'SERVICE_UNAVAILABLE'),
                rule.details ?? {},
              );
        response.writeHead(error.status, { 'Content-Type': 'application/json; charset=utf-8', ...error.headers });
        response.end(JSON.stringify(error.toBody()));
        return error.status;
      }
    }
  }
}
