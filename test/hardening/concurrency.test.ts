import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetAccessTokenDocument, ListAccessTokensDocument, RotateAccessTokenDocument } from '../generated/graphql.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ policy: { requestTimeoutMs: 300, readRetries: 1, maxRateLimitWaitMs: 500 } });
});
afterAll(() => stack.stop());

const EXPECTED_CODES = new Set(['UPSTREAM_UNAVAILABLE', 'RATE_LIMITED', 'NOT_FOUND', 'PERMISSION_DENIED']);

describe('200 concurrent requests under injected upstream faults', () => {
  it('answers every request with data or a typed error, and the server keeps serving', async () => {
    stack.cma.faults.inject({ kind: 'latency', latencyMs: 1_000, path: '/roles', times: 40 });
    stack.cma.faults.inject({ kind: 'status', status: 503, path: /^\/access_tokens/, times: 60 });
    stack.cma.faults.inject({ kind: 'drop_request', path: /^\/access_tokens\/10[1-7]$/, times: 30 });
    stack.cma.faults.inject({ kind: 'rate_limit', resetSeconds: 30, times: 20 });

    const requests = Array.from({ length: 200 }, (_, i) => {
      if (i % 10 === 0) return stack.execute(RotateAccessTokenDocument, { id: SEEDED.ciDeploy });
      if (i % 2 === 0) return stack.execute(GetAccessTokenDocument, { id: String(101 + (i % 7)) });
      return stack.execute(ListAccessTokensDocument);
    });
    const responses = await Promise.all(requests);

    const outcomes = { data: 0, typedErrors: 0 };
    for (const response of responses) {
      expect(response.status).toBeLessThan(500);
      const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
      for (const code of codes) expect(EXPECTED_CODES).toContain(code);
      if (codes.length > 0) outcomes.typedErrors += 1;
      else outcomes.data += 1;
    }
    expect(outcomes.data + outcomes.typedErrors).toBe(200);
    expect(outcomes.typedErrors).toBeGreaterThan(0);

    stack.cma.faults.clear();
    const after = await stack.execute(ListAccessTokensDocument);
    expect(after.errors).toBeUndefined();
    expect(after.data!.accessTokens.length).toBe(7);
  });
});
