import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpiryAction } from '../../src/policy/token-policy.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import type { TestStack } from '../support/graphql-server.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { daysFromNow, DAY_MS, enforce, setPolicy, startPolicyStack, startWebhookReceiver, tokenExpiringAt, type EnforceResult, type WebhookReceiver } from './policy-support.ts';

// Enforcement started by two schedulers at the same moment: on one server (PGlite), and on two
// replicas sharing one PostgreSQL database over one CMA. Each expired token must be acted on once
// and each warning sent once, and both runs answer success. The overlap is made, not hoped for: the
// CMA holds the first rotation or deletion until the second run has reached its server, and a
// while longer, so that a second run not kept out by the project's lock would act meanwhile.

const EXPIRED = 3;
const EXPIRING_IN_DAYS = [2, 5, 20];
// Without the project's lock, the second run lists the tokens and reaches the held token's own lock in this time.
const OVERLAP_MS = 300;

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.stop();
});

/** Two runs at once, one on each of `stacks` (the same stack twice for one server), and what they did. */
async function race(stacks: [TestStack, TestStack], onExpiry: Extract<ExpiryAction, 'ROTATE' | 'DELETE'>, label: string): Promise<void> {
  const [first, second] = stacks;
  const cma = first.cma;
  await first.store.db.updateTable('access_token_records').set({ expires_at: null }).execute();
  receiver.received.length = 0;
  await setPolicy(first, { onExpiry, defaultLifetimeDays: 90, warnDaysBefore: [30, 7], webhookUrls: [receiver.url(`/${label}`)] });
  const expired: { id: string; name: string }[] = [];
  for (let index = 0; index < EXPIRED; index++) expired.push(await tokenExpiringAt(first, `${label} expired ${index}`, new Date(Date.now() - (index + 1) * DAY_MS)));
  const expiring: { id: string; name: string }[] = [];
  for (const days of EXPIRING_IN_DAYS) expiring.push(await tokenExpiringAt(first, `${label} expiring in ${days}`, daysFromNow(days)));

  const actionPath = (id: string) => (onExpiry === 'ROTATE' ? `/access_tokens/${id}/regenerate_token` : `/access_tokens/${id}`);
  const actionMethod = onExpiry === 'ROTATE' ? 'POST' : 'DELETE';
  const isAction = (request: { method: string; path: string }) => request.method === actionMethod && expired.some((token) => request.path === actionPath(token.id));
  const hold = cma.faults.hold({ method: actionMethod, path: new RegExp(`^/access_tokens/(${expired.map((token) => token.id).join('|')})(/regenerate_token)?$`), times: 1 });
  const cmaBefore = cma.requests.length;

  const ids = [`${label}-run-a`, `${label}-run-b`];
  const runs = [enforce(first, { requestId: ids[0]! }), enforce(second, { requestId: ids[1]! })];
  await hold.reached;
  await Promise.all([first.arrivalOf(ids[0]!), second.arrivalOf(ids[1]!)]);
  await delay(OVERLAP_MS);
  hold.release();
  const results: EnforceResult[] = await Promise.all(runs);

  for (const result of results) expect(result.__typename).toBe('EnforceTokenPolicySuccess');
  for (const result of results) expect(result.failed).toBe(0);
  // Both runs were in flight while the first action was held at the CMA.
  const upstream = cma.requests.slice(cmaBefore);
  const heldAction = upstream.filter(isAction).sort((a, b) => a.startedAt - b.startedAt)[0]!;
  const arrived = [first.requests.find((request) => request.requestId === ids[0])!, second.requests.find((request) => request.requestId === ids[1])!];
  for (const request of arrived) expect(request.startedAt).toBeLessThan(heldAction.endedAt);

  // Each expired token acted on once, by one run; the other run found it done.
  for (const token of expired) {
    expect(upstream.filter((request) => request.method === actionMethod && request.path === actionPath(token.id)), token.name).toHaveLength(1);
    const statuses = results.map((result) => result.outcomes.find((outcome) => outcome.accessToken.id === token.id)?.status ?? 'GONE').sort();
    expect(statuses, token.name).toEqual(onExpiry === 'ROTATE' ? ['ROTATED', 'SKIPPED'] : ['DELETED', 'GONE']);
  }
  // Each warning sent once: one run warned, the other skipped.
  for (const token of expiring) {
    const statuses = results.map((result) => result.outcomes.find((outcome) => outcome.accessToken.id === token.id)!.status).sort();
    expect(statuses, token.name).toEqual(['SKIPPED', 'WARNED']);
  }
  // What the receiver got: one delivery per action and per warning, nothing for the rest.
  const byToken = (id: string) => receiver.received.filter((request) => request.payload.accessToken.id === id).map((request) => request.payload.type);
  for (const token of expired) expect(byToken(token.id), token.name).toEqual([onExpiry === 'ROTATE' ? 'access_token.rotated_on_expiry' : 'access_token.deleted_on_expiry']);
  for (const token of expiring) expect(byToken(token.id), token.name).toEqual(['access_token.expires_soon']);
  expect(receiver.received).toHaveLength(EXPIRED + expiring.length);
  expect(receiver.received.every((request) => request.signatureValid && request.answered === 200)).toBe(true);
  const recorded = await first.store.db.selectFrom('webhook_deliveries').select(['access_token_id', 'status']).where('url', '=', receiver.url(`/${label}`)).execute();
  expect(recorded).toHaveLength(EXPIRED + expiring.length);
  expect(recorded.every((delivery) => delivery.status === 'DELIVERED')).toBe(true);

  // And in the history: one EXPIRY_WARNED per warned token.
  const warnedEvents = await first.store.db
    .selectFrom('events')
    .select('resource_id')
    .where('kind', '=', 'EXPIRY_WARNED')
    .where('resource_id', 'in', expiring.map((token) => token.id))
    .execute();
  expect(warnedEvents.map((event) => event.resource_id).sort()).toEqual(expiring.map((token) => token.id).sort());
}

describe('two runs at once on one server (PGlite)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startPolicyStack([receiver.origin]);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('ROTATE: each expired token rotated once, each warning delivered once, both runs succeed', async () => {
    await race([stack, stack], 'ROTATE', 'pglite-rotate');
  });

  it('DELETE: each expired token deleted once, each warning delivered once, both runs succeed', async () => {
    await race([stack, stack], 'DELETE', 'pglite-delete');
  });
});

describe('two replicas sharing one PostgreSQL database over one CMA', () => {
  let cluster: PostgresCluster;
  const stores: Store[] = [];
  let replicas: [TestStack, TestStack];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const url = await cluster.createDatabase(`policy_races_${process.pid}`);
    // One after the other: each applies the migrations it finds missing.
    for (let index = 0; index < 2; index++) stores.push(await openStore({ databaseUrl: url, dataDir: null }));
    const first = await startPolicyStack([receiver.origin], { store: stores[0]! });
    const second = await startPolicyStack([receiver.origin], { store: stores[1]!, sharedCma: first.cma });
    replicas = [first, second];
  }, 60_000);
  afterAll(async () => {
    await replicas?.[1].stop();
    await replicas?.[0].stop();
    await Promise.all(stores.map((store) => store.close()));
    await cluster?.stop();
  });

  it('ROTATE: each expired token rotated once, each warning delivered once, both runs succeed', async () => {
    await race(replicas, 'ROTATE', 'pg-rotate');
  });

  it('DELETE: each expired token deleted once, each warning delivered once, both runs succeed', async () => {
    await race(replicas, 'DELETE', 'pg-delete');
  });
});
