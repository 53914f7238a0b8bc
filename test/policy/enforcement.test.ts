import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/graphql-server.ts';
import { apiErrorOf, SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';
import { calls, dumpStore, gql, ok } from '../store/store-support.ts';
import {
  daysFromNow,
  DAY_MS,
  deliveries,
  enforce,
  eventsOf,
  outcomeOf,
  setPolicy,
  startPolicyStack,
  startWebhookReceiver,
  tokenExpiringAt,
  TEST_WEBHOOKS,
  type ReceivedWebhook,
  type WebhookReceiver,
} from './policy-support.ts';

// enforceTokenPolicy through the real path: the local CMA over loopback for the writes, a real
// webhook receiver for the deliveries. One stack for the file; each test starts from a project
// where no token has an expiry, no policy is set and nothing was warned or delivered.

let receiver: WebhookReceiver;
let flaky: WebhookReceiver;
let down: WebhookReceiver;
let stack: TestStack;

beforeAll(async () => {
  [receiver, flaky, down] = await Promise.all([startWebhookReceiver(), startWebhookReceiver({ failFirst: 2 }), startWebhookReceiver({ failAlways: true })]);
  stack = await startPolicyStack([receiver.origin, flaky.origin, down.origin]);
});
afterAll(async () => {
  await stack.stop();
  await Promise.all([receiver.stop(), flaky.stop(), down.stop()]);
});
beforeEach(async () => {
  const { db } = stack.store;
  await db.updateTable('access_token_records').set({ expires_at: null, owner: null }).execute();
  await Promise.all([db.deleteFrom('token_policies').execute(), db.deleteFrom('expiry_warnings').execute(), db.deleteFrom('webhook_deliveries').execute()]);
  for (const hooks of [receiver, flaky, down]) hooks.received.length = 0;
});

/** Every secret the CMA holds now, plus the caller's bearer: none may be in a webhook or the store. */
const currentSecrets = () => [TEST_ADMIN_TOKEN, ...stack.cma.store.data.access_tokens.map((token) => token.secret)];
const projectId = () => stack.cma.store.data.site.id;
const writesTo = (upstream: Awaited<ReturnType<TestStack['upstreamDuring']>>) => calls(upstream).filter((call) => !call.startsWith('GET '));
const deliveredAbout = (hooks: WebhookReceiver, tokenId: string) => hooks.received.filter((request) => request.payload.accessToken?.id === tokenId);

/** What every delivery must be: signed, identified, and the documented payload with no secret. */
function expectWellFormed(request: ReceivedWebhook, secrets: string[]): void {
  expect(request.signatureValid).toBe(true);
  expect(request.headers['content-type']).toBe('application/json');
  expect(request.headers['x-token-admin-delivery']).toBe(request.payload.id);
  expect(Object.keys(request.payload).sort()).toEqual(['accessToken', 'id', 'occurredAt', 'project', 'type']);
  expect(Object.keys(request.payload.accessToken).sort()).toEqual(['expiresAt', 'id', 'name', 'owner']);
  expect(request.payload.project).toEqual({ id: projectId() });
  expect(Math.abs(Date.parse(request.payload.occurredAt) - Date.now())).toBeLessThan(60_000);
  for (const secret of secrets) expect(request.body).not.toContain(secret);
}

describe('at expiry', () => {
  it('ROTATE: one new secret returned in the outcome only, the old one refused by the CMA, the expiry renewed by defaultLifetimeDays, EXPIRED_ROTATED, one rotated_on_expiry delivery', async () => {
    await setPolicy(stack, { onExpiry: 'ROTATE', defaultLifetimeDays: 90, maxLifetimeDays: 120, webhookUrls: [receiver.url()] });
    const expiredAt = new Date(Date.now() - DAY_MS);
    const token = await tokenExpiringAt(stack, 'Expired export', expiredAt, 'data team');

    let result!: Awaited<ReturnType<typeof enforce>>;
    const upstream = await stack.upstreamDuring(async () => {
      result = await enforce(stack);
    });
    expect(result.__typename).toBe('EnforceTokenPolicySuccess');
    const outcome = outcomeOf(result, token.id);
    const newSecret = stack.cma.secretOf(token.id);
    expect(newSecret).not.toBe(token.secret);
    expect(outcome).toMatchObject({ status: 'ROTATED', accessToken: { id: token.id, token: newSecret }, error: null });
    const renewed = Date.parse(outcome.expiresAt!);
    expect(renewed - Date.now()).toBeGreaterThan(89.9 * DAY_MS);
    expect(renewed - Date.now()).toBeLessThanOrEqual(90 * DAY_MS);
    expect(result).toMatchObject({ dryRun: false, acted: 1, failed: 0 });
    expect(writesTo(upstream)).toEqual([`POST /access_tokens/${token.id}/regenerate_token`]);

    // The old secret is dead at the CMA; the new one works.
    expect(await apiErrorOf(stack.cma.client(token.secret).accessTokens.list())).toMatchObject({ status: 401 });
    expect((await stack.cma.client(newSecret).site.find()).id).toBe(projectId());

    const [record] = await stack.store.db.selectFrom('access_token_records').selectAll().where('token_id', '=', token.id).execute();
    expect(record!.expires_at!.toISOString()).toBe(outcome.expiresAt);
    const events = await eventsOf(stack, token.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'EXPIRED_ROTATED',
      outcome: 'DONE',
      actor: { accessTokenId: SEEDED.demoAdmin },
      changes: [{ field: 'expiresAt', from: expiredAt.toISOString(), to: outcome.expiresAt }],
    });

    const [delivery, ...more] = deliveredAbout(receiver, token.id);
    expect(more).toEqual([]);
    expectWellFormed(delivery!, [...currentSecrets(), token.secret]);
    expect(delivery!.payload).toMatchObject({ type: 'access_token.rotated_on_expiry', accessToken: { id: token.id, name: 'Expired export', owner: 'data team', expiresAt: outcome.expiresAt } });

    // The new secret went to the caller and nowhere else: not the store (history, deliveries, records).
    expect(JSON.stringify(await dumpStore(stack.store))).not.toContain(newSecret);
    for (const secret of [newSecret, token.secret, TEST_ADMIN_TOKEN]) expect(stack.logs.join('\n')).not.toContain(secret);

    // Renewed, it is not expired any more: the next run leaves it alone and sends nothing.
    const again = await enforce(stack);
    expect(outcomeOf(again, token.id)).toMatchObject({ status: 'SKIPPED', reason: 'Expires in 90 days: no warning due yet' });
    expect(stack.cma.secretOf(token.id)).toBe(newSecret);
    expect(deliveredAbout(receiver, token.id)).toHaveLength(1);
  });

  it('ROTATE without defaultLifetimeDays renews by the maximum lifetime', async () => {
    await setPolicy(stack, { onExpiry: 'ROTATE', maxLifetimeDays: 45, warnDaysBefore: [7] });
    const token = await tokenExpiringAt(stack, 'Expired, max lifetime', new Date(Date.now() - 60_000));
    const outcome = outcomeOf(await enforce(stack), token.id);
    expect(outcome.status).toBe('ROTATED');
    expect(Date.parse(outcome.expiresAt!) - Date.now()).toBeGreaterThan(44.9 * DAY_MS);
    expect(Date.parse(outcome.expiresAt!) - Date.now()).toBeLessThanOrEqual(45 * DAY_MS);
  });

  it('ROTATE with neither default nor maximum renews by the lifetime the token had: from its first sighting, or its last renewal, to its expiry', async () => {
    await setPolicy(stack, { onExpiry: 'ROTATE', warnDaysBefore: [7] });
    const token = await tokenExpiringAt(stack, 'Expired, own lifetime', new Date(Date.now() - 10 * DAY_MS));
    await stack.store.db.updateTable('access_token_records').set({ first_seen_at: new Date(Date.now() - 40 * DAY_MS) }).where('token_id', '=', token.id).execute();
    const outcome = outcomeOf(await enforce(stack), token.id);
    expect(outcome.status).toBe('ROTATED');
    expect(Date.parse(outcome.expiresAt!) - Date.now()).toBeGreaterThan(29.9 * DAY_MS);
    expect(Date.parse(outcome.expiresAt!) - Date.now()).toBeLessThanOrEqual(30 * DAY_MS);

    // 31 days pass (first sighting, the rotation and the renewed expiry move back together): the
    // next renewal is again 30 days, the lifetime since the last rotation, not 70 since first seen.
    const { db } = stack.store;
    const ago = (days: number) => new Date(Date.now() - days * DAY_MS);
    await db.updateTable('access_token_records').set({ first_seen_at: ago(71), expires_at: ago(1) }).where('token_id', '=', token.id).execute();
    await db.updateTable('events').set({ at: ago(31) } as never).where('resource_id', '=', token.id).where('kind', '=', 'EXPIRED_ROTATED').execute();
    const next = outcomeOf(await enforce(stack), token.id);
    expect(next.status).toBe('ROTATED');
    expect(Date.parse(next.expiresAt!) - Date.now()).toBeGreaterThan(29.9 * DAY_MS);
    expect(Date.parse(next.expiresAt!) - Date.now()).toBeLessThanOrEqual(30 * DAY_MS);
  });

  it('DELETE: the token deleted at the CMA once, EXPIRED_DELETED, one deleted_on_expiry delivery with the expiry it had', async () => {
    await setPolicy(stack, { onExpiry: 'DELETE', webhookUrls: [receiver.url()] });
    const expiredAt = new Date(Date.now() - 3 * DAY_MS);
    const token = await tokenExpiringAt(stack, 'Expired preview', expiredAt, 'web team');

    let result!: Awaited<ReturnType<typeof enforce>>;
    const upstream = await stack.upstreamDuring(async () => {
      result = await enforce(stack);
    });
    expect(outcomeOf(result, token.id)).toMatchObject({ status: 'DELETED', error: null });
    expect(writesTo(upstream)).toEqual([`DELETE /access_tokens/${token.id}`]);
    expect(stack.cma.stored(token.id)).toBeUndefined();
    expect((await eventsOf(stack, token.id)).at(-1)).toMatchObject({ kind: 'EXPIRED_DELETED', outcome: 'DONE', actor: { accessTokenId: SEEDED.demoAdmin } });

    const [delivery, ...more] = deliveredAbout(receiver, token.id);
    expect(more).toEqual([]);
    expectWellFormed(delivery!, [...currentSecrets(), token.secret]);
    expect(delivery!.payload).toMatchObject({ type: 'access_token.deleted_on_expiry', accessToken: { id: token.id, name: 'Expired preview', owner: 'web team', expiresAt: expiredAt.toISOString() } });

    // Gone: the next run has no outcome for it.
    expect((await enforce(stack)).outcomes.some((outcome) => outcome.accessToken.id === token.id)).toBe(false);
  });

  it('NOTIFY_ONLY: the token left as it is, warned once (the next run SKIPPED), one expired delivery, EXPIRY_WARNED', async () => {
    await setPolicy(stack, { onExpiry: 'NOTIFY_ONLY', webhookUrls: [receiver.url()] });
    const expiredAt = new Date(Date.now() - 2 * DAY_MS);
    const token = await tokenExpiringAt(stack, 'Expired sync', expiredAt);

    let first!: Awaited<ReturnType<typeof enforce>>;
    const upstream = await stack.upstreamDuring(async () => {
      first = await enforce(stack);
    });
    expect(outcomeOf(first, token.id)).toMatchObject({ status: 'WARNED', reason: 'It has expired', expiresAt: expiredAt.toISOString() });
    expect(writesTo(upstream)).toEqual([]);
    expect(stack.cma.secretOf(token.id)).toBe(token.secret);

    const second = await enforce(stack);
    expect(outcomeOf(second, token.id)).toMatchObject({ status: 'SKIPPED', reason: 'It has expired; its owner was already notified' });
    expect(second.acted).toBe(0);

    const [delivery, ...more] = deliveredAbout(receiver, token.id);
    expect(more).toEqual([]);
    expectWellFormed(delivery!, currentSecrets());
    expect(delivery!.payload).toMatchObject({ type: 'access_token.expired', accessToken: { id: token.id, name: 'Expired sync', owner: null, expiresAt: expiredAt.toISOString() } });
    const warned = (await eventsOf(stack, token.id)).filter((event) => event.kind === 'EXPIRY_WARNED');
    expect(warned).toEqual([expect.objectContaining({ outcome: 'DONE', changes: [{ field: 'daysBeforeExpiry', from: null, to: '0' }] })]);
  });

  it('reports a refused action as FAILED with its typed error, sends nothing for it, goes on with the others, and acts on the next run', async () => {
    await setPolicy(stack, { onExpiry: 'ROTATE', defaultLifetimeDays: 90, webhookUrls: [receiver.url()] });
    const refused = await tokenExpiringAt(stack, 'Refused rotation', new Date(Date.now() - DAY_MS));
    const other = await tokenExpiringAt(stack, 'Rotated anyway', new Date(Date.now() - DAY_MS));
    stack.cma.faults.inject({ kind: 'status', status: 403, code: 'INSUFFICIENT_PERMISSIONS', method: 'POST', path: `/access_tokens/${refused.id}/regenerate_token`, times: 1 });

    const result = await enforce(stack);
    expect(result).toMatchObject({ __typename: 'EnforceTokenPolicySuccess', failed: 1, acted: 1 });
    expect(outcomeOf(result, refused.id)).toMatchObject({ status: 'FAILED', error: { __typename: 'PermissionDeniedError' } });
    expect(outcomeOf(result, other.id).status).toBe('ROTATED');
    expect(stack.cma.secretOf(refused.id)).toBe(refused.secret);
    expect(deliveredAbout(receiver, refused.id)).toEqual([]);
    expect((await eventsOf(stack, refused.id)).at(-1)).toMatchObject({ kind: 'EXPIRED_ROTATED', outcome: 'FAILED' });

    expect(outcomeOf(await enforce(stack), refused.id).status).toBe('ROTATED');
    expect(deliveredAbout(receiver, refused.id).map((request) => request.payload.type)).toEqual(['access_token.rotated_on_expiry']);
  });

  it('leaves alone a token renewed while the run goes on: decided on the first read, checked again under its lock', async () => {
    await setPolicy(stack, { onExpiry: 'DELETE' });
    const first = await tokenExpiringAt(stack, 'Renewal race: first', new Date(Date.now() - DAY_MS), 'ops@example.com');
    const renewed = await tokenExpiringAt(stack, 'Renewal race: renewed meanwhile', new Date(Date.now() - DAY_MS), 'ops@example.com');
    // The first deletion waits at the CMA until the owner of the second has renewed it.
    const held = stack.cma.faults.hold({ method: 'DELETE', path: `/access_tokens/${first.id}`, times: 1 });
    const run = enforce(stack);
    await held.reached;
    const renewal = ok(await gql(stack, 'mutation($id: ID!, $at: DateTime!) { updateAccessToken(id: $id, input: { expiresAt: $at }) { __typename } }', { id: renewed.id, at: daysFromNow(30).toISOString() }));
    expect(renewal.updateAccessToken.__typename).toBe('UpdateAccessTokenSuccess');
    held.release();
    const result = await run;
    expect(outcomeOf(result, first.id).status).toBe('DELETED');
    expect(outcomeOf(result, renewed.id)).toMatchObject({ status: 'SKIPPED', reason: expect.stringContaining('expiry changed') });
    expect(stack.cma.stored(renewed.id)).toBeDefined();
  });

  it("never acts on the caller's own token, even expired", async () => {
    await setPolicy(stack, { onExpiry: 'DELETE', webhookUrls: [receiver.url()] });
    ok(await gql(stack, '{ accessTokens { id } }'));
    await stack.store.db.updateTable('access_token_records').set({ expires_at: new Date(Date.now() - DAY_MS) }).where('token_id', '=', SEEDED.demoAdmin).execute();

    let result!: Awaited<ReturnType<typeof enforce>>;
    const upstream = await stack.upstreamDuring(async () => {
      result = await enforce(stack);
    });
    expect(outcomeOf(result, SEEDED.demoAdmin)).toMatchObject({ status: 'SKIPPED' });
    expect(outcomeOf(result, SEEDED.demoAdmin).reason).toContain('this request is authenticated with it');
    expect(writesTo(upstream)).toEqual([]);
    expect(stack.cma.stored(SEEDED.demoAdmin)).toBeDefined();
    expect(receiver.received).toEqual([]);
  });
});

