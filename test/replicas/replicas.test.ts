import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/connect.ts';
import { openMemoryStore } from '../support/memory-store.ts';
import { migrationProvider } from '../../src/store/migrations/index.ts';
import type { StoredAccessToken } from '../../src/local-cma/types.ts';
import { UpdateAccessTokenDocument, type UpdateAccessTokenInput } from '../generated/graphql.ts';
import { expectTypename } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { startReplicas, type Replicas } from '../support/replicas.ts';
import { spawnReplica } from '../support/spawn-replica.ts';
import { killHard } from '../support/spawn-local-cma.ts';

// Three replicas over one CMA, as a team runs them for availability. Each round, three partial
// updates of one token are sent at once, each to another replica: a rename, a CDA flip and a CMA
// revocation. On one PostgreSQL database the per-token advisory lock makes the replicas take turns
// as one process does; each replica on its own PGlite (no shared lock) loses changes. The overlap is
// made, not hoped for: the local CMA holds the first PUT, undone, until the two other requests
// have reached their replicas (released early by a read of the token, which comes only without a
// shared lock). Each round proves from the recorded timings that all three were in flight at once.

const ROUNDS = 20;
// Under the shared lock no read of the token can come while the first PUT is held: the wait runs out.
const OTHER_READ_WAIT_MS = 100;

type ChangeKind = 'rename' | 'cda' | 'revoke';
type Change = { kind: ChangeKind; input: UpdateAccessTokenInput; keptIn: (stored: StoredAccessToken) => boolean };

const changesOf = (round: number): Change[] => [
  { kind: 'rename', input: { name: `Replicated ${round}` }, keptIn: (stored) => stored.name === `Replicated ${round}` },
  { kind: 'cda', input: { canAccessCda: false }, keptIn: (stored) => !stored.can_access_cda },
  { kind: 'revoke', input: { canAccessCma: false }, keptIn: (stored) => !stored.can_access_cma },
];

type RoundResult = { lost: ChangeKind[]; stored: StoredAccessToken };

/**
 * One round: a new token, its three changes sent to three replicas (which change goes to which
 * replica, and which one is held, turn with the round). `serialised`: also prove that the writes
 * took turns (each PUT built from a read made after the previous PUT was answered).
 */
async function raceRound({ cma, replicas }: Replicas, round: number, serialised: boolean): Promise<RoundResult> {
  const token = await cma.createToken(`Replica race ${round}`);
  const path = `/access_tokens/${token.id}`;
  const changes = changesOf(round);
  const replicaFor = (index: number) => replicas[(index + round) % replicas.length]!;
  const requestIdOf = (index: number) => `replica-race-${token.id}-${changes[index]!.kind}`;
  const send = (index: number) =>
    replicaFor(index).execute(UpdateAccessTokenDocument, { id: token.id, input: changes[index]!.input }, undefined, { requestId: requestIdOf(index) });

  const held = round % changes.length;
  const others = [0, 1, 2].filter((index) => index !== held);
  const hold = cma.faults.hold({ method: 'PUT', path, times: 1, releasedBy: { method: 'GET', path } });
  const cmaBefore = cma.requests.length;

  const heldAnswer = send(held);
  await hold.reached;
  const otherAnswers = others.map(send);
  await Promise.all(others.map((index) => replicaFor(index).arrivalOf(requestIdOf(index))));
  await Promise.race([hold.released, delay(OTHER_READ_WAIT_MS)]);
  hold.release();
  const answers = await Promise.all([heldAnswer, ...otherAnswers]);
  for (const answer of answers) expectTypename(answer.data!.updateAccessToken, 'UpdateAccessTokenSuccess');

  const recorded = (index: number) => replicaFor(index).requests.find((request) => request.requestId === requestIdOf(index))!;
  const upstream = cma.requests.slice(cmaBefore).filter((request) => request.path === path);
  const byStart = (method: string) => upstream.filter((request) => request.method === method).sort((a, b) => a.startedAt - b.startedAt);
  const puts = byStart('PUT');
  expect(puts).toHaveLength(3);
  const heldPut = puts[0]!;
  // All three requests were in flight at once: the two others reached their replicas while the
  // first one's write waited at the CMA, and before the first one was answered.
  for (const index of others) {
    expect(recorded(index).startedAt).toBeGreaterThan(recorded(held).startedAt);
    expect(recorded(index).startedAt).toBeLessThan(heldPut.endedAt);
    expect(recorded(index).startedAt).toBeLessThan(recorded(held).endedAt!);
  }
  if (serialised) {
    // The replicas took turns: each PUT was built from a read (the last before it) that started
    // only once the previous PUT was answered, so it saw the previous change and kept it.
    const gets = byStart('GET');
    for (let index = 1; index < puts.length; index++) {
      const readsBefore = gets.filter((read) => read.endedAt <= puts[index]!.startedAt);
      expect(readsBefore.at(-1)!.startedAt).toBeGreaterThanOrEqual(puts[index - 1]!.endedAt);
      expect(puts[index]!.startedAt).toBeGreaterThanOrEqual(puts[index - 1]!.endedAt);
    }
  }
  const stored = cma.stored(token.id)!;
  return { lost: changes.filter((change) => !change.keptIn(stored)).map((change) => change.kind), stored };
}

