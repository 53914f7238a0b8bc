import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetAccessTokenDocument, ListAccessTokensDocument, RotateAccessTokenDocument } from '../generated/graphql.ts';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  // A timeout well above what 200 requests at once cost on a busy machine: only the fault on token
  // 104, longer than the timeout, may time out.
  stack = await startTestStack({ policy: { requestTimeoutMs: 2_000, readRetries: 1, maxRateLimitWaitMs: 500 } });
});
afterAll(() => stack.stop());

// Everything but usage stamps, which every authenticated request may move.
const contentsWithout = (changedTokenId: string) =>
  JSON.stringify(stack.cma.store.data, (key, value) => {
    if (key === 'last_cma_access_on') return undefined;
    if (value && typeof value === 'object' && (value as { id?: unknown }).id === changedTokenId) return { ...value, secret: '(rotated)' };
    return value;
  });

/**
 * Each fault is tied to one path and applies to every request on it (or, for the rotations, to the
 * first requests of a queue the per-token lock makes strictly ordered), so the answer of every one
 * of the 200 requests is known before they are sent, whatever order they arrive in.
 */
function injectFaults() {
  const { faults } = stack.cma;
  faults.inject({ kind: 'latency', method: 'GET', path: '/roles', latencyMs: 100 });
  faults.inject({ kind: 'status', status: 503, method: 'GET', path: '/access_tokens/101' });
  faults.inject({ kind: 'drop_request', method: 'GET', path: '/access_tokens/102' });
  faults.inject({ kind: 'rate_limit', resetSeconds: 30, method: 'GET', path: '/access_tokens/103' });
  faults.inject({ kind: 'latency', latencyMs: 2_200, method: 'GET', path: '/access_tokens/104' });
  faults.inject({ kind: 'status', status: 404, code: 'NOT_FOUND', method: 'GET', path: '/access_tokens/105' });
  const regenerate = `/access_tokens/${SEEDED.ciDeploy}/regenerate_token`;
  faults.inject({ kind: 'rate_limit', resetSeconds: 30, method: 'POST', path: regenerate, times: 5 });
  faults.inject({ kind: 'drop_response', method: 'POST', path: regenerate, times: 3 });
}

type Kind = 'rotate' | 'list' | 'list as a CDA-only token' | 'get';
const kindOf = (i: number): Kind =>
  i % 10 === 0 ? 'rotate' : i % 10 === 5 ? 'list as a CDA-only token' : i % 2 === 1 ? 'list' : 'get';
const tokenIdOf = (i: number) => String(101 + (i % 7));

/** What a GET /access_tokens/:id answers under the faults above, after the server's one read retry. */
const GET_OUTCOME: Record<string, { code: string } | { found: boolean }> = {
  '101': { code: 'UPSTREAM_UNAVAILABLE' }, // 503 twice
  '102': { code: 'UPSTREAM_UNAVAILABLE' }, // connection cut twice
  '103': { code: 'RATE_LIMITED' }, // reset in 30 s: beyond the 500 ms the policy waits, so not retried
  '104': { code: 'UPSTREAM_UNAVAILABLE' }, // answered 2.2 s late against a 2 s timeout, twice
  '105': { found: false }, // a 404 is a token that does not exist: null, no error
  '106': { found: true },
  '107': { found: true },
};

const count = <T>(items: T[], predicate: (item: T) => boolean) => items.filter(predicate).length;

