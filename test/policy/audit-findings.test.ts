import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/graphql-server.ts';
import { gql, ok } from '../store/store-support.ts';
import { daysFromNow, DAY_MS, setPolicy, startPolicyStack, tokenExpiringAt } from './policy-support.ts';

// The audit's findings against the project's policy, and their remedies: each remedy's mutation is
// run over HTTP exactly as the audit wrote it, and must succeed.

const POLICY_KINDS = ['EXPIRED', 'EXPIRES_SOON', 'NO_EXPIRY', 'NO_OWNER', 'REVIEW_OVERDUE'];
const AUDIT = `{ accessTokenAudit { severity kind reason accessToken { id } remedy { action description mutation mutationIsDryRun } } }`;
const SUCCESS: Record<string, string> = {
  ROLLOVER: 'StartAccessTokenRolloverSuccess',
  SET_EXPIRY: 'UpdateAccessTokenSuccess',
  SET_OWNER: 'UpdateAccessTokenSuccess',
  REVIEW: 'ReviewAccessTokensSuccess',
};

type Finding = { severity: string; kind: string; reason: string; accessToken: { id: string }; remedy: { action: string; description: string; mutation: string; mutationIsDryRun: boolean } };

let stack: TestStack;
beforeAll(async () => {
  stack = await startPolicyStack([]);
});
afterAll(async () => {
  await stack.stop();
});

const audit = async () => (ok(await gql(stack, AUDIT)).accessTokenAudit as Finding[]).filter((finding) => POLICY_KINDS.includes(finding.kind));
const kindsOf = (findings: Finding[], id: string) => findings.filter((finding) => finding.accessToken.id === id).map((finding) => finding.kind).sort();
const reviewed = (id: string) => stack.store.db.updateTable('access_token_records').set({ last_reviewed_at: new Date() }).where('token_id', '=', id).execute();

describe('policy findings', () => {
  it('finds EXPIRED, EXPIRES_SOON, NO_EXPIRY, NO_OWNER and REVIEW_OVERDUE under the matching policy, each with its remedy', async () => {
    const expired = await tokenExpiringAt(stack, 'Audit expired', new Date(Date.now() - DAY_MS), 'ops');
    const soon = await tokenExpiringAt(stack, 'Audit expires soon', daysFromNow(5), 'ops');
    const noExpiry = await tokenExpiringAt(stack, 'Audit no expiry', null, 'ops');
    const noOwner = await tokenExpiringAt(stack, 'Audit no owner', daysFromNow(60));
    const unreviewed = await tokenExpiringAt(stack, 'Audit unreviewed', daysFromNow(60), 'ops');
    for (const token of [expired, soon, noExpiry, noOwner]) await reviewed(token.id);

    // Without a policy, only expiry itself is a finding (warnings at the default 30, 7 and 1 days).
    const withoutPolicy = await audit();
    expect(kindsOf(withoutPolicy, expired.id)).toEqual(['EXPIRED']);
    expect(kindsOf(withoutPolicy, soon.id)).toEqual(['EXPIRES_SOON']);
    for (const token of [noExpiry, noOwner, unreviewed]) expect(kindsOf(withoutPolicy, token.id), token.name).toEqual([]);

    await setPolicy(stack, { maxLifetimeDays: 90, requireOwner: true, reviewEveryDays: 30, warnDaysBefore: [14, 3] });
    const findings = await audit();
    expect(kindsOf(findings, expired.id)).toEqual(['EXPIRED']);
    expect(kindsOf(findings, soon.id)).toEqual(['EXPIRES_SOON']);
    expect(kindsOf(findings, noExpiry.id)).toEqual(['NO_EXPIRY']);
    expect(kindsOf(findings, noOwner.id)).toEqual(['NO_OWNER']);
    expect(kindsOf(findings, unreviewed.id)).toEqual(['REVIEW_OVERDUE']);

    const one = (id: string) => findings.find((finding) => finding.accessToken.id === id)!;
    expect(one(expired.id)).toMatchObject({ severity: 'HIGH', remedy: { action: 'ROLLOVER', mutationIsDryRun: false } });
    expect(one(soon.id)).toMatchObject({ severity: 'MEDIUM', reason: expect.stringContaining('Expires in 5 days'), remedy: { action: 'ROLLOVER' } });
    expect(one(noExpiry.id)).toMatchObject({ severity: 'MEDIUM', reason: expect.stringContaining('90 days'), remedy: { action: 'SET_EXPIRY', mutationIsDryRun: true } });
    expect(one(noOwner.id)).toMatchObject({ severity: 'LOW', remedy: { action: 'SET_OWNER', mutationIsDryRun: true } });
    expect(one(unreviewed.id)).toMatchObject({ severity: 'LOW', reason: 'Was never reviewed', remedy: { action: 'REVIEW', mutationIsDryRun: false } });
    // Before its expiry a token warned at the largest threshold only: 20 days ahead is no finding under [14, 3].
    const later = await tokenExpiringAt(stack, 'Audit expires in 20 days', daysFromNow(20), 'ops');
    await reviewed(later.id);
    expect(kindsOf(await audit(), later.id)).toEqual([]);
  });

  it("runs every policy finding's remedy mutation, as written, to its success; the real ones fix their finding", async () => {
    await setPolicy(stack, { maxLifetimeDays: 90, requireOwner: true, reviewEveryDays: 30, warnDaysBefore: [14, 3] });
    const findings = await audit();
    // Every kind is there (the seeded tokens add NO_EXPIRY, NO_OWNER and REVIEW_OVERDUE of their own).
    expect(new Set(findings.map((finding) => finding.kind))).toEqual(new Set(POLICY_KINDS));
    for (const finding of findings) {
      const response = await gql(stack, finding.remedy.mutation);
      const label = `${finding.kind} of ${finding.accessToken.id}: ${finding.remedy.mutation}`;
      expect(response.errors, label).toBeUndefined();
      const [result] = Object.values(response.data ?? {}) as { __typename: string; message?: string }[];
      expect(result?.__typename, `${label} answered ${JSON.stringify(result)}`).toBe(SUCCESS[finding.remedy.action]);
    }

    const after = await audit();
    // Reviews are recorded, so none of those overdue is any more (only the new successors are, never reviewed); the dry runs changed nothing.
    const overdue = findings.filter((finding) => finding.kind === 'REVIEW_OVERDUE').map((finding) => finding.accessToken.id);
    expect(overdue.length).toBeGreaterThan(0);
    expect(after.filter((finding) => finding.kind === 'REVIEW_OVERDUE' && overdue.includes(finding.accessToken.id))).toEqual([]);
    const count = (list: Finding[], kind: string) => list.filter((finding) => finding.kind === kind).length;
    expect(count(after, 'NO_OWNER')).toBe(count(findings, 'NO_OWNER'));
    // Each expiring token's rollover started a successor, with the owner and an expiry within the policy.
    for (const finding of findings.filter((candidate) => candidate.remedy.action === 'ROLLOVER')) {
      const data = ok(await gql(stack, 'query($id: ID!) { accessToken(id: $id) { owner rollover { successor { id owner expiresAt } } } }', { id: finding.accessToken.id }));
      const successor = data.accessToken.rollover?.successor;
      expect(successor, finding.accessToken.id).toMatchObject({ owner: data.accessToken.owner });
      expect(Date.parse(successor.expiresAt) - Date.now()).toBeLessThanOrEqual(90 * DAY_MS);
      expect(Date.parse(successor.expiresAt)).toBeGreaterThan(Date.now() + 89 * DAY_MS);
    }
  });
});