describe('before expiry', () => {
  it('warns once per threshold: the nearest crossed one, then nothing until the next is crossed', async () => {
    await setPolicy(stack, { warnDaysBefore: [30, 7, 1], webhookUrls: [receiver.url()] });
    const in20 = daysFromNow(20);
    const soon = await tokenExpiringAt(stack, 'Expires in 20 days', in20, 'ops');
    const sooner = await tokenExpiringAt(stack, 'Expires in 5 days', daysFromNow(5));
    const later = await tokenExpiringAt(stack, 'Expires in 40 days', daysFromNow(40));

    const first = await enforce(stack);
    expect(outcomeOf(first, soon.id)).toMatchObject({ status: 'WARNED', reason: 'Expires within 30 days' });
    // Both 30 and 7 are crossed: one warning, the nearest, and neither is sent again.
    expect(outcomeOf(first, sooner.id)).toMatchObject({ status: 'WARNED', reason: 'Expires within 7 days' });
    expect(outcomeOf(first, later.id)).toMatchObject({ status: 'SKIPPED', reason: 'Expires in 40 days: no warning due yet' });
    expect(first.acted).toBe(2);

    const second = await enforce(stack);
    expect(outcomeOf(second, soon.id)).toMatchObject({ status: 'SKIPPED', reason: 'Expires in 20 days; already warned' });
    expect(outcomeOf(second, sooner.id)).toMatchObject({ status: 'SKIPPED', reason: 'Expires in 5 days; already warned' });
    expect(second.acted).toBe(0);
    expect(deliveredAbout(receiver, soon.id)).toHaveLength(1);
    expect(deliveredAbout(receiver, sooner.id)).toHaveLength(1);
    expect(deliveredAbout(receiver, later.id)).toHaveLength(0);

    // Two weeks pass for the first token (its expiry and what was warned for it move together): 7 is crossed now.
    const shifted = new Date(in20.getTime() - 14 * DAY_MS);
    await stack.store.db.updateTable('access_token_records').set({ expires_at: shifted }).where('token_id', '=', soon.id).execute();
    await stack.store.db.updateTable('expiry_warnings').set({ expires_at: shifted }).where('token_id', '=', soon.id).execute();
    expect(outcomeOf(await enforce(stack), soon.id)).toMatchObject({ status: 'WARNED', reason: 'Expires within 7 days' });
    expect(outcomeOf(await enforce(stack), soon.id)).toMatchObject({ status: 'SKIPPED', reason: 'Expires in 6 days; already warned' });

    const warnings = deliveredAbout(receiver, soon.id);
    expect(warnings).toHaveLength(2);
    for (const warning of warnings) {
      expectWellFormed(warning, currentSecrets());
      expect(warning.payload.type).toBe('access_token.expires_soon');
    }
    expect(warnings[0]!.payload.accessToken).toEqual({ id: soon.id, name: 'Expires in 20 days', owner: 'ops', expiresAt: in20.toISOString() });
    expect(warnings[1]!.payload.accessToken).toEqual({ id: soon.id, name: 'Expires in 20 days', owner: 'ops', expiresAt: shifted.toISOString() });
    const warned = (await eventsOf(stack, soon.id)).filter((event) => event.kind === 'EXPIRY_WARNED');
    expect(warned.map((event) => event.changes)).toEqual([[{ field: 'daysBeforeExpiry', from: null, to: '30' }], [{ field: 'daysBeforeExpiry', from: null, to: '7' }]]);
    expect(warned.every((event) => event.actor.accessTokenId === SEEDED.demoAdmin)).toBe(true);
  });

  it('warns afresh for a new expiry', async () => {
    await setPolicy(stack, { warnDaysBefore: [7], webhookUrls: [receiver.url()] });
    const token = await tokenExpiringAt(stack, 'Extended', daysFromNow(3));
    expect(outcomeOf(await enforce(stack), token.id).status).toBe('WARNED');
    const extended = daysFromNow(6).toISOString();
    const update = ok(await gql(stack, `mutation($id: ID!, $at: DateTime) { updateAccessToken(id: $id, input: { expiresAt: $at }) { __typename } }`, { id: token.id, at: extended }));
    expect(update.updateAccessToken.__typename).toBe('UpdateAccessTokenSuccess');
    expect(outcomeOf(await enforce(stack), token.id)).toMatchObject({ status: 'WARNED', expiresAt: extended });
    expect(deliveredAbout(receiver, token.id).map((request) => request.payload.accessToken.expiresAt)).toEqual([expect.any(String), extended]);
  });
});

