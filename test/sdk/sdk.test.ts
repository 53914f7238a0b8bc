import { createTokenAdminClient, TokenAdminRequestError } from 'datocms-token-admin/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPolicyStack, startWebhookReceiver, type WebhookReceiver } from '../policy/policy-support.ts';
import type { TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  stack = await startPolicyStack([receiver.origin]);
});
afterAll(async () => {
  await stack.stop();
  await receiver.stop();
});

const client = () => createTokenAdminClient({ url: stack.url, token: TEST_ADMIN_TOKEN });

describe('the SDK (datocms-token-admin/sdk) against a running server', () => {
  it('reads tokens with their capabilities, typed', async () => {
    const tokens = await client().listAccessTokens({ canAccess: ['CDA'], editable: true });
    const publicCda = tokens.find((token) => token.id === SEEDED.publicCda)!;
    expect(publicCda).toMatchObject({ name: 'Public CDA token', role: { name: 'Editorial team' }, effectiveCapabilities: { canWrite: false } });
    expect(publicCda.effectiveCapabilities?.allowed).toEqual(['CALL_CDA', 'READ_PUBLISHED_CONTENT']);
  });

  it("returns each mutation's result union intact: a success, a conflict, a validation error", async () => {
    const created = await client().createAccessToken({ name: 'From the SDK', roleId: '3', canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false });
    if (created.__typename !== 'CreateAccessTokenSuccess') throw new Error(`expected a success, got ${created.__typename}`);
    expect(created.accessToken.token).toBe(stack.cma.secretOf(created.accessToken.id));

    const stale = await client().updateAccessToken(created.accessToken.id, { name: 'Renamed' }, { expectedVersion: 'not-the-version' });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: created.accessToken.version });
    const invalid = await client().updateAccessToken(created.accessToken.id, { name: '   ' });
    expect(invalid).toMatchObject({ __typename: 'ValidationError', field: 'name' });
    expect(await client().deleteAccessToken(created.accessToken.id)).toEqual({ __typename: 'DeleteAccessTokenSuccess', id: created.accessToken.id });
  });

  it('throws TokenAdminRequestError with the code when the request as a whole fails', async () => {
    const anonymous = createTokenAdminClient({ url: stack.url, token: 'not-a-token' });
    const error = await anonymous.listAccessTokens().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TokenAdminRequestError);
    expect(error).toMatchObject({ code: 'PERMISSION_DENIED', status: 200 });
  });
});

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** A new token through the SDK, with the metadata given; its id. */
async function newToken(name: string, metadata: { owner?: string; purpose?: string; expiresAt?: string } = {}) {
  const created = await client().createAccessToken({ name, roleId: SEEDED.roles.readOnly, canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false, ...metadata });
  if (created.__typename !== 'CreateAccessTokenSuccess') throw new Error(`expected a success, got ${JSON.stringify(created)}`);
  return created.accessToken;
}

/** Moves a token's recorded expiry into the past: the API refuses a past expiresAt, time does not. */
const expireInStore = (id: string, expiresAt: Date) =>
  stack.store.db.updateTable('access_token_records').set({ expires_at: expiresAt }).where('token_id', '=', id).execute();

