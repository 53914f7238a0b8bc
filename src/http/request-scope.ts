import { randomUUID } from 'node:crypto';

/** What one HTTP request gathers on its way: who it is and what it cost upstream. */
export type RequestScope = {
  requestId: string;
  startedAt: number;
  upstream: { calls: number; ms: number };
};

const scopes = new WeakMap<Request, RequestScope>();
// A client's own id is kept when it is a plain token; anything else (too long, odd characters that
// could forge log lines) is replaced.
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's scope, made on first use. */
export function scopeOf(request: Request): RequestScope {
  let scope = scopes.get(request);
  if (!scope) {
    const sent = request.headers.get('x-request-id');
    scope = { requestId: sent && WELL_FORMED_ID.test(sent) ? sent : randomUUID(), startedAt: performance.now(), upstream: { calls: 0, ms: 0 } };
    scopes.set(request, scope);
  }
  return scope;
}

/** A plugin that replaces the request (the body limit does) hands its scope on. */
export function carryScope(from: Request, to: Request): void {
  scopes.set(to, scopeOf(from));
}
