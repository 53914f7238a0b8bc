import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';
import { createThroughApi, DELETE, EVENT_FIELDS, gql, historyOf, ok, ROTATE, storedEvents, UPDATE } from './store-support.ts';

// Every write through this API leaves one event in the token's history: its kind, who made it
// (the caller's own token), what changed (as text, never a secret), how it ended, and the request
// that made it. Read back over HTTP, through AccessToken.history and Query.accessTokenEvents.

const ADMIN = { accessTokenId: SEEDED.demoAdmin, name: 'Demo admin token' };
const EXPIRY = '2030-02-03T04:05:06.000Z';
/** The id the server gives a request that came without X-Request-Id. */
const GENERATED_ID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ policy: { requestTimeoutMs: 1_000, readRetries: 2 } });
});
afterEach(() => stack.cma.faults.clear());
afterAll(() => stack.stop());

const update = async (id: string, input: Record<string, unknown>, requestId: string, extra: Record<string, unknown> = {}) =>
  ok(await gql(stack, UPDATE, { id, input, ...extra }, { requestId })).updateAccessToken;

const EVENTS = `query($filter: AccessTokenEventFilter, $first: Int, $after: String) {
  accessTokenEvents(filter: $filter, first: $first, after: $after) { nodes { ${EVENT_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const events = async (filter: Record<string, unknown>, first = 50) => ok(await gql(stack, EVENTS, { filter, first })).accessTokenEvents.nodes as Record<string, any>[];

const BULK_ROTATE = `mutation($select: AccessTokenSelection!) { rotateAccessTokens(select: $select) {
  __typename ... on BulkAccessTokenSuccess { done failed outcomes { id status accessToken { token } } } ... on Error { message } } }`;
const BULK_DELETE = BULK_ROTATE.replace('rotateAccessTokens', 'deleteAccessTokens');
const ROLLOVER = {
  start: `mutation($id: ID!) { startAccessTokenRollover(id: $id) { __typename ... on StartAccessTokenRolloverSuccess { successor { id token } } ... on Error { message } } }`,
  finish: `mutation($id: ID!) { finishAccessTokenRollover(id: $id, force: true) { __typename ... on Error { message } } }`,
  cancel: `mutation($id: ID!) { cancelAccessTokenRollover(id: $id) { __typename ... on Error { message } } }`,
};

describe('each kind of write, as recorded', () => {
  it('CREATED: every field from nothing, by the caller, with the request id', async () => {
    const before = Date.now();
    const token = await createThroughApi(stack, 'Warehouse sync', { owner: 'logistics', expiresAt: EXPIRY }, 'req-create-warehouse');
    const [created, ...older] = await historyOf(stack, token.id);
    expect(older).toEqual([]);
    expect(created).toMatchObject({
      kind: 'CREATED', accessTokenId: token.id, actor: ADMIN, outcome: 'DONE', requestId: 'req-create-warehouse',
      changes: [
        { field: 'name', from: null, to: 'Warehouse sync' },
        { field: 'role', from: null, to: '3' },
        { field: 'canAccessCda', from: null, to: 'true' },
        { field: 'canAccessCdaPreview', from: null, to: 'false' },
        { field: 'canAccessCma', from: null, to: 'true' },
        { field: 'owner', from: null, to: 'logistics' },
        { field: 'expiresAt', from: null, to: EXPIRY },
      ],
    });
    expect(Date.parse(created!.at)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(created!.at)).toBeLessThanOrEqual(Date.now());
  });

  it('UPDATED and METADATA_CHANGED: the fields that changed, from and to, as text', async () => {
    const token = await createThroughApi(stack, 'Search indexer', { owner: 'ana' });
    expect((await update(token.id, { name: 'Search indexer v2', roleId: '2', canAccessCda: false, purpose: 'reindex' }, 'req-update')).__typename).toBe('UpdateAccessTokenSuccess');
    expect((await update(token.id, { owner: 'bruno', expiresAt: EXPIRY }, 'req-metadata')).__typename).toBe('UpdateAccessTokenSuccess');
    expect((await update(token.id, { expiresAt: null, owner: null }, 'req-clear')).__typename).toBe('UpdateAccessTokenSuccess');

    const [cleared, metadata, updated, created] = await historyOf(stack, token.id);
    expect(created!.kind).toBe('CREATED');
    expect(updated).toMatchObject({
      kind: 'UPDATED', actor: ADMIN, outcome: 'DONE', requestId: 'req-update',
      changes: [
        { field: 'name', from: 'Search indexer', to: 'Search indexer v2' },
        { field: 'role', from: '3', to: '2' },
        { field: 'canAccessCda', from: 'true', to: 'false' },
        { field: 'purpose', from: null, to: 'reindex' },
      ],
    });
    expect(metadata).toMatchObject({
      kind: 'METADATA_CHANGED', actor: ADMIN, outcome: 'DONE', requestId: 'req-metadata',
      changes: [{ field: 'owner', from: 'ana', to: 'bruno' }, { field: 'expiresAt', from: null, to: EXPIRY }],
    });
    expect(cleared).toMatchObject({
      kind: 'METADATA_CHANGED', outcome: 'DONE', requestId: 'req-clear',
      changes: [{ field: 'owner', from: 'bruno', to: null }, { field: 'expiresAt', from: EXPIRY, to: null }],
    });
    expect(Number(cleared!.id)).toBeGreaterThan(Number(metadata!.id));
  });

  it('ROTATED: that it happened, and nothing of either secret', async () => {
    const token = await createThroughApi(stack, 'Rotated in history');
    const rotated = ok(await gql(stack, ROTATE, { id: token.id }, { requestId: 'req-rotate' })).rotateAccessToken;
    expect(rotated.__typename).toBe('RotateAccessTokenSuccess');
    const history = await historyOf(stack, token.id);
    expect(history[0]).toMatchObject({ kind: 'ROTATED', actor: ADMIN, outcome: 'DONE', requestId: 'req-rotate', changes: [] });
    const text = JSON.stringify(history);
    expect(text).not.toContain(token.token);
    expect(text).not.toContain(rotated.accessToken.token);
  });

  it('DELETED: what the token was when it was read first, nothing when it was not', async () => {
    const read = await createThroughApi(stack, 'Deleted after reading');
    const blind = await createThroughApi(stack, 'Deleted blind');
    expect(ok(await gql(stack, DELETE, { id: read.id, expectedVersion: read.version }, { requestId: 'req-delete-read' })).deleteAccessToken.__typename).toBe('DeleteAccessTokenSuccess');
    expect(ok(await gql(stack, DELETE, { id: blind.id }, { requestId: 'req-delete-blind' })).deleteAccessToken.__typename).toBe('DeleteAccessTokenSuccess');

    // The tokens are gone: their history is still in the project's feed.
    const [deletedRead] = await events({ accessTokenIds: [read.id] });
    expect(deletedRead).toMatchObject({
      kind: 'DELETED', accessTokenId: read.id, actor: ADMIN, outcome: 'DONE', requestId: 'req-delete-read',
      changes: [
        { field: 'name', from: 'Deleted after reading', to: null },
        { field: 'role', from: '3', to: null },
        { field: 'canAccessCda', from: 'true', to: null },
        { field: 'canAccessCdaPreview', from: 'false', to: null },
        { field: 'canAccessCma', from: 'true', to: null },
      ],
    });
    const blindEvents = await events({ accessTokenIds: [blind.id] });
    expect(blindEvents.map((event) => event.kind)).toEqual(['DELETED', 'CREATED']);
    expect(blindEvents[0]).toMatchObject({ outcome: 'DONE', requestId: 'req-delete-blind', changes: [] });
    // A later read of the list does not take these for deletions made elsewhere.
    ok(await gql(stack, '{ accessTokens { id } }'));
    expect((await events({ accessTokenIds: [read.id, blind.id], kinds: ['DELETED_OUTSIDE'] })).length).toBe(0);
  });

  it('ROLLOVER_STARTED on the original, CREATED on its successor, ROLLOVER_CANCELLED and ROLLOVER_FINISHED on what each deleted', async () => {
    const original = await createThroughApi(stack, 'Rolled over');
    const first = ok(await gql(stack, ROLLOVER.start, { id: original.id }, { requestId: 'req-start-1' })).startAccessTokenRollover;
    expect(first.__typename).toBe('StartAccessTokenRolloverSuccess');
    expect(ok(await gql(stack, ROLLOVER.cancel, { id: original.id }, { requestId: 'req-cancel' })).cancelAccessTokenRollover.__typename).toBe('CancelAccessTokenRolloverSuccess');
    const second = ok(await gql(stack, ROLLOVER.start, { id: original.id }, { requestId: 'req-start-2' })).startAccessTokenRollover;
    expect(ok(await gql(stack, ROLLOVER.finish, { id: original.id }, { requestId: 'req-finish' })).finishAccessTokenRollover.__typename).toBe('FinishAccessTokenRolloverSuccess');

    const ofOriginal = await events({ accessTokenIds: [original.id] });
    expect(ofOriginal.map((event) => [event.kind, event.requestId, event.outcome])).toEqual([
      ['ROLLOVER_FINISHED', 'req-finish', 'DONE'],
      ['ROLLOVER_STARTED', 'req-start-2', 'DONE'],
      ['ROLLOVER_STARTED', 'req-start-1', 'DONE'],
      ['CREATED', GENERATED_ID, 'DONE'],
    ]);
    expect(ofOriginal[1]).toMatchObject({ actor: ADMIN, changes: [{ field: 'successor', from: null, to: second.successor.id }] });
    expect(ofOriginal[2]!.changes).toEqual([{ field: 'successor', from: null, to: first.successor.id }]);
    expect(ofOriginal[0]!.changes).toContainEqual({ field: 'name', from: 'Rolled over', to: null });

    const ofCancelled = await events({ accessTokenIds: [first.successor.id] });
    expect(ofCancelled.map((event) => [event.kind, event.requestId])).toEqual([['ROLLOVER_CANCELLED', 'req-cancel'], ['CREATED', 'req-start-1']]);
    expect(ofCancelled[1]).toMatchObject({ actor: ADMIN, outcome: 'DONE', changes: expect.arrayContaining([{ field: 'name', from: null, to: `Rolled over [rollover of ${original.id}]` }]) });
    const ofSuccessor = await historyOf(stack, second.successor.id);
    expect(ofSuccessor.map((event) => [event.kind, event.requestId])).toEqual([['CREATED', 'req-start-2']]);
    expect(JSON.stringify([ofOriginal, ofCancelled, ofSuccessor])).not.toContain(second.successor.token);
  });

  it('a bulk rotation and a bulk deletion: one event per token, each with the one request id', async () => {
    const tokens = await Promise.all(['Bulk history A', 'Bulk history B', 'Bulk history C'].map((name) => createThroughApi(stack, name)));
    const ids = tokens.map((token) => token.id);
    const rotated = ok(await gql(stack, BULK_ROTATE, { select: { ids } }, { requestId: 'req-bulk-rotate' })).rotateAccessTokens;
    expect(rotated).toMatchObject({ __typename: 'BulkAccessTokenSuccess', done: 3, failed: 0 });
    const deleted = ok(await gql(stack, BULK_DELETE, { select: { ids } }, { requestId: 'req-bulk-delete' })).deleteAccessTokens;
    expect(deleted).toMatchObject({ __typename: 'BulkAccessTokenSuccess', done: 3, failed: 0 });

    for (const id of ids) {
      const history = await events({ accessTokenIds: [id] });
      expect(history.map((event) => [event.kind, event.outcome, event.requestId])).toEqual([
        ['DELETED', 'DONE', 'req-bulk-delete'],
        ['ROTATED', 'DONE', 'req-bulk-rotate'],
        ['CREATED', 'DONE', GENERATED_ID],
      ]);
      expect(history[1]).toMatchObject({ accessTokenId: id, actor: ADMIN, changes: [] });
    }
    const byRequest = (await events({ kinds: ['ROTATED'] })).filter((event) => event.requestId === 'req-bulk-rotate');
    expect(byRequest.map((event) => event.accessTokenId).sort()).toEqual([...ids].sort());
    const secrets = (rotated.outcomes as { accessToken: { token: string } }[]).map((outcome) => outcome.accessToken.token);
    expect(secrets.every((secret) => /^[0-9a-f]{30}$/.test(secret))).toBe(true);
    const text = JSON.stringify(await storedEvents(stack.store));
    for (const secret of [...secrets, ...tokens.map((token) => token.token)]) expect(text).not.toContain(secret);
  });
});

describe('refused and uncertain writes', () => {
  const count = async () => (await storedEvents(stack.store)).length;

  it('a refusal by a check records nothing: validation, built-in attributes, a stale version', async () => {
    const token = await createThroughApi(stack, 'Checked first', { owner: 'kept' });
    const before = await count();
    expect((await update(token.id, { name: '   ' }, 'req-invalid')).__typename).toBe('ValidationError');
    expect((await update(SEEDED.readOnlyBuiltIn, { canAccessCma: true }, 'req-builtin')).__typename).toBe('NonEditableAccessTokenError');
    expect((await update(token.id, { owner: 'lost' }, 'req-stale', { expectedVersion: 'AAAAAAAAAAAAAAAAAAAAAA' })).__typename).toBe('ConflictError');
    const staleDelete = ok(await gql(stack, DELETE, { id: token.id, expectedVersion: 'AAAAAAAAAAAAAAAAAAAAAA' }, { requestId: 'req-stale-delete' })).deleteAccessToken;
    expect(staleDelete.__typename).toBe('ConflictError');
    expect(await count()).toBe(before);
    expect((await historyOf(stack, token.id)).map((event) => event.kind)).toEqual(['CREATED']);
  });

  it('a refusal by the CMA, once the intent is recorded: FAILED, with the changes it asked for', async () => {
    const token = await createThroughApi(stack, 'Refused upstream');
    stack.cma.faults.inject({ kind: 'status', method: 'PUT', path: `/access_tokens/${token.id}`, status: 403, code: 'INSUFFICIENT_PERMISSIONS', times: 1 });
    expect((await update(token.id, { name: 'Never renamed' }, 'req-refused')).__typename).toBe('PermissionDeniedError');
    expect(stack.cma.stored(token.id)!.name).toBe('Refused upstream');
    expect((await historyOf(stack, token.id))[0]).toMatchObject({
      kind: 'UPDATED', outcome: 'FAILED', requestId: 'req-refused', actor: ADMIN,
      changes: [{ field: 'name', from: 'Refused upstream', to: 'Never renamed' }],
    });
  });

  it('a lost answer, settled by reading back: DONE when applied, FAILED when provably not, UNKNOWN when nothing can tell', async () => {
    const token = await createThroughApi(stack, 'Lost answers');
    const path = `/access_tokens/${token.id}`;

    stack.cma.faults.inject({ kind: 'drop_response', method: 'PUT', path, times: 1 });
    expect(await update(token.id, { name: 'Lost but applied' }, 'req-lost-applied')).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', accessToken: { name: 'Lost but applied' } });

    stack.cma.faults.inject({ kind: 'drop_request', method: 'PUT', path, times: 1 });
    expect(await update(token.id, { name: 'Never arrived' }, 'req-lost-request')).toMatchObject({ __typename: 'UpstreamUnavailableError', outcomeUnknown: false });

    // The write's own read of the token passes; every read-back after the lost answer fails.
    stack.cma.faults.inject({ kind: 'latency', latencyMs: 0, method: 'GET', path, times: 1 });
    stack.cma.faults.inject({ kind: 'drop_response', method: 'PUT', path, times: 1 });
    stack.cma.faults.inject({ kind: 'status', status: 503, method: 'GET', path, times: 3 });
    expect(await update(token.id, { name: 'Maybe renamed' }, 'req-lost-unknown')).toMatchObject({ __typename: 'UpstreamUnavailableError', outcomeUnknown: true });
    stack.cma.faults.clear();

    const history = await historyOf(stack, token.id);
    // The undecided rename, which did land, is not taken for a change made elsewhere by the read.
    expect(history.map((event) => event.kind)).toEqual(['UPDATED', 'UPDATED', 'UPDATED', 'CREATED']);
    const [unknown, failed, done] = history;
    expect(done).toMatchObject({ kind: 'UPDATED', outcome: 'DONE', requestId: 'req-lost-applied', changes: [{ field: 'name', from: 'Lost answers', to: 'Lost but applied' }] });
    expect(failed).toMatchObject({ kind: 'UPDATED', outcome: 'FAILED', requestId: 'req-lost-request', changes: [{ field: 'name', from: 'Lost but applied', to: 'Never arrived' }] });
    expect(unknown).toMatchObject({ kind: 'UPDATED', outcome: 'UNKNOWN', requestId: 'req-lost-unknown', changes: [{ field: 'name', from: 'Lost but applied', to: 'Maybe renamed' }] });
    expect(stack.cma.stored(token.id)!.name).toBe('Maybe renamed');
  });
});

describe('paging and filtering', () => {
  it('pages a history newest first with cursors, to its end', async () => {
    const token = await createThroughApi(stack, 'Paged');
    for (const owner of ['o1', 'o2', 'o3', 'o4']) expect((await update(token.id, { owner }, `req-${owner}`)).__typename).toBe('UpdateAccessTokenSuccess');
    const all = await historyOf(stack, token.id);
    expect(all.map((event) => event.requestId)).toEqual(['req-o4', 'req-o3', 'req-o2', 'req-o1', GENERATED_ID]);
    expect(all.map((event) => Number(event.id))).toEqual(all.map((event) => Number(event.id)).sort((a, b) => b - a));

    const PAGE = `query($id: ID!, $after: String) { accessToken(id: $id) { history(first: 2, after: $after) {
      edges { cursor node { id } } nodes { id } pageInfo { hasNextPage endCursor } } } }`;
    const pages: Record<string, any>[] = [];
    let after: string | null = null;
    do {
      const page: Record<string, any> = ok(await gql(stack, PAGE, { id: token.id, after })).accessToken.history;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 10);
    expect(pages.map((page) => page.nodes.length)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.flatMap((page) => page.nodes.map((node: { id: string }) => node.id))).toEqual(all.map((event) => event.id));
    for (const page of pages) {
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      expect(page.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(page.nodes.map((node: { id: string }) => node.id));
    }

    const bad = await gql(stack, PAGE, { id: token.id, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const tooMany = await gql(stack, `query($id: ID!) { accessToken(id: $id) { history(first: 101) { nodes { id } } } }`, { id: token.id });
    expect(tooMany.errors?.length).toBeGreaterThan(0);
    expect(tooMany.data?.accessToken?.history ?? null).toBeNull();
  });

  it('filters the project feed by tokens, kinds and time', async () => {
    const a = await createThroughApi(stack, 'Feed A');
    const b = await createThroughApi(stack, 'Feed B');
    const c = await createThroughApi(stack, 'Feed C');
    await update(a.id, { owner: 'a' }, 'req-feed-a');
    await update(b.id, { name: 'Feed B renamed' }, 'req-feed-b');
    const since = (await historyOf(stack, b.id))[0]!.at as string;
    ok(await gql(stack, ROTATE, { id: c.id }, { requestId: 'req-feed-c' }));

    const ofAB = await events({ accessTokenIds: [a.id, b.id] });
    expect(ofAB.map((event) => [event.accessTokenId, event.kind])).toEqual([
      [b.id, 'UPDATED'], [a.id, 'METADATA_CHANGED'], [b.id, 'CREATED'], [a.id, 'CREATED'],
    ]);
    const kinds = await events({ accessTokenIds: [a.id, b.id, c.id], kinds: ['METADATA_CHANGED', 'ROTATED'] });
    expect(kinds.map((event) => [event.accessTokenId, event.kind])).toEqual([[c.id, 'ROTATED'], [a.id, 'METADATA_CHANGED']]);
    const recent = await events({ accessTokenIds: [a.id, b.id, c.id], since });
    expect(recent.map((event) => [event.accessTokenId, event.kind])).toEqual([[c.id, 'ROTATED'], [b.id, 'UPDATED']]);
    expect(await events({ accessTokenIds: [a.id], kinds: ['DELETED'] })).toEqual([]);

    // The feed pages like a history.
    const first = ok(await gql(stack, EVENTS, { filter: { accessTokenIds: [a.id, b.id, c.id] }, first: 3 })).accessTokenEvents;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok(await gql(stack, EVENTS, { filter: { accessTokenIds: [a.id, b.id, c.id] }, first: 3, after: first.pageInfo.endCursor })).accessTokenEvents;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...rest.nodes].map((event: { kind: string }) => event.kind)).toEqual(['ROTATED', 'UPDATED', 'METADATA_CHANGED', 'CREATED', 'CREATED', 'CREATED']);
  });
});