describe('the SDK: owner, purpose, expiry and history', () => {
  it('sets owner, purpose and expiry on create, changes and clears them on update, and reads them back', async () => {
    const expiresAt = inDays(200);
    const created = await newToken('Owned by the SDK', { owner: 'platform@example.com', purpose: 'Reads content for the status page', expiresAt });
    expect(created).toMatchObject({ owner: 'platform@example.com', purpose: 'Reads content for the status page', expiresAt, createdBy: { accessTokenId: SEEDED.demoAdmin, name: 'Demo admin token' } });
    expect(Date.parse(created.createdAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(created.firstSeenAt).toBe(created.createdAt);

    const updated = await client().updateAccessToken(created.id, { owner: 'web-team@example.com', expiresAt: null }, { expectedVersion: created.version });
    if (updated.__typename !== 'UpdateAccessTokenSuccess') throw new Error(`expected a success, got ${updated.__typename}`);
    expect(updated.accessToken).toMatchObject({ owner: 'web-team@example.com', purpose: 'Reads content for the status page', expiresAt: null });
    expect(updated.accessToken.version).not.toBe(created.version);
    expect(await client().getAccessToken(created.id)).toMatchObject({ owner: 'web-team@example.com', expiresAt: null, effectiveCapabilities: { canWrite: false } });
    expect(await client().getAccessToken('999999')).toBeNull();

    const past = await client().updateAccessToken(created.id, { expiresAt: inDays(-1) });
    expect(past).toMatchObject({ __typename: 'ValidationError', field: 'expiresAt' });
    const filtered = await client().listAccessTokens({ ownerContains: 'WEB-TEAM' });
    expect(filtered.map((token) => token.id)).toEqual([created.id]);
  });

  it("pages through a token's history, newest first, and the project's events by token and kind", async () => {
    const token = await newToken('History from the SDK', { owner: 'first owner' });
    await client().updateAccessToken(token.id, { owner: 'second owner' });
    await client().updateAccessToken(token.id, { name: 'History from the SDK, renamed' });

    const page = await client().history(token.id, { first: 2 });
    expect(page!.nodes.map((event) => event.kind)).toEqual(['UPDATED', 'METADATA_CHANGED']);
    expect(page!.nodes[0]).toMatchObject({
      accessTokenId: token.id,
      outcome: 'DONE',
      actor: { accessTokenId: SEEDED.demoAdmin },
      changes: [{ field: 'name', from: 'History from the SDK', to: 'History from the SDK, renamed' }],
    });
    expect(page!.nodes[1]!.changes).toEqual([{ field: 'owner', from: 'first owner', to: 'second owner' }]);
    expect(page!.pageInfo.hasNextPage).toBe(true);

    const rest = await client().history(token.id, { first: 2, after: page!.pageInfo.endCursor! });
    expect(rest!.nodes.map((event) => event.kind)).toEqual(['CREATED']);
    expect(rest!.pageInfo.hasNextPage).toBe(false);
    expect(await client().history('999999')).toBeNull();

    const events = await client().events({ accessTokenIds: [token.id], kinds: ['METADATA_CHANGED', 'CREATED'] });
    expect(events.nodes.map((event) => event.kind)).toEqual(['METADATA_CHANGED', 'CREATED']);
  });
});

describe('the SDK: policy, enforcement, reviews', () => {
  it('reads the policy, updates it partially with its version, and returns the conflict and the violation as union members', async () => {
    const policy = await client().tokenPolicy();
    expect(policy).toMatchObject({ maxLifetimeDays: null, requireOwner: false, onExpiry: 'NOTIFY_ONLY', warnDaysBefore: [30, 7, 1], webhookUrls: [] });

    const saved = await client().updateTokenPolicy({ requireOwner: true }, { expectedVersion: policy.version });
    if (saved.__typename !== 'UpdateTokenPolicySuccess') throw new Error(`expected a success, got ${saved.__typename}`);
    expect(saved.tokenPolicy).toMatchObject({ ...policy, requireOwner: true, version: saved.tokenPolicy.version });

    const stale = await client().updateTokenPolicy({ requireOwner: false }, { expectedVersion: policy.version });
    expect(stale).toMatchObject({ __typename: 'PolicyConflictError', expectedVersion: policy.version, currentPolicy: { requireOwner: true, version: saved.tokenPolicy.version } });

    const ownerless = await client().createAccessToken({ name: 'Nobody owns me', roleId: SEEDED.roles.readOnly, canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false });
    expect(ownerless).toMatchObject({ __typename: 'PolicyViolationError', rule: 'REQUIRE_OWNER', field: 'owner' });
    expect(stack.cma.store.data.access_tokens.some((token) => token.name === 'Nobody owns me')).toBe(false);

    const refused = await client().updateTokenPolicy({ webhookUrls: ['http://127.0.0.1:1/hook'] });
    expect(refused).toMatchObject({ __typename: 'WebhookUrlRefusedError', url: 'http://127.0.0.1:1/hook' });
    await client().updateTokenPolicy({ requireOwner: false });
  });

  it('enforces the policy: a dry run says what it would do, the run rotates the expired token and hands over only its new secret', async () => {
    await client().updateTokenPolicy({ onExpiry: 'ROTATE', defaultLifetimeDays: 90 });
    const expired = await newToken('Expired, for the SDK', { owner: 'ops', expiresAt: inDays(10) });
    await expireInStore(expired.id, new Date(Date.now() - DAY_MS));
    const before = stack.cma.secretOf(expired.id);

    const dryRun = await client().enforceTokenPolicy({ dryRun: true });
    if (dryRun.__typename !== 'EnforceTokenPolicySuccess') throw new Error(`expected a success, got ${dryRun.__typename}`);
    expect(dryRun).toMatchObject({ dryRun: true, acted: 0, failed: 0 });
    expect(dryRun.outcomes.find((outcome) => outcome.accessToken.id === expired.id)).toMatchObject({ status: 'WOULD_ROTATE', accessToken: { token: null } });
    expect(stack.cma.secretOf(expired.id)).toBe(before);

    const run = await client().enforceTokenPolicy();
    if (run.__typename !== 'EnforceTokenPolicySuccess') throw new Error(`expected a success, got ${run.__typename}`);
    const rotated = run.outcomes.find((outcome) => outcome.accessToken.id === expired.id)!;
    expect(rotated.status).toBe('ROTATED');
    expect(rotated.accessToken.token).toBe(stack.cma.secretOf(expired.id));
    expect(rotated.accessToken.token).not.toBe(before);
    expect(Date.parse(rotated.expiresAt!) - Date.now()).toBeGreaterThan(89 * DAY_MS);
    // Every other outcome is a token the caller may read the secret of; the SDK hands over none of them.
    const others = run.outcomes.filter((outcome) => outcome.status !== 'ROTATED');
    expect(others.length).toBeGreaterThan(5);
    expect(others.map((outcome) => outcome.accessToken.token)).toEqual(others.map(() => null));
    expect(run).toMatchObject({ dryRun: false, acted: 1, failed: 0 });
    await client().updateTokenPolicy({ onExpiry: 'NOTIFY_ONLY', defaultLifetimeDays: null });
  });

  it('returns a failed action as a FAILED outcome with its typed error', async () => {
    await client().updateTokenPolicy({ onExpiry: 'DELETE' });
    const expired = await newToken('Expired, refused', { owner: 'ops', expiresAt: inDays(10) });
    await expireInStore(expired.id, new Date(Date.now() - DAY_MS));
    stack.cma.faults.inject({ method: 'DELETE', path: `/access_tokens/${expired.id}`, kind: 'status', status: 503, times: 1 });
    try {
      const run = await client().enforceTokenPolicy();
      if (run.__typename !== 'EnforceTokenPolicySuccess') throw new Error(`expected a success, got ${run.__typename}`);
      expect(run.failed).toBe(1);
      const outcome = run.outcomes.find((candidate) => candidate.accessToken.id === expired.id)!;
      expect(outcome.status).toBe('FAILED');
      // The CMA answered 503 and a read-back found the token still there: it surely did not happen.
      expect(outcome.error).toMatchObject({ __typename: 'UpstreamUnavailableError', outcomeUnknown: false });
      expect(stack.cma.stored(expired.id)).toBeDefined();
    } finally {
      stack.cma.faults.clear();
      await client().updateTokenPolicy({ onExpiry: 'NOTIFY_ONLY' });
      await client().updateAccessToken(expired.id, { expiresAt: null });
    }
  });

  it('records access reviews, and answers an unknown id with NotFoundError', async () => {
    await client().updateTokenPolicy({ reviewEveryDays: 90 });
    const token = await newToken('Reviewed from the SDK', { owner: 'security' });
    expect((await client().getAccessToken(token.id))!.reviewDue).toBe(true);

    const reviewed = await client().reviewAccessTokens([token.id], 'Still used by the status page');
    if (reviewed.__typename !== 'ReviewAccessTokensSuccess') throw new Error(`expected a success, got ${reviewed.__typename}`);
    expect(reviewed.accessTokens).toMatchObject([{ id: token.id, reviewDue: false, lastReviewedAt: reviewed.reviewedAt, lastReviewedBy: { accessTokenId: SEEDED.demoAdmin } }]);
    expect((await client().listAccessTokens({ reviewDue: true })).map((candidate) => candidate.id)).not.toContain(token.id);

    expect((await client().history(token.id, { first: 1 }))!.nodes).toMatchObject([
      { kind: 'REVIEWED', changes: expect.arrayContaining([{ field: 'reviewNote', from: null, to: 'Still used by the status page' }]) },
    ]);
    expect(await client().reviewAccessTokens([token.id, '999999'])).toMatchObject({ __typename: 'NotFoundError', id: '999999' });
    await client().updateTokenPolicy({ reviewEveryDays: null });
  });

  it('lists the webhook deliveries an enforcement run made, newest first, a page at a time', async () => {
    await client().updateTokenPolicy({ webhookUrls: [receiver.url('/security'), receiver.url('/web')] });
    const expiring = await newToken('Expires in five days', { owner: 'web', expiresAt: inDays(5) });
    try {
      const run = await client().enforceTokenPolicy();
      expect(run).toMatchObject({ __typename: 'EnforceTokenPolicySuccess', acted: 1, failed: 0 });

      const first = await client().webhookDeliveries({ first: 1 });
      expect(first.nodes).toHaveLength(1);
      expect(first.hasNextPage).toBe(true);
      const second = await client().webhookDeliveries({ first: 1, after: first.endCursor! });
      const deliveries = [...first.nodes, ...second.nodes];
      expect(deliveries.map((delivery) => delivery.url).sort()).toEqual([receiver.url('/security'), receiver.url('/web')]);
      for (const delivery of deliveries) {
        expect(delivery).toMatchObject({ type: 'EXPIRES_SOON', accessTokenId: expiring.id, status: 'DELIVERED', attempts: 1, lastError: null });
        // The id a receiver got in X-Token-Admin-Delivery.
        expect(receiver.delivered().map((received) => received.headers['x-token-admin-delivery'])).toContain(delivery.id);
      }
    } finally {
      await client().updateTokenPolicy({ webhookUrls: [] });
      await client().updateAccessToken(expiring.id, { expiresAt: null });
    }
  });

  it('reads the access review in one request: policy, tokens with capabilities, findings', async () => {
    const review = await client().accessReview();
    expect(review.tokenPolicy.version).toBeTruthy();
    expect(review.accessTokens.find((token) => token.id === SEEDED.publicCda)?.effectiveCapabilities?.allowed).toEqual(['CALL_CDA', 'READ_PUBLISHED_CONTENT']);
    expect(review.accessTokenAudit).toContainEqual(expect.objectContaining({ kind: 'CAN_MANAGE_ACCESS_TOKENS', accessToken: { id: SEEDED.demoAdmin, name: 'Demo admin token' } }));
  });
});