describe('dry run', () => {
  it('answers WOULD_* and changes, records and sends nothing; the real run then does it all', async () => {
    await setPolicy(stack, { onExpiry: 'ROTATE', defaultLifetimeDays: 60, warnDaysBefore: [7], webhookUrls: [receiver.url()] });
    const expired = await tokenExpiringAt(stack, 'Dry expired', new Date(Date.now() - DAY_MS));
    const expiring = await tokenExpiringAt(stack, 'Dry expiring', daysFromNow(2));
    const storeBefore = await dumpStore(stack.store);

    let dry!: Awaited<ReturnType<typeof enforce>>;
    const upstream = await stack.upstreamDuring(async () => {
      dry = await enforce(stack, { dryRun: true });
    });
    expect(dry).toMatchObject({ __typename: 'EnforceTokenPolicySuccess', dryRun: true, acted: 0, failed: 0 });
    const wouldRotate = outcomeOf(dry, expired.id);
    expect(wouldRotate.status).toBe('WOULD_ROTATE');
    expect(Date.parse(wouldRotate.expiresAt!) - Date.now()).toBeGreaterThan(59.9 * DAY_MS);
    // A secret reaches the caller from a rotation only: no other outcome, dry or real, carries one.
    expect(dry.outcomes.filter((outcome) => outcome.accessToken.token !== null)).toEqual([]);
    expect(outcomeOf(dry, expiring.id).status).toBe('WOULD_WARN');
    expect(writesTo(upstream)).toEqual([]);
    expect(stack.cma.secretOf(expired.id)).toBe(expired.secret);
    expect(receiver.received).toEqual([]);
    const storeAfter = await dumpStore(stack.store);
    for (const table of ['events', 'expiry_warnings', 'webhook_deliveries', 'access_token_records']) expect(storeAfter[table], table).toEqual(storeBefore[table]);

    await setPolicy(stack, { onExpiry: 'DELETE' });
    expect(outcomeOf(await enforce(stack, { dryRun: true }), expired.id).status).toBe('WOULD_DELETE');
    expect(stack.cma.stored(expired.id)).toBeDefined();

    // Nothing was claimed by the dry run: the real run warns and deletes.
    const real = await enforce(stack);
    expect(outcomeOf(real, expired.id).status).toBe('DELETED');
    expect(outcomeOf(real, expiring.id).status).toBe('WARNED');
    expect(receiver.received.map((request) => request.payload.type).sort()).toEqual(['access_token.deleted_on_expiry', 'access_token.expires_soon']);
  });
});

