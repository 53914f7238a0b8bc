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
 *   body), then the rest waits `latencyMs` (a connection that stalls mid-answer);
 * - `hold`: the request waits, nothing of it done yet, until the rule is released: by `release()`
 *   of the handle `hold()` returns, by the arrival of a request matching `releasedBy`, or by
 *   `clear()`. Then it is carried out as usual. Tests use it to keep a write in flight until a
 *   second request has provably started (see test/writes/lost-updates.test.ts).
 */
export type FaultKind = 'latency' | 'status' | 'rate_limit' | 'drop_request' | 'drop_response' | 'stall_body' | 'hold';

/** Which requests a rule matches: any method and any path when left out; a path regex, or an exact path. */
export type RequestMatch = { method?: string; path?: RegExp | string };

export type FaultRule = RequestMatch & {
  kind: FaultKind;
  latencyMs?: number;
  status?: number;
  /** With `status`: the api_error code and details to answer with. */
  code?: string;
  details?: Record<string, unknown>;
  resetSeconds?: number;
  /** How many matching requests it affects; every one when left out. */
  times?: number;
  /**
   * With `hold`: a request matching this, arriving while a request is held, releases the rule (it
   * is not held itself). One that arrives before any is held releases nothing.
   */
  releasedBy?: RequestMatch;
};

/** A `hold` rule's handle. */
export type Hold = {
  /** Resolves when the first matching request is held: it has arrived and nothing of it is done. */
  reached: Promise<void>;
  /** Resolves when the rule is released; the held requests then go on. */
  released: Promise<void>;
  /** Lets the held requests, and every later one the rule matches, go on. */
  release: () => void;
};

type Gate = Hold & { markReached: () => void; holding: boolean; open: boolean };
type ActiveRule = FaultRule & { remaining: number; gate?: Gate };

function newGate(): Gate {
  let markReached!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => (markReached = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const gate: Gate = {
    reached,
    released,
    markReached: () => {
      gate.holding = true;
      markReached();
    },
    holding: false,
    open: false,
    release: () => {
      gate.open = true;
      release();
    },
  };
  return gate;
}

function matches(match: RequestMatch, method: string, path: string): boolean {
  return (
    (match.method === undefined || match.method === method) &&
    (match.path === undefined || (typeof match.path === 'string' ? match.path === path : match.path.test(path)))
  );
}

export class FaultInjector {
  #rules: ActiveRule[] = [];

  inject(rule: FaultRule): void {
    this.#add(rule);
  }

  /** Injects a `hold` rule and returns its handle. */
  hold(rule: Omit<FaultRule, 'kind'>): Hold {
    const { reached, released, release } = this.#add({ ...rule, kind: 'hold' }).gate!;
    return { reached, released, release };
  }

  #add(rule: FaultRule): ActiveRule {
    const active: ActiveRule = { ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY };
    if (rule.kind === 'hold') active.gate = newGate();
    this.#rules.push(active);
    return active;
  }

  /** Removes every rule; requests still held go on. */
  clear(): void {
    for (const rule of this.#rules) rule.gate?.release();
    this.#rules = [];
  }

  #take(method: string, path: string): ActiveRule | undefined {
    const rule = this.#rules.find((candidate) => candidate.remaining > 0 && matches(candidate, method, path));
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
    for (const candidate of this.#rules) {
      const gate = candidate.gate;
      if (gate?.holding && !gate.open && candidate.releasedBy && matches(candidate.releasedBy, method, path)) gate.release();
    }
    const rule = this.#take(method, path);
    if (!rule) return undefined;
    switch (rule.kind) {
      case 'hold':
        if (!rule.gate!.open) {
          rule.gate!.markReached();
          await rule.gate!.released;
        }
        return undefined;
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
