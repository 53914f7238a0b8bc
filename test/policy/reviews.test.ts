import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';
import { calls, gql, ok } from '../store/store-support.ts';
import { daysFromNow, DAY_MS, eventsOf, setPolicy, startPolicyStack, tokenExpiringAt } from './policy-support.ts';

// Access reviews over HTTP: who confirmed which tokens when (reviewAccessTokens), what is due by
// the policy's reviewEveryDays, and the filters reviewDue and expiresWithinDays.

let stack: TestStack;
beforeAll(async () => {
  stack = await startPolicyStack([]);
});
afterAll(async () => {
  await stack.stop();
});
beforeEach(async () => {
  await stack.store.db.updateTable('access_token_records').set({ expires_at: null, last_reviewed_at: null, last_reviewed_by_token_id: null, last_reviewed_by_name: null }).execute();
  await stack.store.db.deleteFrom('token_policies').execute();
});

const REVIEW = `mutation($ids: [ID!]!, $note: String) { reviewAccessTokens(ids: $ids, note: $note) {
  __typename
  ... on ReviewAccessTokensSuccess { reviewedAt accessTokens { id } }
  ... on NotFoundError { id resource }
  ... on PermissionDeniedError { upstreamCode }
  ... on ValidationError { field }
  ... on Error { message } } }`;
const REVIEW_STATE = `query($id: ID!) { accessToken(id: $id) { id lastReviewedAt lastReviewedBy { accessTokenId name } reviewDue } }`;

const review = async (ids: string[], note?: string, token?: string) => ok(await gql(stack, REVIEW, { ids, note }, token ? { token } : {})).reviewAccessTokens;
const stateOf = async (id: string) => ok(await gql(stack, REVIEW_STATE, { id })).accessToken;
const reviewedEvents = async (id: string) => (await eventsOf(stack, id)).filter((event) => event.kind === 'REVIEWED');
const filtered = async (filter: Record<string, unknown>) =>
  (ok(await gql(stack, 'query($filter: AccessTokenFilter) { accessTokens(filter: $filter) { id } }', { filter })).accessTokens as { id: string }[]).map((token) => token.id);

describe('reviewAccessTokens', () => {
  it("records when and by whom (the caller's token), with a REVIEWED event carrying the note; nothing is sent to the CMA", async () => {
    const a = await tokenExpiringAt(stack, 'Reviewed A', null);
    const b = await tokenExpiringAt(stack, 'Reviewed B', null);
    let result: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      result = await review([a.id, b.id, a.id], 'Q3 access review: both still used by the importer');
    });
    expect(result.__typename).toBe('ReviewAccessTokensSuccess');
    expect(result.accessTokens).toEqual([{ id: a.id }, { id: b.id }]);
    expect(Math.abs(Date.parse(result.reviewedAt) - Date.now())).toBeLessThan(60_000);
    expect(calls(upstream).filter((call) => !call.startsWith('GET '))).toEqual([]);

    const callerName = stack.cma.stored(SEEDED.demoAdmin)!.name;
    for (const id of [a.id, b.id]) {
      expect(await stateOf(id)).toEqual({ id, lastReviewedAt: result.reviewedAt, lastReviewedBy: { accessTokenId: SEEDED.demoAdmin, name: callerName }, reviewDue: false });
      // Once per token, though a was named twice.
      expect(await reviewedEvents(id)).toEqual([
        {
          kind: 'REVIEWED',
          outcome: 'DONE',
          actor: { accessTokenId: SEEDED.demoAdmin, name: callerName },
          changes: [
            { field: 'lastReviewedAt', from: null, to: result.reviewedAt },
            { field: 'reviewNote', from: null, to: 'Q3 access review: both still used by the importer' },
          ],
        },
      ]);
    }

    // A second review records the first as what it replaces; without a note, none is recorded.
    const again = await review([a.id]);
    expect((await reviewedEvents(a.id)).at(-1)!.changes).toEqual([{ field: 'lastReviewedAt', from: result.reviewedAt, to: again.reviewedAt }]);
    expect((await stateOf(a.id)).lastReviewedAt).toBe(again.reviewedAt);
  });

  it('refuses an unknown id with NotFoundError and records nothing, not even for the known ones', async () => {
    const known = await tokenExpiringAt(stack, 'Known', null);
    const result = await review([known.id, '999999'], 'should not be kept');
    expect(result).toMatchObject({ __typename: 'NotFoundError', id: '999999', resource: 'access_token' });
    expect(await stateOf(known.id)).toMatchObject({ lastReviewedAt: null, lastReviewedBy: null });
    expect(await reviewedEvents(known.id)).toEqual([]);
  });

  it('refuses a caller who may not manage API tokens, and records nothing', async () => {
    const token = await tokenExpiringAt(stack, 'Not theirs to review', null);
    const result = await review([token.id], 'editor says fine', stack.cma.secretOf(SEEDED.importScript));
    expect(result).toMatchObject({ __typename: 'PermissionDeniedError', upstreamCode: 'INSUFFICIENT_PERMISSIONS' });
    expect(await stateOf(token.id)).toMatchObject({ lastReviewedAt: null });
    expect(await reviewedEvents(token.id)).toEqual([]);
  });

  it('refuses an empty list and a malformed id', async () => {
    expect(await review([])).toMatchObject({ __typename: 'ValidationError', field: 'ids' });
    expect((await review(['not an id'])).__typename).toBe('ValidationError');
  });
});