describe('webhook deliveries', () => {
  it('POSTs each action once to every URL, listed by webhookDeliveries with the delivery id the receiver got', async () => {
    const urls = [receiver.url('/team-a'), receiver.url('/team-b')];
    await setPolicy(stack, { warnDaysBefore: [7], webhookUrls: urls });
    const token = await tokenExpiringAt(stack, 'Two teams', daysFromNow(3), 'both teams');
    expect(outcomeOf(await enforce(stack), token.id).status).toBe('WARNED');

    expect(receiver.received.map((request) => request.path).sort()).toEqual(['/team-a', '/team-b']);
    for (const request of receiver.received) expectWellFormed(request, currentSecrets());
    const [a, b] = receiver.received;
    expect(a!.payload.id).not.toBe(b!.payload.id);

    const listed = await deliveries(stack);
    expect(listed).toHaveLength(2);
    for (const request of receiver.received) {
      const delivery = listed.find((candidate) => candidate.id === request.headers['x-token-admin-delivery']);
      expect(delivery).toMatchObject({ url: receiver.url(request.path), type: 'EXPIRES_SOON', accessTokenId: token.id, status: 'DELIVERED', attempts: 1, lastError: null });
      expect(Math.abs(Date.parse(delivery!.lastAttemptAt) - Date.now())).toBeLessThan(60_000);
    }
  });

  it('retries a receiver that fails the first two attempts: DELIVERED on the third; one that always fails: FAILED after the configured attempts', async () => {
    await setPolicy(stack, { onExpiry: 'NOTIFY_ONLY', webhookUrls: [flaky.url(), down.url(), receiver.url()] });
    const token = await tokenExpiringAt(stack, 'Hard to reach', new Date(Date.now() - DAY_MS));
    const result = await enforce(stack);
    expect(outcomeOf(result, token.id).status).toBe('WARNED');

    expect(flaky.received.map((request) => request.answered)).toEqual([500, 500, 200]);
    expect(down.received.map((request) => request.answered)).toEqual(Array(TEST_WEBHOOKS.attempts).fill(500));
    expect(receiver.received.map((request) => request.answered)).toEqual([200]);
    // A retry is the same delivery: same id, same body, signed again.
    for (const hooks of [flaky, down]) {
      expect(new Set(hooks.received.map((request) => request.headers['x-token-admin-delivery'])).size).toBe(1);
      expect(new Set(hooks.received.map((request) => request.body)).size).toBe(1);
      for (const request of hooks.received) expectWellFormed(request, currentSecrets());
    }

    const listed = await deliveries(stack);
    expect(listed.find((delivery) => delivery.url === flaky.url())).toMatchObject({ status: 'DELIVERED', attempts: 3, lastError: null, type: 'EXPIRED' });
    expect(listed.find((delivery) => delivery.url === down.url())).toMatchObject({ status: 'FAILED', attempts: TEST_WEBHOOKS.attempts, lastError: 'HTTP 500' });
    expect(listed.find((delivery) => delivery.url === receiver.url())).toMatchObject({ status: 'DELIVERED', attempts: 1 });
    // A delivery that failed is no reason to warn again: the warning is recorded as sent.
    expect(outcomeOf(await enforce(stack), token.id).status).toBe('SKIPPED');
    expect(down.received).toHaveLength(TEST_WEBHOOKS.attempts);
  });

  it('pages webhookDeliveries newest first', async () => {
    await setPolicy(stack, { warnDaysBefore: [7], webhookUrls: [receiver.url()] });
    const tokens: { id: string }[] = [];
    for (const days of [1, 2, 3]) tokens.push(await tokenExpiringAt(stack, `Paged ${days}`, daysFromNow(days)));
    await enforce(stack);
    const page = async (after?: string) =>
      ok(await gql(stack, 'query($after: String) { webhookDeliveries(first: 2, after: $after) { nodes { accessTokenId } hasNextPage endCursor } }', { after })).webhookDeliveries;
    const first = await page();
    expect(first.hasNextPage).toBe(true);
    const second = await page(first.endCursor);
    expect(second.hasNextPage).toBe(false);
    const ids = [...first.nodes, ...second.nodes].map((node: { accessTokenId: string }) => node.accessTokenId);
    // The run goes through tokens in the CMA's order, so newest first is that order reversed.
    const order = (await enforce(stack, { dryRun: true })).outcomes.map((outcome) => outcome.accessToken.id).filter((id) => tokens.some((token) => token.id === id));
    expect(ids).toEqual([...order].reverse());
  });

  it('lists deliveries only to a caller who may manage API tokens', async () => {
    const editor = stack.cma.secretOf(SEEDED.importScript);
    const response = await gql(stack, '{ webhookDeliveries { nodes { id } } }', {}, { token: editor });
    expect(response.data?.webhookDeliveries ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('PERMISSION_DENIED');
  });

  it('sends nothing to a URL whose origin this server does not allow, though the policy was saved where it was allowed', async () => {
    const other = await startWebhookReceiver();
    // The policy is saved on a server that allows both receivers ...
    const permissive = await startPolicyStack([receiver.origin, other.origin], { store: stack.store, sharedCma: stack.cma });
    try {
      await setPolicy(permissive, { warnDaysBefore: [7], webhookUrls: [receiver.url(), other.url()] });
      const token = await tokenExpiringAt(stack, 'Origins', daysFromNow(2));
      // ... and enforced by this one, which allows only the first.
      expect(outcomeOf(await enforce(stack), token.id).status).toBe('WARNED');
      expect(other.received).toEqual([]);
      expect(deliveredAbout(receiver, token.id)).toHaveLength(1);
      expect((await deliveries(stack)).map((delivery) => delivery.url)).toEqual([receiver.url()]);
    } finally {
      await permissive.stop();
      await other.stop();
    }
  });

  it('refuses enforcement to a caller who may not manage API tokens, and does nothing', async () => {
    await setPolicy(stack, { onExpiry: 'DELETE', webhookUrls: [receiver.url()] });
    const token = await tokenExpiringAt(stack, 'Not yours to delete', new Date(Date.now() - DAY_MS));
    const editor = stack.cma.secretOf(SEEDED.importScript);
    const result = ok(await gql(stack, 'mutation { enforceTokenPolicy { __typename ... on PermissionDeniedError { upstreamCode } } }', {}, { token: editor })).enforceTokenPolicy;
    expect(result).toEqual({ __typename: 'PermissionDeniedError', upstreamCode: 'INSUFFICIENT_PERMISSIONS' });
    expect(stack.cma.stored(token.id)).toBeDefined();
    expect(receiver.received).toEqual([]);
  });
});
