import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CancelRolloverDocument, FinishRolloverDocument, StartRolloverDocument, TokenRolloverDocument } from '../generated/graphql.ts';
import { expectTypename, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { apiErrorOf, SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterEach(() => stack.cma.faults.clear());
afterAll(() => stack.stop());

const start = async (id: string) => expectTypename((await stack.execute(StartRolloverDocument, { id })).data!.startAccessTokenRollover, 'StartAccessTokenRolloverSuccess');
const rolloverOf = async (id: string) => (await stack.execute(TokenRolloverDocument, { id })).data!.accessToken!.rollover;
const works = async (secret: string) => (await stack.cma.client(secret).roles.list().then(() => true, () => false));

describe('rotation without downtime', () => {
  it('rolls a token over: a successor beside it, the original deleted only once the successor is used where it was', async () => {
    // CI deploy token: used on the CMA yesterday, never on the CDA.
    const { original, successor } = await start(SEEDED.ciDeploy);
    expect(successor).toMatchObject({
      name: 'CI deploy token [rollover of 106]', hardcodedType: null, canAccessCda: false, canAccessCdaPreview: false, canAccessCma: true,
      role: { id: SEEDED.roles.developer },
    });
    expect(await works(original.token!)).toBe(true); // the original keeps working

    const expected = { state: 'WAITING_FOR_USE', unusedSurfaces: ['CMA'], original: { id: '106' }, successor: { id: successor.id } };
    expect(await rolloverOf(SEEDED.ciDeploy)).toMatchObject(expected);
    expect(await rolloverOf(successor.id)).toMatchObject(expected);

    const early = (await stack.execute(FinishRolloverDocument, { id: SEEDED.ciDeploy })).data!.finishAccessTokenRollover;
    expect(early).toMatchObject({ __typename: 'RolloverNotReadyError', rollover: { unusedSurfaces: ['CMA'] } });
    expect(stack.cma.stored(SEEDED.ciDeploy)).toBeDefined();

    expect(await works(successor.token!)).toBe(true); // the successor is deployed, and calls the CMA
    expect(await rolloverOf(successor.id)).toMatchObject({ state: 'READY', unusedSurfaces: [] });

    const finished = (await stack.execute(FinishRolloverDocument, { id: successor.id })).data!.finishAccessTokenRollover;
    expect(finished).toEqual({ __typename: 'FinishAccessTokenRolloverSuccess', deletedOriginalId: '106', successor: { id: successor.id } });
    expect(await apiErrorOf(stack.cma.client(original.token!).roles.list())).toMatchObject({ status: 401 });
    expect(await works(successor.token!)).toBe(true);
    expect(await rolloverOf(successor.id)).toBeNull();
  });

  it('refuses a second rollover of the same token, and cancels one by deleting the successor', async () => {
    const { successor } = await start(SEEDED.previewDrafts);
    const again = (await stack.execute(StartRolloverDocument, { id: SEEDED.previewDrafts })).data!.startAccessTokenRollover;
    expect(again).toMatchObject({ __typename: 'RolloverAlreadyStartedError', rollover: { successor: { id: successor.id } } });

    const cancelled = (await stack.execute(CancelRolloverDocument, { id: SEEDED.previewDrafts })).data!.cancelAccessTokenRollover;
    expect(cancelled).toEqual({ __typename: 'CancelAccessTokenRolloverSuccess', deletedSuccessorId: successor.id, original: { id: SEEDED.previewDrafts } });
    expect(stack.cma.stored(successor.id)).toBeUndefined();
    expect(stack.cma.stored(SEEDED.previewDrafts)).toBeDefined();
  });

  it('rolls a built-in token over to an ordinary one, and finishes by force before the successor is used', async () => {
    const { successor } = await start(SEEDED.readOnlyBuiltIn);
    expect(successor).toMatchObject({ name: 'Read-only API token [rollover of 101]', hardcodedType: null, role: { id: SEEDED.roles.readOnly } });
    const forced = (await stack.execute(FinishRolloverDocument, { id: SEEDED.readOnlyBuiltIn, force: true })).data!.finishAccessTokenRollover;
    expect(forced).toMatchObject({ __typename: 'FinishAccessTokenRolloverSuccess', deletedOriginalId: SEEDED.readOnlyBuiltIn });
    expect(stack.cma.stored(SEEDED.readOnlyBuiltIn)).toBeUndefined();
  });

  it('creates one successor when the creation\'s answer is lost, reconciled by reading back', async () => {
    const token = await stack.cma.createToken('Lost successor');
    stack.cma.faults.inject({ kind: 'drop_response', method: 'POST', path: '/access_tokens', times: 1 });
    const { successor } = await start(token.id);
    const successors = stack.cma.store.data.access_tokens.filter((candidate) => candidate.name === `Lost successor [rollover of ${token.id}]`);
    expect(successors.map((candidate) => candidate.id)).toEqual([successor.id]);
    expect(successor.token).toBe(successors[0]!.secret);
  });

  it('answers NoRolloverError for a token in none', async () => {
    const { data } = await stack.execute(FinishRolloverDocument, { id: SEEDED.publicCda });
    expect(data!.finishAccessTokenRollover).toMatchObject({ __typename: 'NoRolloverError' });
  });
});