describe('reviewDue and the filters', () => {
  it('is false for every token without reviewEveryDays; with it, due when never reviewed or reviewed too long ago', async () => {
    const never = await tokenExpiringAt(stack, 'Never reviewed', null);
    const recent = await tokenExpiringAt(stack, 'Reviewed recently', null);
    const old = await tokenExpiringAt(stack, 'Reviewed long ago', null);
    await review([recent.id, old.id]);
    await stack.store.db.updateTable('access_token_records').set({ last_reviewed_at: new Date(Date.now() - 100 * DAY_MS) }).where('token_id', '=', old.id).execute();

    expect((await stateOf(never.id)).reviewDue).toBe(false);
    expect(await filtered({ reviewDue: true })).toEqual([]);
    expect(await filtered({ reviewDue: false })).toEqual(expect.arrayContaining([never.id, recent.id, old.id]));

    await setPolicy(stack, { reviewEveryDays: 90 });
    expect((await stateOf(never.id)).reviewDue).toBe(true);
    expect((await stateOf(recent.id)).reviewDue).toBe(false);
    expect((await stateOf(old.id)).reviewDue).toBe(true);
    const due = await filtered({ reviewDue: true });
    expect(due).toEqual(expect.arrayContaining([never.id, old.id, SEEDED.demoAdmin]));
    expect(due).not.toContain(recent.id);
    expect(await filtered({ reviewDue: false })).toEqual([recent.id]);

    // Reviewed again, the old one is no longer due.
    await review([old.id]);
    expect(await filtered({ reviewDue: false })).toEqual([recent.id, old.id]);
  });

  it('expiresWithinDays: expired ones and those expiring within the days given, never those without expiry', async () => {
    const expired = await tokenExpiringAt(stack, 'Expired yesterday', new Date(Date.now() - DAY_MS));
    const in3 = await tokenExpiringAt(stack, 'Expires in 3 days', daysFromNow(3));
    const in10 = await tokenExpiringAt(stack, 'Expires in 10 days', daysFromNow(10));
    await tokenExpiringAt(stack, 'Expires in 40 days', daysFromNow(40));
    await tokenExpiringAt(stack, 'Never expires', null);

    expect(await filtered({ expiresWithinDays: 0 })).toEqual([expired.id]);
    expect(await filtered({ expiresWithinDays: 7 })).toEqual([expired.id, in3.id]);
    expect(await filtered({ expiresWithinDays: 30 })).toEqual([expired.id, in3.id, in10.id]);
    // Combined with another condition, both must hold.
    expect(await filtered({ expiresWithinDays: 30, nameContains: '10 days' })).toEqual([in10.id]);
    const negative = await gql(stack, '{ accessTokens(filter: { expiresWithinDays: -1 }) { id } }');
    expect(negative.data?.accessTokens ?? null).toBeNull();
    expect(negative.errors?.[0]?.message).toContain('expiresWithinDays');
  });
});
