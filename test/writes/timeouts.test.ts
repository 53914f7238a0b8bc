import { TimeoutError } from '@datocms/cma-client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmaClientFactory } from '../../src/cma/client-factory.ts';
import type { FaultRule } from '../../src/local-cma/fault-injector.ts';
import { startTestCma, TEST_ADMIN_TOKEN, type TestCma } from '../support/local-cma.ts';

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma();
});
afterAll(() => cma.stop());

/** What a roles list through our client ends in when the CMA does `fault` to it, and how soon. */
async function listRolesUnder(fault: FaultRule) {
  cma.faults.inject({ ...fault, method: 'GET', path: '/roles', times: 1 });
  const client = createCmaClientFactory({ baseUrl: cma.url, policy: { requestTimeoutMs: 200 } })(TEST_ADMIN_TOKEN);
  const startedAt = performance.now();
  const error = await client.roles.list().then(
    () => new Error('expected a timeout'),
    (thrown: unknown) => thrown,
  );
  return { error, elapsedMs: performance.now() - startedAt };
}

describe('our request timeout', () => {
  it("reaches the official client as its own TimeoutError when our abort fires, not as a failed connection", async () => {
    // The client's backstop timer fires 1 s after ours: a TimeoutError well before that is our abort's.
    const { error, elapsedMs } = await listRolesUnder({ kind: 'latency', latencyMs: 3_000 });
    expect(error).toBeInstanceOf(TimeoutError);
    expect(elapsedMs).toBeLessThan(1_000);
  });

  it('covers the body too: an answer that stalls halfway ends in the same TimeoutError', async () => {
    // The client's own timer stops once the headers are in; only our abort can end a stalled body.
    const { error, elapsedMs } = await listRolesUnder({ kind: 'stall_body', latencyMs: 3_000 });
    expect(error).toBeInstanceOf(TimeoutError);
    expect(elapsedMs).toBeLessThan(1_000);
  });
});