describe('three replicas on one PostgreSQL database', () => {
  let cluster: PostgresCluster;
  const stores: Store[] = [];
  let databases = 0;
  const newDatabase = () => cluster.createDatabase(`replicas_${process.pid}_${++databases}`);
  const openOn = async (databaseUrl: string) => {
    const store = await openStore({ databaseUrl, dataDir: null });
    stores.push(store);
    return store;
  };
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close().catch(() => undefined)));
    await cluster?.stop();
  });

  it('apply the migrations once when they start together on a fresh database', async () => {
    const url = await newDatabase();
    const opened = await Promise.allSettled([0, 1, 2].map(() => openOn(url)));
    expect(opened.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const store = (opened[0] as PromiseFulfilledResult<Store>).value;
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(await migrationProvider.getMigrations()).sort());
    // Every replica sees the whole schema.
    for (const result of opened) {
      const tables = await sql<{ count: number }>`select count(*)::int as count from information_schema.tables where table_name in ('access_token_records', 'events')`.execute(
        (result as PromiseFulfilledResult<Store>).value.db,
      );
      expect(tables.rows[0]!.count).toBe(2);
    }
  });

  describe('three concurrent partial updates of one token, each to another replica', () => {
    let replicas: Replicas;
    beforeAll(async () => {
      const url = await newDatabase();
      replicas = await startReplicas(await Promise.all([0, 1, 2].map(() => openOn(url))));
    });
    afterAll(() => replicas?.stop());

    it(`keep every change, and every revocation, in each of ${ROUNDS} rounds`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const { lost, stored } = await raceRound(replicas, round, true);
        expect({ round, lost }).toEqual({ round, lost: [] });
        expect(stored).toMatchObject({ name: `Replicated ${round}`, can_access_cda: false, can_access_cma: false, can_access_cda_preview: false });
        // The official client, as any other caller, reads the same.
        const read = await replicas.cma.client().accessTokens.find(stored.id);
        expect([read.name, read.can_access_cda, read.can_access_cma]).toEqual([`Replicated ${round}`, false, false]);
      }
    }, 60_000);
  });

  it('a replica killed while it holds a token\'s lock does not block the others', async () => {
    const url = await newDatabase();
    const replicas = await startReplicas([await openOn(url)]);
    const survivor = replicas.replicas[0]!;
    const dying = await spawnReplica(replicas.cma.url, url);
    try {
      const token = await replicas.cma.createToken('Held by a dying replica');
      const path = `/access_tokens/${token.id}`;
      // The dying replica's write is held at the CMA: the replica is inside its read-modify-write, lock held.
      const hold = replicas.cma.faults.hold({ method: 'PUT', path, times: 1 });
      const dyingAnswer = fetch(dying.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
        body: JSON.stringify({ query: 'mutation($id: ID!) { updateAccessToken(id: $id, input: { name: "Never written" }) { __typename } }', variables: { id: token.id } }),
      }).catch((error: Error) => error);
      await hold.reached;
      const advisoryLocks = () =>
        sql<{ count: number }>`select count(*)::int as count from pg_locks where locktype = 'advisory' and granted`.execute(survivor.store.db).then((result) => result.rows[0]!.count);
      expect(await advisoryLocks()).toBe(1);

      let answeredAt: number | undefined;
      const survivorAnswer = survivor.execute(UpdateAccessTokenDocument, { id: token.id, input: { canAccessCda: false } }).then((answer) => {
        answeredAt = performance.now();
        return answer;
      });
      // While the dying replica lives, its lock holds the survivor's write back.
      await delay(500);
      expect(answeredAt).toBeUndefined();

      const killedAt = performance.now();
      await killHard(dying.child);
      const answer = await survivorAnswer;
      expectTypename(answer.data!.updateAccessToken, 'UpdateAccessTokenSuccess');
      // PostgreSQL ends the dead replica's transaction as soon as its connection closes.
      expect(answeredAt! - killedAt).toBeLessThan(2_000);
      expect(replicas.cma.stored(token.id)).toMatchObject({ name: 'Held by a dying replica', can_access_cda: false });
      expect(await dyingAnswer).toBeInstanceOf(Error);
      expect(await advisoryLocks()).toBe(0);
      hold.release();
    } finally {
      await killHard(dying.child);
      replicas.cma.faults.clear();
      await replicas.stop();
    }
  });
});

describe('three replicas each on its own PGlite (no shared lock), for contrast', () => {
  let replicas: Replicas;
  const stores: Store[] = [];
  beforeAll(async () => {
    stores.push(...(await Promise.all([0, 1, 2].map(() => openMemoryStore()))));
    replicas = await startReplicas(stores);
  });
  afterAll(async () => {
    await replicas?.stop();
    await Promise.all(stores.map((store) => store.close()));
  });

  it(`lose changes and undo revocations over the same ${ROUNDS} rounds: the shared lock is what keeps them`, async () => {
    const results: RoundResult[] = [];
    for (let round = 0; round < ROUNDS; round++) results.push(await raceRound(replicas, round, false));
    const lostChanges = results.reduce((sum, result) => sum + result.lost.length, 0);
    const roundsLosing = results.filter((result) => result.lost.length > 0).length;
    const revocationsUndone = results.filter((result) => result.lost.includes('revoke')).length;
    console.info(`replicas without a shared lock: ${roundsLosing}/${ROUNDS} rounds lost a change, ${lostChanges} changes lost, ${revocationsUndone} revocations undone`);
    expect(roundsLosing).toBe(ROUNDS);
    expect(revocationsUndone).toBeGreaterThan(0);
  }, 60_000);
});
