import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';
import { calls, CREATE, gql, newToken, ok, TOKEN, UPDATE } from '../store/store-support.ts';
import { daysFromNow, DAY_MS, readPolicy, setPolicy, startPolicyStack, startWebhookReceiver, UPDATE_POLICY, type WebhookReceiver } from './policy-support.ts';

// The project's token policy over HTTP: its defaults, partial and versioned updates, what it
// refuses, and token creations and updates checked against it before anything reaches the CMA.

const DEFAULTS = { maxLifetimeDays: null, defaultLifetimeDays: null, requireOwner: false, reviewEveryDays: null, onExpiry: 'NOTIFY_ONLY', warnDaysBefore: [30, 7, 1], webhookUrls: [] };

let receiver: WebhookReceiver;
let stack: TestStack;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  stack = await startPolicyStack([receiver.origin]);
});
afterAll(async () => {
  await stack.stop();
  await receiver.stop();
});
// Each test starts from a project that never set a policy.
beforeEach(async () => {
  await stack.store.db.deleteFrom('token_policies').execute();
});

const storedPolicies = () => stack.store.db.selectFrom('token_policies').selectAll().execute();

describe('tokenPolicy and updateTokenPolicy', () => {
  it('answers the defaults before any policy is set, with a version', async () => {
    const policy = await readPolicy(stack);
    expect(policy).toMatchObject(DEFAULTS);
    expect(policy.version).toMatch(/^[\w-]{22}$/);
    expect(await storedPolicies()).toEqual([]);
  });

  it('changes only the fields given, keeps the others, and a new version is the one read back', async () => {
    const first = await setPolicy(stack, { maxLifetimeDays: 90, requireOwner: true });
    expect(first).toMatchObject({ ...DEFAULTS, maxLifetimeDays: 90, requireOwner: true });

    const second = await setPolicy(stack, { onExpiry: 'ROTATE', warnDaysBefore: [3, 14, 14], webhookUrls: [receiver.url()] });
    // Thresholds are kept once each, largest first.
    expect(second).toMatchObject({ ...DEFAULTS, maxLifetimeDays: 90, requireOwner: true, onExpiry: 'ROTATE', warnDaysBefore: [14, 3], webhookUrls: [receiver.url()] });
    expect(second.version).not.toBe(first.version);

    // null clears a limit; a field left out still keeps its value.
    const third = await setPolicy(stack, { maxLifetimeDays: null, reviewEveryDays: 180 });
    expect(third).toMatchObject({ ...second, maxLifetimeDays: null, reviewEveryDays: 180, version: third.version });
    expect(await readPolicy(stack)).toEqual(third);
    const [row] = await storedPolicies();
    expect(row).toMatchObject({ max_lifetime_days: null, review_every_days: 180, require_owner: true, on_expiry: 'ROTATE', warn_days_before: [14, 3] });
  });

  it('writes with the version just read, refuses a stale one with the current policy, and saves nothing then', async () => {
    const read = await readPolicy(stack);
    const saved = ok(await gql(stack, UPDATE_POLICY, { input: { maxLifetimeDays: 30 }, expectedVersion: read.version })).updateTokenPolicy;
    expect(saved.__typename).toBe('UpdateTokenPolicySuccess');

    const stale = ok(await gql(stack, UPDATE_POLICY, { input: { maxLifetimeDays: 365 }, expectedVersion: read.version })).updateTokenPolicy;
    expect(stale).toMatchObject({ __typename: 'PolicyConflictError', expectedVersion: read.version, currentPolicy: { maxLifetimeDays: 30, version: saved.tokenPolicy.version } });
    expect((await readPolicy(stack)).maxLifetimeDays).toBe(30);
  });

  it('of two writes at once with the same expectedVersion, saves one and refuses the other', async () => {
    const read = await readPolicy(stack);
    const results = await Promise.all(
      [30, 60].map(async (days) => ok(await gql(stack, UPDATE_POLICY, { input: { maxLifetimeDays: days }, expectedVersion: read.version })).updateTokenPolicy),
    );
    expect(results.map((result) => result.__typename).sort()).toEqual(['PolicyConflictError', 'UpdateTokenPolicySuccess']);
    const saved = results.find((result) => result.__typename === 'UpdateTokenPolicySuccess')!.tokenPolicy;
    expect(await readPolicy(stack)).toEqual(saved);
    expect(results.find((result) => result.__typename === 'PolicyConflictError')!.currentPolicy).toEqual(saved);
  });

  it('keeps each webhook URL once, so a receiver listed twice is not sent each event twice', async () => {
    const saved = await setPolicy(stack, { webhookUrls: [receiver.url('/a'), receiver.url('/b'), receiver.url('/a')] });
    expect(saved.webhookUrls).toEqual([receiver.url('/a'), receiver.url('/b')]);
  });

  it('refuses a default lifetime above the maximum, given in one write or against the saved maximum', async () => {
    const together = ok(await gql(stack, UPDATE_POLICY, { input: { maxLifetimeDays: 30, defaultLifetimeDays: 60 } })).updateTokenPolicy;
    expect(together).toMatchObject({ __typename: 'ValidationError', field: 'defaultLifetimeDays', path: ['input', 'defaultLifetimeDays'] });
    expect(await storedPolicies()).toEqual([]);

    await setPolicy(stack, { maxLifetimeDays: 30 });
    const against = ok(await gql(stack, UPDATE_POLICY, { input: { defaultLifetimeDays: 31 } })).updateTokenPolicy;
    expect(against).toMatchObject({ __typename: 'ValidationError', field: 'defaultLifetimeDays' });
    expect(await readPolicy(stack)).toMatchObject({ maxLifetimeDays: 30, defaultLifetimeDays: null });
  });

  it('refuses values out of range', async () => {
    for (const input of [{ maxLifetimeDays: 0 }, { reviewEveryDays: 4_000 }, { warnDaysBefore: [0] }, { warnDaysBefore: [400] }]) {
      const result = ok(await gql(stack, UPDATE_POLICY, { input })).updateTokenPolicy;
      expect(result.__typename, JSON.stringify(input)).toBe('ValidationError');
    }
    expect(await storedPolicies()).toEqual([]);
  });

  it("refuses a webhook URL whose origin the operator does not allow, naming it, and saves nothing of that write", async () => {
    const refused = 'http://127.0.0.1:1/internal-admin';
    const result = ok(await gql(stack, UPDATE_POLICY, { input: { requireOwner: true, webhookUrls: [receiver.url(), refused] } })).updateTokenPolicy;
    expect(result).toMatchObject({ __typename: 'WebhookUrlRefusedError', url: refused });
    expect(result.message).toContain('http://127.0.0.1:1');
    expect(await storedPolicies()).toEqual([]);
    expect(await readPolicy(stack)).toMatchObject(DEFAULTS);

    for (const url of ['ftp://127.0.0.1/x', `http://user:pw@${receiver.origin.slice('http://'.length)}/x`, 'not a url']) {
      const other = ok(await gql(stack, UPDATE_POLICY, { input: { webhookUrls: [url] } })).updateTokenPolicy;
      expect(other.__typename, url).toBe('WebhookUrlRefusedError');
    }
  });

  it('refuses every webhook URL when the operator allows no origin', async () => {
    const closed = await startPolicyStack([]);
    try {
      const result = ok(await gql(closed, UPDATE_POLICY, { input: { webhookUrls: [receiver.url()] } })).updateTokenPolicy;
      expect(result).toMatchObject({ __typename: 'WebhookUrlRefusedError', url: receiver.url() });
      expect(result.message).toContain('WEBHOOK_ALLOWED_ORIGINS');
    } finally {
      await closed.stop();
    }
  });

  it('refuses a caller who may not manage API tokens, and saves nothing', async () => {
    const editor = stack.cma.secretOf(SEEDED.importScript);
    const result = ok(await gql(stack, UPDATE_POLICY, { input: { requireOwner: true } }, { token: editor })).updateTokenPolicy;
    expect(result).toMatchObject({ __typename: 'PermissionDeniedError', upstreamCode: 'INSUFFICIENT_PERMISSIONS' });
    expect(await storedPolicies()).toEqual([]);
  });

  it('shows the policy, webhook URLs included, only to a caller who may manage API tokens', async () => {
    const editor = stack.cma.secretOf(SEEDED.importScript);
    const answer = await gql(stack, '{ tokenPolicy { webhookUrls } }', {}, { token: editor });
    expect(answer.data).toEqual({ tokenPolicy: null });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['PERMISSION_DENIED']);
    expect(ok(await gql(stack, '{ tokenPolicy { webhookUrls } }')).tokenPolicy).toEqual({ webhookUrls: expect.any(Array) });
  });

  it('records each change in the store, with the caller as actor', async () => {
    const policyEvents = () => stack.store.db.selectFrom('events').selectAll().where('kind', '=', 'POLICY_UPDATED').orderBy('seq').execute();
    const before = (await policyEvents()).length;
    await setPolicy(stack, { requireOwner: true });
    const events = (await policyEvents()).slice(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'DONE', actor_token_id: SEEDED.demoAdmin });
    expect(JSON.stringify(events[0]!.changes)).toContain('requireOwner');
  });
});

