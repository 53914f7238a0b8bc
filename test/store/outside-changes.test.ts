import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LastSeenState } from '../../src/store/database.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';
import { calls, createThroughApi, gql, historyOf, newToken, ok, storedEvents, storeKinds, UPDATE } from './store-support.ts';

// Changes made elsewhere (the DatoCMS dashboard, another script) are found whenever the API reads
// the token list, by comparing what the CMA shows with what was last recorded: in that same
// request, with no extra CMA call, and once only however many reads see them at the same moment.
// On PGlite, and on PostgreSQL where concurrent reads really run side by side.

const kinds = storeKinds();
afterAll(() => kinds.stopAll());

const LIST = '{ accessTokens { id name } }';
const CREATE_NAMED = `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { __typename } }`;
const START_ROLLOVER = `mutation($id: ID!) { startAccessTokenRollover(id: $id) { __typename } }`;
const eventsOf = async (stack: TestStack, tokenId: string, kind: string) =>
  (await storedEvents(stack.store)).filter((event) => event.resource_id === tokenId && event.kind === kind);

describe.each(['pglite', 'postgres'] as const)('on %s', (kind) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ store: await kinds.open(kind) });
    // The first read learns the caller's project (GET /site) and records the seeded tokens.
    ok(await gql(stack, LIST));
  });
  afterEach(() => stack.cma.faults.clear());
  afterAll(() => stack?.stop());

  /** One read of the list, and the CMA calls it made. */
  const readList = async () => {
    let names: { id: string; name: string }[] = [];
    const upstream = await stack.upstreamDuring(async () => {
      names = ok(await gql(stack, LIST)).accessTokens;
    });
    return { names, calls: calls(upstream) };
  };

  /**
   * `count` reads of the list at once, each holding its list request until the next one has
   * reached the CMA: every read has loaded the store's records before any of them records a change.
   */
  const concurrentReads = async (count: number) => {
    for (let index = 1; index < count; index++) {
      stack.cma.faults.hold({ method: 'GET', path: '/access_tokens', times: 1, releasedBy: { method: 'GET', path: '/access_tokens' } });
    }
    const upstream = await stack.upstreamDuring(() => Promise.all(Array.from({ length: count }, () => gql(stack, LIST).then(ok))));
    return calls(upstream);
  };

  it('APPEARED: a token created on the CMA directly, found by the next list read with no extra call', async () => {
    const made = await stack.cma.createToken('Made in the dashboard');
    const before = Date.now();
    const { names, calls: upstream } = await readList();
    expect(names).toContainEqual({ id: made.id, name: 'Made in the dashboard' });
    expect(upstream).toEqual(['GET /access_tokens']);

    const [appeared, ...rest] = await historyOf(stack, made.id);
    expect(rest).toEqual([]);
    expect(appeared).toMatchObject({
      kind: 'APPEARED', accessTokenId: made.id, actor: null, outcome: 'DONE', requestId: null,
      changes: [
        { field: 'name', from: null, to: 'Made in the dashboard' },
        { field: 'role', from: null, to: SEEDED.roles.editorial },
        { field: 'canAccessCda', from: null, to: 'true' },
        { field: 'canAccessCdaPreview', from: null, to: 'false' },
        { field: 'canAccessCma', from: null, to: 'true' },
      ],
    });
    const token = ok(await gql(stack, 'query($id: ID!) { accessToken(id: $id) { createdAt createdBy { name } firstSeenAt } }', { id: made.id })).accessToken;
    expect(token).toMatchObject({ createdAt: null, createdBy: null });
    expect(Date.parse(token.firstSeenAt)).toBeGreaterThanOrEqual(before - 1_000);
    // First seen by the read that recorded it appearing.
    expect(Math.abs(Date.parse(token.firstSeenAt) - Date.parse(appeared!.at))).toBeLessThan(1_000);
  });

  it('CHANGED_OUTSIDE: a rename and a flag flip made on the CMA directly, the fields from and to', async () => {
    const token = await createThroughApi(stack, 'Changed elsewhere');
    await stack.cma.client().accessTokens.update(token.id, { name: 'Renamed in the dashboard', can_access_cda: false, can_access_cda_preview: false, can_access_cma: true });
    const { calls: read } = await readList();
    expect(read).toEqual(['GET /access_tokens']);
    const [changed, created] = await historyOf(stack, token.id);
    expect(created!.kind).toBe('CREATED');
    expect(changed).toMatchObject({
      kind: 'CHANGED_OUTSIDE', actor: null, outcome: 'DONE', requestId: null,
      changes: [{ field: 'name', from: 'Changed elsewhere', to: 'Renamed in the dashboard' }, { field: 'canAccessCda', from: 'true', to: 'false' }],
    });
    // Recorded as the new last state: another read finds nothing more.
    await readList();
    expect((await historyOf(stack, token.id)).length).toBe(2);
  });

  it('DELETED_OUTSIDE: a token deleted on the CMA directly; its record and history stay', async () => {
    const token = await createThroughApi(stack, 'Deleted elsewhere', { owner: 'kept after deletion' });
    await stack.cma.client().accessTokens.destroy(token.id);
    const { names, calls: read } = await readList();
    expect(names.some((listed) => listed.id === token.id)).toBe(false);
    expect(read).toEqual(['GET /access_tokens']);
    const gone = ok(await gql(stack, 'query($ids: [ID!]) { accessTokenEvents(filter: { accessTokenIds: $ids }) { nodes { kind actor { name } changes { field } outcome requestId } } }', { ids: [token.id] })).accessTokenEvents.nodes;
    expect(gone).toEqual([
      { kind: 'DELETED_OUTSIDE', actor: null, changes: [], outcome: 'DONE', requestId: null },
      expect.objectContaining({ kind: 'CREATED' }),
    ]);
    const record = await stack.store.db.selectFrom('access_token_records').selectAll().where('token_id', '=', token.id).executeTakeFirstOrThrow();
    expect(record.owner).toBe('kept after deletion');
    expect(record.deleted_at).toBeInstanceOf(Date);
  });

  it('each change is recorded once, however many reads see it at the same moment', async () => {
    const changed = await createThroughApi(stack, 'Seen by many');
    const deleted = await createThroughApi(stack, 'Gone for many');
    const appeared = await stack.cma.createToken('New to many');
    await stack.cma.client().accessTokens.update(changed.id, { name: 'Seen by many (renamed)', can_access_cda: true, can_access_cda_preview: true, can_access_cma: true });
    await stack.cma.client().accessTokens.destroy(deleted.id);

    // One list call per read, no other: the comparison costs the CMA nothing.
    expect(await concurrentReads(4)).toEqual(Array(4).fill('GET /access_tokens'));
    expect(await eventsOf(stack, appeared.id, 'APPEARED')).toHaveLength(1);
    expect(await eventsOf(stack, changed.id, 'CHANGED_OUTSIDE')).toHaveLength(1);
    expect(await eventsOf(stack, deleted.id, 'DELETED_OUTSIDE')).toHaveLength(1);
    expect((await eventsOf(stack, changed.id, 'CHANGED_OUTSIDE'))[0]!.changes).toEqual([
      { field: 'name', from: 'Seen by many', to: 'Seen by many (renamed)' },
      { field: 'canAccessCdaPreview', from: 'false', to: 'true' },
    ]);
    const records = await stack.store.db.selectFrom('access_token_records').select(['token_id']).where('token_id', '=', appeared.id).execute();
    expect(records).toHaveLength(1);
  });

  it('a write in flight is not taken for a change made elsewhere by a read that sees its result first', async () => {
    const token = await createThroughApi(stack, 'In flight');
    // The CMA applies the rename at once and is slow to answer it.
    stack.cma.faults.inject({ kind: 'stall_body', latencyMs: 600, method: 'PUT', path: `/access_tokens/${token.id}`, times: 1 });
    const write = gql(stack, UPDATE, { id: token.id, input: { name: 'In flight (renamed)' } }, { requestId: 'req-in-flight' });
    while (stack.cma.stored(token.id)!.name !== 'In flight (renamed)') await new Promise((resolve) => setTimeout(resolve, 10));
    const { names } = await readList();
    expect(names).toContainEqual({ id: token.id, name: 'In flight (renamed)' });
    expect(ok(await write).updateAccessToken.__typename).toBe('UpdateAccessTokenSuccess');
    await readList();
    expect((await historyOf(stack, token.id)).map((event) => [event.kind, event.outcome])).toEqual([['UPDATED', 'DONE'], ['CREATED', 'DONE']]);
  });

  it.each([
    ['a creation', 'Created in flight', (name: string) => ({ query: CREATE_NAMED, variables: newToken(name) })],
    ['a rollover\'s successor', 'Rolled in flight [rollover of 106]', () => ({ query: START_ROLLOVER, variables: { id: SEEDED.ciDeploy } })],
  ])('%s in flight is not taken for a token created elsewhere by a read that lists it first', async (_case, name, mutation) => {
    if (name.startsWith('Rolled')) await stack.cma.client().accessTokens.update(SEEDED.ciDeploy, { name: 'Rolled in flight', can_access_cda: false, can_access_cda_preview: false, can_access_cma: true });
    // The CMA creates the token at once and is slow to answer.
    stack.cma.faults.inject({ kind: 'stall_body', latencyMs: 600, method: 'POST', path: '/access_tokens', times: 1 });
    const { query, variables } = mutation(name);
    const write = gql(stack, query, variables);
    while (!stack.cma.store.data.access_tokens.some((token) => token.name === name)) await new Promise((resolve) => setTimeout(resolve, 10));
    const created = stack.cma.store.data.access_tokens.find((token) => token.name === name)!;
    expect((await readList()).names).toContainEqual({ id: created.id, name });
    expect(ok(await write)).not.toHaveProperty('errors');
    await readList();
    expect((await historyOf(stack, created.id)).map((event) => [event.kind, event.outcome])).toEqual([['CREATED', 'DONE']]);
    expect(ok(await gql(stack, 'query($id: ID!) { accessToken(id: $id) { createdBy { accessTokenId } } }', { id: created.id })).accessToken.createdBy).toEqual({ accessTokenId: SEEDED.demoAdmin });
  });

  describe('writes whose server stopped before recording their outcome', () => {
    const projectId = () => stack.cma.store.data.site.id;
    const stateOf = (id: string): LastSeenState => {
      const stored = stack.cma.stored(id)!;
      return { name: stored.name, roleId: stored.role_id, canAccessCda: stored.can_access_cda, canAccessCdaPreview: stored.can_access_cda_preview, canAccessCma: stored.can_access_cma, hardcodedType: stored.hardcoded_type };
    };
    /** An intent as the write protocol records it, `ageMs` old, never settled. */
    const leavePending = (tokenId: string, kind: string, intended: unknown, ageMs: number, changes: unknown[] = []) =>
      stack.store.db
        .insertInto('events')
        .values({
          project_id: projectId(), resource_type: 'access_token', resource_id: tokenId, kind, at: new Date(Date.now() - ageMs),
          actor_token_id: SEEDED.demoAdmin, actor_name: 'Demo admin token', changes: JSON.stringify(changes), outcome: 'PENDING',
          request_id: `req-crashed-${kind}-${tokenId}`, intended: intended === null ? null : JSON.stringify(intended),
        })
        .returning('seq')
        .executeTakeFirstOrThrow();
    const outcomeOf = async (seq: number) => (await stack.store.db.selectFrom('events').select(['outcome', 'settled_at']).where('seq', '=', seq).executeTakeFirstOrThrow());
    const TEN_MINUTES = 10 * 60_000;

    it('settles them from what the next read shows: DONE if applied, FAILED if provably not, UNKNOWN for a rotation', async () => {
      const applied = await createThroughApi(stack, 'Crashed after the PUT');
      const notSent = await createThroughApi(stack, 'Crashed before the PUT');
      const rotated = await createThroughApi(stack, 'Crashed around a rotation');
      // The PUT reached the CMA; the server died before recording it.
      await stack.cma.client().accessTokens.update(applied.id, { name: 'Renamed before the crash', can_access_cda: true, can_access_cda_preview: false, can_access_cma: true });
      const appliedIntent = await leavePending(applied.id, 'UPDATED', { state: stateOf(applied.id) }, TEN_MINUTES, [{ field: 'name', from: 'Crashed after the PUT', to: 'Renamed before the crash' }]);
      const notSentIntent = await leavePending(notSent.id, 'UPDATED', { state: { ...stateOf(notSent.id), name: 'Never renamed' } }, TEN_MINUTES);
      const rotationIntent = await leavePending(rotated.id, 'ROTATED', null, TEN_MINUTES);

      // A read of one token settles its own intent; the list read settles the others.
      const single = ok(await gql(stack, 'query($id: ID!) { accessToken(id: $id) { name owner } }', { id: applied.id })).accessToken;
      expect(single).toEqual({ name: 'Renamed before the crash', owner: null });
      expect(await outcomeOf(appliedIntent.seq)).toMatchObject({ outcome: 'DONE', settled_at: expect.any(Date) });
      expect((await outcomeOf(notSentIntent.seq)).outcome).toBe('PENDING');
      await readList();
      expect((await outcomeOf(notSentIntent.seq)).outcome).toBe('FAILED');
      expect((await outcomeOf(rotationIntent.seq)).outcome).toBe('UNKNOWN');

      // The applied write is the token's latest state, not a change made elsewhere.
      expect((await historyOf(stack, applied.id)).map((event) => [event.kind, event.outcome, event.requestId])).toEqual([
        ['UPDATED', 'DONE', `req-crashed-UPDATED-${applied.id}`],
        ['CREATED', 'DONE', expect.any(String)],
      ]);
      expect(await eventsOf(stack, notSent.id, 'CHANGED_OUTSIDE')).toEqual([]);
      // Settled once: later reads leave them as they are.
      await readList();
      expect((await storedEvents(stack.store)).filter((event) => [appliedIntent.seq, notSentIntent.seq, rotationIntent.seq].includes(event.seq)).map((event) => event.outcome)).toEqual(['DONE', 'FAILED', 'UNKNOWN']);
    });

    it.each(['DELETED', 'ROLLOVER_FINISHED', 'ROLLOVER_CANCELLED'])('settles a crashed %s as done when the token is gone, not as a deletion made elsewhere', async (kind) => {
      const token = await createThroughApi(stack, `Crashed ${kind}`);
      await stack.cma.client().accessTokens.destroy(token.id);
      const intent = await leavePending(token.id, kind, { deleted: true }, TEN_MINUTES);
      await readList();
      expect((await outcomeOf(intent.seq)).outcome).toBe('DONE');
      const events = (await storedEvents(stack.store)).filter((event) => event.resource_id === token.id);
      expect(events.map((event) => [event.kind, event.outcome])).toEqual([['CREATED', 'DONE'], [kind, 'DONE']]);
      const record = await stack.store.db.selectFrom('access_token_records').select('deleted_at').where('token_id', '=', token.id).executeTakeFirstOrThrow();
      expect(record.deleted_at).toBeInstanceOf(Date);
    });

    it('leaves a young intent to its write (it may still be in flight), and shows it as UNKNOWN meanwhile', async () => {
      const token = await createThroughApi(stack, 'Young intent');
      await stack.cma.client().accessTokens.update(token.id, { name: 'Being renamed', can_access_cda: true, can_access_cda_preview: false, can_access_cma: true });
      const intent = await leavePending(token.id, 'UPDATED', { state: stateOf(token.id) }, 0);
      await readList();
      expect((await outcomeOf(intent.seq)).outcome).toBe('PENDING');
      expect(await eventsOf(stack, token.id, 'CHANGED_OUTSIDE')).toEqual([]);
      expect((await historyOf(stack, token.id))[0]).toMatchObject({ kind: 'UPDATED', outcome: 'UNKNOWN' });
    });

    it('settles a crashed intent once when several reads see it at once', async () => {
      const token = await createThroughApi(stack, 'Crashed, read by many');
      await stack.cma.client().accessTokens.update(token.id, { name: 'Crashed, read by many (renamed)', can_access_cda: false, can_access_cda_preview: false, can_access_cma: true });
      const intent = await leavePending(token.id, 'UPDATED', { state: stateOf(token.id) }, TEN_MINUTES);
      await concurrentReads(3);
      const events = (await storedEvents(stack.store)).filter((event) => event.resource_id === token.id);
      expect(events.map((event) => [event.kind, event.outcome])).toEqual([['CREATED', 'DONE'], ['UPDATED', 'DONE']]);
      expect(events[1]!.seq).toBe(intent.seq);
    });

    it('settles a crashed creation by the one new token in its state: CREATED with its creator and metadata, not APPEARED', async () => {
      // The POST reached the CMA; the server died before recording the new token.
      const made = await stack.cma.createToken('Created before the crash');
      const intended = { state: stateOf(made.id) };
      const intent = await leavePending('', 'CREATED', intended, TEN_MINUTES, [
        { field: 'name', from: null, to: 'Created before the crash' },
        { field: 'owner', from: null, to: 'crash survivors' },
        { field: 'expiresAt', from: null, to: '2033-01-01T00:00:00.000Z' },
      ]);
      // A creation that never reached the CMA: no token matches it.
      const lost = await leavePending('', 'CREATED', { state: { ...intended.state, name: 'Never created' } }, TEN_MINUTES);
      await concurrentReads(2);

      const settled = await stack.store.db.selectFrom('events').selectAll().where('seq', '=', intent.seq).executeTakeFirstOrThrow();
      expect(settled).toMatchObject({ outcome: 'DONE', resource_id: made.id });
      expect((await historyOf(stack, made.id)).map((event) => [event.kind, event.outcome, event.requestId])).toEqual([['CREATED', 'DONE', 'req-crashed-CREATED-']]);
      const token = ok(await gql(stack, 'query($id: ID!) { accessToken(id: $id) { owner expiresAt createdAt createdBy { accessTokenId name } firstSeenAt } }', { id: made.id })).accessToken;
      expect(token).toEqual({
        owner: 'crash survivors', expiresAt: '2033-01-01T00:00:00.000Z', createdAt: settled.at.toISOString(),
        createdBy: { accessTokenId: SEEDED.demoAdmin, name: 'Demo admin token' }, firstSeenAt: settled.at.toISOString(),
      });
      // Settled as what it is, so that no token made later in that state is taken for it.
      expect(await outcomeOf(lost.seq)).toMatchObject({ outcome: 'UNKNOWN', settled_at: expect.any(Date) });
      const later = await stack.cma.createToken('Never created');
      await readList();
      expect((await historyOf(stack, later.id)).map((event) => event.kind)).toEqual(['APPEARED']);
    });

    it('settles crashed writes of every kind once, and records nothing else, under five concurrent reads, round after round', async () => {
      // Each reader may see an intent pending, or settled by another with its effect recorded.
      const wrong: string[] = [];
      for (let round = 0; round < 8; round++) {
        const updated = await createThroughApi(stack, `Round ${round} update`);
        await stack.cma.client().accessTokens.update(updated.id, { name: `Round ${round} updated`, can_access_cda: false, can_access_cda_preview: false, can_access_cma: true });
        await leavePending(updated.id, 'UPDATED', { state: stateOf(updated.id) }, TEN_MINUTES);
        const finished = await createThroughApi(stack, `Round ${round} finished`);
        await stack.cma.client().accessTokens.destroy(finished.id);
        await leavePending(finished.id, 'ROLLOVER_FINISHED', { deleted: true }, TEN_MINUTES);
        const created = await stack.cma.createToken(`Round ${round} created`);
        const creation = await leavePending('', 'CREATED', { state: stateOf(created.id) }, TEN_MINUTES, [{ field: 'owner', from: null, to: `owner ${round}` }]);
        await concurrentReads(5);

        const events = await storedEvents(stack.store);
        const kindsOf = (id: string) => events.filter((event) => event.resource_id === id).map((event) => `${event.kind}:${event.outcome}`).join(' ');
        const record = await stack.store.db.selectFrom('access_token_records').selectAll().where('token_id', '=', created.id).executeTakeFirstOrThrow();
        const got = [kindsOf(updated.id), kindsOf(finished.id), kindsOf(created.id), `${record.owner} ${record.created_at?.getTime() === events.find((event) => event.seq === creation.seq)!.at.getTime()}`];
        const expected = ['CREATED:DONE UPDATED:DONE', 'CREATED:DONE ROLLOVER_FINISHED:DONE', 'CREATED:DONE', `owner ${round} true`];
        if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`round ${round}: ${JSON.stringify(got)}`);
      }
      expect(wrong).toEqual([]);
    }, 60_000);

    it('leaves a token matching a young creation to that creation', async () => {
      const made = await stack.cma.createToken('Being created');
      await leavePending('', 'CREATED', { state: stateOf(made.id) }, 0);
      await readList();
      expect(await eventsOf(stack, made.id, 'APPEARED')).toEqual([]);
    });
  });
});

