import { TimeoutError } from '@datocms/cma-client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmaClientFactory } from '../../src/cma/client-factory.ts';
import { startTestCma, TEST_ADMIN_TOKEN, type TestCma } from '../support/local-cma.ts';

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma();
});
afterAll(() => cma.stop());

describe('our request timeout', () => {
  it("reaches the official client as its own TimeoutError when our abort fires, not as a failed connection", async () => {
    // The client's backstop timer fires 1 s after ours: a TimeoutError well before that is our abort's.
    cma.faults.inject({ kind: 'latency', latencyMs: 3_000, method: 'GET', path: '/roles', times: 1 });
    const client = createCmaClientFactory({ baseUrl: cma.url, policy: { requestTimeoutMs: 200 } })(TEST_ADMIN_TOKEN);
    const startedAt = performance.now();
    const error = await client.roles.list().then(
      () => new Error('expected a timeout'),
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });

  it('covers the body too: an answer that stalls halfway ends in the same TimeoutError', async () => {
    // The client's own timer stops once the headers are in; only our abort can end a stalled body.
    cma.faults.inject({ kind: 'stall_body', latencyMs: 3_000, method: 'GET', path: '/roles', times: 1 });
    const client = createCmaClientFactory({ baseUrl: cma.url, policy: { requestTimeoutMs: 200 } })(TEST_ADMIN_TOKEN);
    const startedAt = performance.now();
    const error = await client.roles.list().then(
      () => new Error('expected a timeout'),
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });
});