const createdToken = (response: Awaited<ReturnType<typeof gql>>) => ok(response).createAccessToken;
const tokenPosts = (requests: Awaited<ReturnType<TestStack['upstreamDuring']>>) => calls(requests).filter((call) => call === 'POST /access_tokens');

describe('creations under the policy', () => {
  it('refuses a token without owner when owners are required: PolicyViolationError REQUIRE_OWNER on owner, no POST to the CMA', async () => {
    await setPolicy(stack, { requireOwner: true });
    let result: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      result = createdToken(await gql(stack, `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) {
        __typename ... on PolicyViolationError { rule field message } } }`, newToken('Ownerless')));
    });
    expect(result).toMatchObject({ __typename: 'PolicyViolationError', rule: 'REQUIRE_OWNER', field: 'owner' });
    expect(tokenPosts(upstream)).toEqual([]);
    expect(stack.cma.store.data.access_tokens.some((token) => token.name === 'Ownerless')).toBe(false);

    const owned = createdToken(await gql(stack, CREATE, newToken('Owned', { owner: 'platform team' })));
    expect(owned).toMatchObject({ __typename: 'CreateAccessTokenSuccess', accessToken: { name: 'Owned', owner: 'platform team' } });
  });

  it('refuses an expiry beyond the maximum lifetime (MAX_LIFETIME on expiresAt), no POST to the CMA; accepts one within it', async () => {
    await setPolicy(stack, { maxLifetimeDays: 30 });
    let result: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      result = createdToken(await gql(stack, `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) {
        __typename ... on PolicyViolationError { rule field message } } }`, newToken('Too long', { expiresAt: daysFromNow(31).toISOString() })));
    });
    expect(result).toMatchObject({ __typename: 'PolicyViolationError', rule: 'MAX_LIFETIME', field: 'expiresAt' });
    expect(result.message).toContain('30 days');
    expect(tokenPosts(upstream)).toEqual([]);

    const within = daysFromNow(29).toISOString();
    const created = createdToken(await gql(stack, CREATE, newToken('Within', { expiresAt: within })));
    expect(created).toMatchObject({ __typename: 'CreateAccessTokenSuccess', accessToken: { expiresAt: within } });
  });

  it('gives a token created without expiry the default lifetime, or else the maximum', async () => {
    await setPolicy(stack, { maxLifetimeDays: 60, defaultLifetimeDays: 14 });
    const before = Date.now();
    const byDefault = createdToken(await gql(stack, CREATE, newToken('Default lifetime'))).accessToken;
    const expires = new Date(byDefault.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 14 * DAY_MS);
    expect(expires).toBeLessThanOrEqual(Date.now() + 14 * DAY_MS);
    const [record] = await stack.store.db.selectFrom('access_token_records').select('expires_at').where('token_id', '=', byDefault.id).execute();
    expect(record!.expires_at!.toISOString()).toBe(byDefault.expiresAt);

    await setPolicy(stack, { defaultLifetimeDays: null });
    const byMaximum = createdToken(await gql(stack, CREATE, newToken('Maximum lifetime'))).accessToken;
    expect(new Date(byMaximum.expiresAt).getTime() - Date.now()).toBeGreaterThan(59.9 * DAY_MS);
    expect(new Date(byMaximum.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60 * DAY_MS);
  });

  it('leaves a token created without expiry without one when the policy has no lifetime', async () => {
    await setPolicy(stack, { requireOwner: false });
    const created = createdToken(await gql(stack, CREATE, newToken('No lifetime'))).accessToken;
    expect(created.expiresAt).toBeNull();
  });
});

