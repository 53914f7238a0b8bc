import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...headers },
    body: JSON.stringify({ query }),
  });
type LogLine = Record<string, any>;
const appLines = (): LogLine[] => stack.logs.filter((line) => !line.startsWith('local-cma')).map((line) => JSON.parse(line) as LogLine);
const requestLine = (requestId: string) => appLines().find((line) => line.msg === 'request' && line.requestId === requestId);

describe('structured logs', () => {
  it('writes one JSON line per request with its id, operation, status, duration and CMA calls', async () => {
    const response = await post('query Tokens { accessTokens { id role { name } } }', { 'x-request-id': 'scenario-1' });
    expect(response.headers.get('x-request-id')).toBe('scenario-1');
    expect(requestLine('scenario-1')).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: 'info',
      msg: 'request',
      requestId: 'scenario-1',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'Tokens',
      operationType: 'query',
      durationMs: expect.any(Number),
      // The token list, the roles, and the bearer's first GET /site (the project the store files it under).
      upstreamCalls: 3,
      upstreamMs: expect.any(Number),
    });
  });

  it('replaces a malformed x-request-id with its own, and records typed outcomes at info', async () => {
    const response = await post(`mutation { rotateAccessToken(id: "999999") { __typename } }`, { 'x-request-id': 'forged\tline {"level":"error"}' });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLine(id)).toMatchObject({ level: 'info', operationType: 'mutation', results: ['rotateAccessToken: NotFoundError'] });
  });

  it('logs expected errors at info with their code and no stack; an unexpected one at error with its errorId and stack', async () => {
    const denied = await post(`{ accessToken(id: "${SEEDED.ciDeploy}") { id } }`, { authorization: 'Bearer 0123456789abcdef0123456789abcd' });
    expect(requestLine(denied.headers.get('x-request-id')!)).toMatchObject({ level: 'info', errorCodes: ['PERMISSION_DENIED'] });
    expect(JSON.stringify(requestLine(denied.headers.get('x-request-id')!))).not.toContain('stack');

    stack.cma.faults.inject({ kind: 'status', status: 300, method: 'GET', path: '/access_tokens', times: 1 });
    const failed = await post('{ accessTokens { id } }');
    const body = (await failed.json()) as { errors: { extensions: { errorId: string } }[] };
    const errorId = body.errors[0]!.extensions.errorId;
    expect(requestLine(failed.headers.get('x-request-id')!)).toMatchObject({ level: 'error', errorCodes: ['INTERNAL_SERVER_ERROR'] });
    expect(appLines().find((line) => line.errorId === errorId)).toMatchObject({
      level: 'error', msg: 'unexpected error', error: { name: 'CmaUnexpectedError', stack: expect.stringContaining('CmaUnexpectedError') },
    });
  });

  it('never writes a secret or a bearer', () => {
    const secrets = [TEST_ADMIN_TOKEN, ...stack.cma.store.data.access_tokens.map((token) => token.secret)];
    const text = stack.logs.join('\n');
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/bearer\s+[0-9a-z]{8,}/i);
  });
});

/** Prometheus text format: `name{labels} value` lines, without comments. */
function scrape(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((label) => [label[1]!, label[2]!]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

describe('metrics', () => {
  it('counts every CMA call by route, method and status, as the CMA saw them, and times requests', async () => {
    const before = scrape(await (await fetch(stack.url.replace('/graphql', '/metrics'))).text());
    const upstream = await stack.upstreamDuring(async () => {
      await post('{ accessTokens { id role { name } } }');
      await post(`{ accessToken(id: "${SEEDED.publicCda}") { name } }`);
      await post(`mutation { rotateAccessToken(id: "424242") { __typename } }`);
    });
    const response = await fetch(stack.url.replace('/graphql', '/metrics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const after = scrape(await response.text());
    const count = (samples: typeof after, route: string, method: string, status: string) =>
      samples.find((sample) => sample.name === 'cma_requests_total' && sample.labels.route === route && sample.labels.method === method && sample.labels.status === status)?.value ?? 0;
    const seen = new Map<string, number>();
    for (const request of upstream) {
      const route = request.path.replace(/^\/(access_tokens|roles)\/[^/]+/, '/$1/:id');
      const key = `${route} ${request.method} ${request.status}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
    for (const [key, calls] of seen) {
      const [route, method, status] = key.split(' ') as [string, string, string];
      expect(count(after, route, method, status) - count(before, route, method, status), key).toBe(calls);
    }
    expect(after.some((sample) => sample.name === 'cma_request_duration_seconds_bucket')).toBe(true);
    expect(after.some((sample) => sample.name === 'graphql_yoga_http_duration_count' && sample.labels.statusCode === '200')).toBe(true);
  });
});

describe('metrics of a call whose answer stalls', () => {
  it('count it as a timeout, not as the status its headers carried, and the retry that answered as 200', async () => {
    const own = await startTestStack({ policy: { requestTimeoutMs: 300 } });
    try {
      const route = `/access_tokens/${SEEDED.importScript}`;
      own.cma.faults.inject({ kind: 'stall_body', latencyMs: 2_000, method: 'GET', path: route, times: 1 });
      const response = await fetch(own.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
        body: JSON.stringify({ query: `{ accessToken(id: "${SEEDED.importScript}") { name } }` }),
      });
      expect(await response.json()).toEqual({ data: { accessToken: { name: 'Import script' } } });
      const samples = scrape(await (await fetch(own.url.replace('/graphql', '/metrics'))).text());
      const counted = samples
        .filter((sample) => sample.name === 'cma_requests_total' && sample.labels.route === '/access_tokens/:id')
        .map((sample) => [sample.labels.method, sample.labels.status, sample.value]);
      expect(counted.sort()).toEqual([['GET', '200', 1], ['GET', 'timeout', 1]]);
    } finally {
      await own.stop();
    }
  });
});

describe('health and readiness', () => {
  it('is ready while the CMA answers and not ready (503) once it cannot be reached; /health stays up', async () => {
    const own = await startTestStack();
    const base = own.url.replace('/graphql', '');
    try {
      const ready = await fetch(`${base}/readiness`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', cma: 'reachable (HTTP 404)', store: 'reachable' }]);
      await own.cma.close();
      const down = await fetch(`${base}/readiness`);
      expect([down.status, await down.json()]).toEqual([503, { status: 'not ready', cma: 'unreachable: connection failed', store: 'reachable' }]);
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      await own.stop().catch(() => undefined);
    }
  });
});
