import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateAccessTokenDocument,
  GetAccessTokenDocument,
  ListAccessTokensDocument,
  RotateAccessTokenDocument,
  UpdateAccessTokenDocument,
} from '../generated/graphql.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ policy: { requestTimeoutMs: 400, readRetries: 2, maxRateLimitWaitMs: 1_500 } });
});
afterEach(() => stack.cma.faults.clear());
afterAll(() => stack.stop());

const newToken = (name: string) => ({
  input: { name, roleId: SEEDED.roles.readOnly, canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false },
});
const calls = (upstream: { method: string; path: string }[], method: string, path: string) =>
  upstream.filter((request) => request.method === method && request.path === path).length;
const tokensNamed = (name: string) => stack.cma.store.data.access_tokens.filter((token) => token.name === name);

describe('writes are never replayed blindly', () => {
  it('a create whose answer was lost returns the token it created, and creates it once', async () => {
    stack.cma.faults.inject({ kind: 'drop_response', method: 'POST', path: '/access_tokens', times: 1 });
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(CreateAccessTokenDocument, newToken('Lost create answer'))).data!.createAccessToken;
    });
    expect(result).toMatchObject({ __typename: 'CreateAccessTokenSuccess', accessToken: { name: 'Lost create answer' } });
    expect(tokensNamed('Lost create answer')).toHaveLength(1);
    expect(calls(upstream, 'POST', '/access_tokens')).toBe(1);
  });

  it('a create that never reached the CMA is reported as safe to retry, and nothing is created', async () => {
    stack.cma.faults.inject({ kind: 'drop_request', method: 'POST', path: '/access_tokens', times: 1 });
    const { data } = await stack.execute(CreateAccessTokenDocument, newToken('Never arrived'));
    expect(data!.createAccessToken).toMatchObject({ __typename: 'UpstreamUnavailableError', outcomeUnknown: false });
    expect(tokensNamed('Never arrived')).toHaveLength(0);
  });

  it('an update answered 503 is sent once and reported, not retried', async () => {
    stack.cma.faults.inject({ kind: 'status', status: 503, method: 'PUT' });
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(UpdateAccessTokenDocument, { id: SEEDED.ciDeploy, input: { name: 'Renamed under fault' } })).data!
        .updateAccessToken;
    });
    expect(result).toMatchObject({ __typename: 'UpstreamUnavailableError' });
    expect(calls(upstream, 'PUT', `/access_tokens/${SEEDED.ciDeploy}`)).toBe(1);
    expect(stack.cma.store.data.access_tokens.find((token) => token.id === SEEDED.ciDeploy)!.name).toBe('CI deploy token');
  });

  it('a rotation whose answer stalls mid-body is settled by reading back: the new secret, rotated once', async () => {
    const created = (await stack.execute(CreateAccessTokenDocument, newToken('Stalled rotation answer'))).data!.createAccessToken;
    const id = (created as { accessToken: { id: string } }).accessToken.id;
    const secret = () => stack.cma.store.data.access_tokens.find((token) => token.id === id)!.secret;
    const before = secret();
    stack.cma.faults.inject({ kind: 'stall_body', latencyMs: 3_000, method: 'POST', path: `/access_tokens/${id}/regenerate_token`, times: 1 });
    let result: unknown;
    const startedAt = performance.now();
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(RotateAccessTokenDocument, { id })).data!.rotateAccessToken;
    });
    const after = secret();
    expect(after).not.toBe(before);
    expect(result).toEqual({ __typename: 'RotateAccessTokenSuccess', accessToken: { id, token: after } });
    expect(calls(upstream, 'POST', `/access_tokens/${id}/regenerate_token`)).toBe(1);
    // The timeout covers the body: the stalled answer is given up at 400 ms, not awaited for 3 s.
    expect(performance.now() - startedAt).toBeLessThan(2_000);
  });

  it('a rate-limited create returns RateLimitedError with the retry time', async () => {
    stack.cma.faults.inject({ kind: 'rate_limit', method: 'POST', resetSeconds: 7, times: 1 });
    const { data } = await stack.execute(CreateAccessTokenDocument, newToken('Rate limited'));
    expect(data!.createAccessToken).toMatchObject({ __typename: 'RateLimitedError', retryAfterSeconds: 7 });
  });
});

describe('reads retry within bounds', () => {
  it('retries transient 5xx and succeeds', async () => {
    stack.cma.faults.inject({ kind: 'status', status: 503, method: 'GET', path: '/access_tokens', times: 2 });
    let tokens = 0;
    const upstream = await stack.upstreamDuring(async () => {
      tokens = (await stack.execute(ListAccessTokensDocument)).data!.accessTokens.length;
    });
    expect(tokens).toBeGreaterThanOrEqual(7);
    expect(calls(upstream, 'GET', '/access_tokens')).toBe(3);
  });

  it('gives up after the bounded retries with UPSTREAM_UNAVAILABLE', async () => {
    stack.cma.faults.inject({ kind: 'status', status: 500, method: 'GET', path: `/access_tokens/${SEEDED.ciDeploy}` });
    let response: Awaited<ReturnType<typeof stack.execute>> | undefined;
    const upstream = await stack.upstreamDuring(async () => {
      response = await stack.execute(GetAccessTokenDocument, { id: SEEDED.ciDeploy });
    });
    expect(response!.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(calls(upstream, 'GET', `/access_tokens/${SEEDED.ciDeploy}`)).toBe(3);
  });

  it('times out a stalled CMA and answers within the bound', async () => {
    stack.cma.faults.inject({ kind: 'latency', latencyMs: 3_000, method: 'GET', path: `/access_tokens/${SEEDED.importScript}` });
    const startedAt = performance.now();
    const response = await stack.execute(GetAccessTokenDocument, { id: SEEDED.importScript });
    const elapsed = performance.now() - startedAt;
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    // Three attempts of 400 ms plus backoff, well under the stalled CMA's 3 s.
    expect(elapsed).toBeLessThan(2_500);
  });

  it('times out an answer that stalls mid-body, like one that never starts', async () => {
    // Another token than the test above: its stalled requests end (and are recorded) 3 s later.
    stack.cma.faults.inject({ kind: 'stall_body', latencyMs: 3_000, method: 'GET', path: `/access_tokens/${SEEDED.newsletterSync}` });
    const startedAt = performance.now();
    let response: Awaited<ReturnType<typeof stack.execute>> | undefined;
    const upstream = await stack.upstreamDuring(async () => {
      response = await stack.execute(GetAccessTokenDocument, { id: SEEDED.newsletterSync });
    });
    expect(response!.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(calls(upstream, 'GET', `/access_tokens/${SEEDED.newsletterSync}`)).toBe(3);
    expect(performance.now() - startedAt).toBeLessThan(2_500);
  });

  it('waits for a short rate limit, and reports a long one as RATE_LIMITED with the retry time', async () => {
    stack.cma.faults.inject({ kind: 'rate_limit', method: 'GET', path: '/roles', resetSeconds: 1, times: 1 });
    const waited = await stack.execute(ListAccessTokensDocument);
    expect(waited.errors).toBeUndefined();

    stack.cma.faults.inject({ kind: 'rate_limit', method: 'GET', path: '/access_tokens', resetSeconds: 60 });
    const refused = await stack.execute(ListAccessTokensDocument);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
  });
});