describe('updates under the policy', () => {
  const update = async (id: string, input: Record<string, unknown>) => ok(await gql(stack, UPDATE.replace('... on Error { message }', '... on PolicyViolationError { rule field } ... on Error { message }'), { id, input })).updateAccessToken;

  it('refuses clearing a required owner, and sends nothing', async () => {
    const created = createdToken(await gql(stack, CREATE, newToken('Owned', { owner: 'ops' }))).accessToken;
    await setPolicy(stack, { requireOwner: true });
    let result: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      result = await update(created.id, { owner: null, name: 'Owned renamed' });
    });
    expect(result).toMatchObject({ __typename: 'PolicyViolationError', rule: 'REQUIRE_OWNER', field: 'owner' });
    expect(calls(upstream).filter((call) => !call.startsWith('GET '))).toEqual([]);
    expect(ok(await gql(stack, TOKEN, { id: created.id })).accessToken).toMatchObject({ name: 'Owned', owner: 'ops' });

    // Another owner is fine: the rule is that there is one.
    expect(await update(created.id, { owner: 'security' })).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', accessToken: { owner: 'security' } });
  });

  it('refuses pushing an expiry beyond the maximum, and clearing it', async () => {
    const created = createdToken(await gql(stack, CREATE, newToken('Expiring', { expiresAt: daysFromNow(10).toISOString() }))).accessToken;
    await setPolicy(stack, { maxLifetimeDays: 30 });
    expect(await update(created.id, { expiresAt: daysFromNow(45).toISOString() })).toMatchObject({ __typename: 'PolicyViolationError', rule: 'MAX_LIFETIME', field: 'expiresAt' });
    expect(await update(created.id, { expiresAt: null })).toMatchObject({ __typename: 'PolicyViolationError', rule: 'MAX_LIFETIME', field: 'expiresAt' });
    expect(ok(await gql(stack, TOKEN, { id: created.id })).accessToken.expiresAt).toBe(created.expiresAt);

    const sooner = daysFromNow(20).toISOString();
    expect(await update(created.id, { expiresAt: sooner })).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', accessToken: { expiresAt: sooner } });
  });

  it('lets other updates of an ownerless token without expiry through (the audit flags it instead)', async () => {
    const created = createdToken(await gql(stack, CREATE, newToken('Legacy'))).accessToken;
    await setPolicy(stack, { requireOwner: true, maxLifetimeDays: 30 });
    let result: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      result = await update(created.id, { name: 'Legacy renamed', canAccessCda: false, purpose: 'nightly export' });
    });
    expect(result).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', accessToken: { name: 'Legacy renamed', canAccessCda: false, owner: null, expiresAt: null, purpose: 'nightly export' } });
    expect(calls(upstream)).toContain(`PUT /access_tokens/${created.id}`);
    expect(stack.cma.stored(created.id)).toMatchObject({ name: 'Legacy renamed', can_access_cda: false });
  });
});