describe('a write whose answer was lost, with a short grace', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ pendingGraceMs: 1_500, policy: { requestTimeoutMs: 1_000, readRetries: 2 } });
  });
  afterEach(() => stack.cma.faults.clear());
  afterAll(() => stack?.stop());

  it('is UNKNOWN while no read-back can tell, then decided by the first read after the grace', async () => {
    const token = await createThroughApi(stack, 'Undecided');
    const path = `/access_tokens/${token.id}`;
    // The write's own read passes; the PUT lands but its answer is lost; every read-back fails.
    stack.cma.faults.inject({ kind: 'latency', latencyMs: 0, method: 'GET', path, times: 1 });
    stack.cma.faults.inject({ kind: 'drop_response', method: 'PUT', path, times: 1 });
    stack.cma.faults.inject({ kind: 'status', status: 503, method: 'GET', path, times: 3 });
    const answer = ok(await gql(stack, UPDATE, { id: token.id, input: { name: 'Undecided (renamed)' } }, { requestId: 'req-undecided' })).updateAccessToken;
    expect(answer).toMatchObject({ __typename: 'UpstreamUnavailableError', outcomeUnknown: true });
    stack.cma.faults.clear();
    expect(stack.cma.stored(token.id)!.name).toBe('Undecided (renamed)');
    expect((await historyOf(stack, token.id)).map((event) => [event.kind, event.outcome, event.requestId])).toEqual([
      ['UPDATED', 'UNKNOWN', 'req-undecided'], ['CREATED', 'DONE', expect.any(String)],
    ]);

    await new Promise((resolve) => setTimeout(resolve, 1_600));
    ok(await gql(stack, LIST));
    expect((await historyOf(stack, token.id)).map((event) => [event.kind, event.outcome, event.requestId])).toEqual([
      ['UPDATED', 'DONE', 'req-undecided'], ['CREATED', 'DONE', expect.any(String)],
    ]);
    ok(await gql(stack, LIST));
    expect(await eventsOf(stack, token.id, 'CHANGED_OUTSIDE')).toEqual([]);
  });

  it('is settled by the first read after the grace, not taken for a change made elsewhere', async () => {
    const token = await createThroughApi(stack, 'Short grace');
    // The write's outcome is never recorded: the store refuses the one statement that settles it.
    const seq = (await storedEvents(stack.store)).at(-1)!.seq + 1;
    await sql`create or replace function refuse_settle() returns trigger language plpgsql as $$ begin raise exception 'store failing'; end $$`.execute(stack.store.db);
    await sql`create trigger refuse_settle before update on events for each row when (old.outcome = 'PENDING') execute function refuse_settle()`.execute(stack.store.db);
    // Only the CMA's fields: with the store refusing to settle, what it keeps cannot be shown either.
    const RENAME = `mutation($id: ID!) { updateAccessToken(id: $id, input: { name: "Short grace (renamed)" }) { __typename ... on UpdateAccessTokenSuccess { accessToken { name } } } }`;
    const renamed = ok(await gql(stack, RENAME, { id: token.id }, { requestId: 'req-unsettled' })).updateAccessToken;
    // The CMA did it and the caller learns so, though the outcome could not be recorded.
    expect(renamed).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', accessToken: { name: 'Short grace (renamed)' } });
    expect((await storedEvents(stack.store)).find((event) => event.seq === seq)).toMatchObject({ kind: 'UPDATED', outcome: 'PENDING', request_id: 'req-unsettled' });
    await sql`drop trigger refuse_settle on events`.execute(stack.store.db);

    await new Promise((resolve) => setTimeout(resolve, 1_600));
    ok(await gql(stack, LIST));
    expect((await historyOf(stack, token.id)).map((event) => [event.kind, event.outcome, event.requestId])).toEqual([
      ['UPDATED', 'DONE', 'req-unsettled'],
      ['CREATED', 'DONE', expect.any(String)],
    ]);
    expect(ok(await gql(stack, 'query($id: ID!) { accessToken(id: $id) { name } }', { id: token.id })).accessToken.name).toBe('Short grace (renamed)');
  });
});
