import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateAccessTokenDocument, type UpdateAccessTokenInput } from '../generated/graphql.ts';
import { expectTypename, startTestStack, type TestStack } from '../support/graphql-server.ts';

// Two partial updates of one token, both in flight at once through one server. Without the
// per-token lock both read the same token and the second PUT writes back what the first one
// changed. The overlap is made, not hoped for: the local CMA holds the first request's PUT, before
// carrying it out, until the second request has reached the server. Each round proves it happened.
const ROUNDS = 20;
// How long the first PUT waits for the second request to read the token. Under the lock that read
// cannot come before the PUT is answered, so the wait always runs out; without it, the read comes
// within a few milliseconds and ends the wait at once.
const SECOND_READ_WAIT_MS = 100;

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

async function overlappingRound(round: number, first: UpdateAccessTokenInput, second: UpdateAccessTokenInput): Promise<string> {
  const token = await stack.cma.createToken(`Race ${JSON.stringify(second)} ${round}`, { can_access_cda_preview: true });
  const path = `/access_tokens/${token.id}`;
  const hold = stack.cma.faults.hold({ method: 'PUT', path, times: 1, releasedBy: { method: 'GET', path } });
  const cmaBefore = stack.cma.requests.length;
  const ids = { first: `lost-update-${token.id}-first`, second: `lost-update-${token.id}-second` };

  const firstUpdate = stack.execute(UpdateAccessTokenDocument, { id: token.id, input: first }, undefined, { requestId: ids.first });
  await hold.reached;
  const secondUpdate = stack.execute(UpdateAccessTokenDocument, { id: token.id, input: second }, undefined, { requestId: ids.second });
  await stack.arrivalOf(ids.second);
  await Promise.race([hold.released, delay(SECOND_READ_WAIT_MS)]);
  hold.release();
  const [firstAnswer, secondAnswer] = await Promise.all([firstUpdate, secondUpdate]);
  expectTypename(firstAnswer.data!.updateAccessToken, 'UpdateAccessTokenSuccess');
  expectTypename(secondAnswer.data!.updateAccessToken, 'UpdateAccessTokenSuccess');

  // Both GraphQL requests were in flight at once: the second reached the server while the first
  // one's write waited at the CMA, and the first was answered after the second had arrived.
  const firstRequest = stack.requests.find((request) => request.requestId === ids.first)!;
  const secondRequest = stack.requests.find((request) => request.requestId === ids.second)!;
  const upstream = stack.cma.requests.slice(cmaBefore).filter((request) => request.path === path);
  const byStart = (method: string) => upstream.filter((request) => request.method === method).sort((a, b) => a.startedAt - b.startedAt);
  const puts = byStart('PUT');
  expect(puts).toHaveLength(2);
  const [heldPut, secondPut] = puts as [(typeof puts)[0], (typeof puts)[0]];
  expect(firstRequest.startedAt).toBeLessThan(secondRequest.startedAt);
  expect(secondRequest.startedAt).toBeLessThan(heldPut.endedAt);
  expect(secondRequest.startedAt).toBeLessThan(firstRequest.endedAt!);

  // And the lock made them take turns: the read the second PUT was built from (the last one before
  // it) started only once the first PUT was answered, so it saw the first change and kept it.
  const readsBefore = (put: (typeof puts)[0]) => byStart('GET').filter((read) => read.endedAt <= put.startedAt);
  expect(readsBefore(heldPut)).not.toHaveLength(0);
  expect(readsBefore(secondPut).at(-1)!.startedAt).toBeGreaterThanOrEqual(heldPut.endedAt);
  expect(secondPut.startedAt).toBeGreaterThanOrEqual(heldPut.endedAt);
  return token.id;
}

describe('concurrent partial updates of one token, proven to overlap', () => {
  it(`keep both changes in every one of ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await overlappingRound(round, { name: `Renamed ${round}` }, { canAccessCda: false });
      expect(stack.cma.stored(id)).toMatchObject({ name: `Renamed ${round}`, can_access_cda: false, can_access_cma: true, can_access_cda_preview: true });
    }
  });

  it(`keep a revocation revoked when a rename races it, in every one of ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await overlappingRound(round, { canAccessCma: false }, { name: `Renamed ${round}` });
      expect(stack.cma.stored(id)).toMatchObject({ name: `Renamed ${round}`, can_access_cma: false, can_access_cda: true });
    }
  });
});
