import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateAccessTokenDocument } from '../generated/graphql.ts';
import { expectTypename, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

// Two partial updates of one token at the same moment, through one server. Without the per-token
// lock both read the same token and the second PUT writes back what the first one changed. A few
// milliseconds of latency on every PUT keep both requests in flight together, as over a real network.
const ROUNDS = 50;

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  stack.cma.faults.inject({ kind: 'latency', method: 'PUT', latencyMs: 15 });
});
afterAll(() => stack.stop());



async function concurrentRounds(second: Record<string, boolean>, kept: (id: string, round: number) => boolean) {
  let roundsKept = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const token = await stack.cma.createToken(`Race ${JSON.stringify(second)} ${round}`, { can_access_cda_preview: true });
    const [renamed, changed] = await Promise.all([
      stack.execute(UpdateAccessTokenDocument, { id: token.id, input: { name: `Renamed ${round}` } }),
      stack.execute(UpdateAccessTokenDocument, { id: token.id, input: second }),
    ]);
    expectTypename(renamed.data!.updateAccessToken, 'UpdateAccessTokenSuccess');
    expectTypename(changed.data!.updateAccessToken, 'UpdateAccessTokenSuccess');
    if (kept(token.id, round)) roundsKept += 1;
  }
  return roundsKept;
}

describe('concurrent partial updates of one token', () => {
  it(`keep both changes in every one of ${ROUNDS} rounds`, async () => {
    const kept = await concurrentRounds({ canAccessCda: false }, (id, round) => {
      const token = stack.cma.stored(id)!;
      return token.name === `Renamed ${round}` && token.can_access_cda === false && token.can_access_cma === true;
    });
    expect(kept).toBe(ROUNDS);
  });

  it(`keep a revocation revoked when a rename races it, in every one of ${ROUNDS} rounds`, async () => {
    const kept = await concurrentRounds({ canAccessCma: false }, (id, round) => {
      const token = stack.cma.stored(id)!;
      return token.can_access_cma === false && token.name === `Renamed ${round}`;
    });
    expect(kept).toBe(ROUNDS);
  });
});