describe('200 concurrent requests under injected upstream faults', () => {
  it('answer exactly what each fault implies, rotations stay serial, and the server keeps serving', async () => {
    const before = contentsWithout(SEEDED.ciDeploy);
    const originalSecret = stack.cma.secretOf(SEEDED.ciDeploy);
    const cdaOnly = stack.cma.secretOf(SEEDED.publicCda);
    const requestsBefore = stack.cma.requests.length;
    injectFaults();

    const indexes = Array.from({ length: 200 }, (_, i) => i);
    const responses: GraphQLResponse<any>[] = await Promise.all(
      indexes.map((i) => {
        switch (kindOf(i)) {
          case 'rotate':
            return stack.execute(RotateAccessTokenDocument, { id: SEEDED.ciDeploy });
          case 'list':
            return stack.execute(ListAccessTokensDocument);
          case 'list as a CDA-only token':
            return stack.execute(ListAccessTokensDocument, {}, cdaOnly);
          case 'get':
            return stack.execute(GetAccessTokenDocument, { id: tokenIdOf(i) });
        }
      }),
    );
    for (const response of responses) expect(response.status).toBe(200);

    // 20 rotations of one token: the lock sends their POSTs one at a time, so the first 5 meet the
    // 429s, the next 3 lose their answer (carried out, then settled by reading back) and 12 succeed.
    const rotations = indexes.filter((i) => kindOf(i) === 'rotate').map((i) => responses[i]!);
    expect(rotations).toHaveLength(20);
    for (const rotation of rotations) expect(rotation.errors).toBeUndefined();
    type Rotated = { __typename: string; retryAfterSeconds?: number; accessToken?: { id: string; token: string | null } };
    const rotated = rotations.map((rotation) => rotation.data.rotateAccessToken as Rotated);
    expect(count(rotated, (result) => result.__typename === 'RateLimitedError')).toBe(5);
    expect(count(rotated, (result) => result.__typename === 'RotateAccessTokenSuccess')).toBe(15);
    for (const limited of rotated.filter((result) => result.__typename === 'RateLimitedError')) {
      expect(limited.retryAfterSeconds).toBe(30);
    }
    const secrets = rotated.filter((result) => result.__typename === 'RotateAccessTokenSuccess').map((result) => result.accessToken!.token);
    expect(new Set(secrets).size).toBe(15);
    expect(secrets).not.toContain(originalSecret);
    // The last rotation through the lock decides the secret: it is one the API handed out.
    expect(secrets).toContain(stack.cma.secretOf(SEEDED.ciDeploy));

    const lists = indexes.filter((i) => kindOf(i) === 'list').map((i) => responses[i]!);
    expect(lists).toHaveLength(80);
    for (const list of lists) {
      expect(list.errors).toBeUndefined();
      expect(list.data.accessTokens.map((token: { id: string }) => token.id)).toEqual(['101', '102', '103', '104', '105', '106', '107']);
      expect(list.data.accessTokens.find((token: { id: string }) => token.id === SEEDED.demoAdmin).role.name).toBe('Admin');
    }

    const refused = indexes.filter((i) => kindOf(i) === 'list as a CDA-only token').map((i) => responses[i]!);
    expect(refused).toHaveLength(20);
    for (const list of refused) {
      expect(list.data).toBeNull();
      expect(list.errors!.map((error) => error.extensions?.code)).toEqual(['PERMISSION_DENIED']);
    }

    const gets = indexes.filter((i) => kindOf(i) === 'get');
    expect(gets).toHaveLength(80);
    for (const i of gets) {
      const id = tokenIdOf(i);
      const expected = GET_OUTCOME[id]!;
      const response = responses[i]!;
      if ('code' in expected) {
        expect(response.data, id).toEqual({ accessToken: null });
        expect(response.errors!.map((error) => [error.path, error.extensions?.code]), id).toEqual([[['accessToken'], expected.code]]);
      } else {
        expect(response.errors, id).toBeUndefined();
        expect(response.data.accessToken?.id ?? null, id).toBe(expected.found ? id : null);
      }
    }

    // What the CMA saw: one role list per request (batched), every read retried exactly as the
    // policy says, every rotation sent once, nothing else.
    const getsOf = (id: string) => count(gets, (i) => tokenIdOf(i) === id);
    // The timed-out reads are still answered, 2.2 s after they were sent: wait for them to be recorded.
    const timedOutReads = () => count(stack.cma.requests.slice(requestsBefore), (request) => request.path === '/access_tokens/104');
    for (let waited = 0; timedOutReads() < 2 * getsOf('104') && waited < 5_000; waited += 50) await delay(50);
    const seen = stack.cma.requests.slice(requestsBefore);
    const tally = (method: string, path: string) =>
      seen
        .filter((request) => request.method === method && request.path === path)
        .reduce<Record<number, number>>((statuses, request) => ({ ...statuses, [request.status]: (statuses[request.status] ?? 0) + 1 }), {});
    expect(tally('POST', `/access_tokens/${SEEDED.ciDeploy}/regenerate_token`)).toEqual({ 429: 5, 200: 15 });
    expect(tally('GET', '/access_tokens/101')).toEqual({ 503: 2 * getsOf('101') });
    expect(tally('GET', '/access_tokens/102')).toEqual({ 0: 2 * getsOf('102') });
    expect(tally('GET', '/access_tokens/103')).toEqual({ 429: getsOf('103') });
    expect(tally('GET', '/access_tokens/104')).toEqual({ 200: 2 * getsOf('104') });
    expect(tally('GET', '/access_tokens/105')).toEqual({ 404: getsOf('105') });
    // Each rotation reads the token first; the 3 that lost their answer read it back once more.
    expect(tally('GET', `/access_tokens/${SEEDED.ciDeploy}`)).toEqual({ 200: 20 + 3 + getsOf('106') });
    expect(tally('GET', '/access_tokens/107')).toEqual({ 200: getsOf('107') });
    // The list: once per list query; the store may list the tokens too (its tests count that).
    expect(tally('GET', '/access_tokens')[401]).toBe(20);
    expect(tally('GET', '/access_tokens')[200]).toBeGreaterThanOrEqual(80);
    expect(tally('GET', '/roles')).toEqual({ 200: 80 + 80, 401: 20 });
    // Nothing else on single tokens and roles (what the store asks the CMA, GET /site, is its tests' to count).
    expect(seen.filter((request) => /^\/(access_tokens\/|roles$)/.test(request.path))).toHaveLength(
      20 + 2 * (getsOf('101') + getsOf('102') + getsOf('104')) + getsOf('103') + getsOf('105') + 23 + getsOf('106') + getsOf('107') + 180,
    );

    // Nothing but the rotated secret changed.
    expect(contentsWithout(SEEDED.ciDeploy)).toBe(before);

    stack.cma.faults.clear();
    const after = await stack.execute(GetAccessTokenDocument, { id: SEEDED.ciDeploy }, TEST_ADMIN_TOKEN);
    expect(after.errors).toBeUndefined();
    expect(after.data!.accessToken!.token).toBe(stack.cma.secretOf(SEEDED.ciDeploy));
    const list = await stack.execute(ListAccessTokensDocument);
    expect(list.errors).toBeUndefined();
    expect(list.data!.accessTokens.length).toBe(7);
  });
});
