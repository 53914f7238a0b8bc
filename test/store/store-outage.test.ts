import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/connect.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { calls, CREATE, DELETE, gql, newToken, ok, ROTATE, storedEvents, UPDATE } from './store-support.ts';

// The PostgreSQL server stops under a running API and comes back. Meanwhile reads still answer
// what the CMA says (only what the store keeps is null, with STORE_UNAVAILABLE), every write is
// refused with StoreUnavailableError before it is sent, and /readiness says 503. Once the server is
// back, the same process serves everything again: no restart.

let cluster: PostgresCluster;
let store: Store;
let stack: TestStack;
beforeAll(async () => {
  cluster = await startPostgresCluster();
  store = await openStore({ databaseUrl: await cluster.createDatabase('outage'), dataDir: null });
  stack = await startTestStack({ store });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  await store?.close();
  await cluster?.stop();
}, 60_000);

const readiness = async () => {
  const response = await fetch(new URL('/readiness', stack.url));
  return { status: response.status, body: (await response.json()) as { status: string; cma: string; store: string } };
};
const LIST = '{ accessTokens { id version name canAccessCma owner purpose expiresAt createdAt firstSeenAt } }';
const BULK_ROTATE = `mutation($ids: [ID!]) { rotateAccessTokens(select: { ids: $ids }) {
  __typename ... on BulkAccessTokenSuccess { done failed outcomes { id status error { __typename } } } ... on Error { message } } }`;
const START = `mutation($id: ID!) { startAccessTokenRollover(id: $id) { __typename ... on Error { message } } }`;
const UPDATE_ROLE = `mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { __typename ... on Error { message } } }`;

describe('a store that stops answering', () => {
  it('costs the metadata, not the answer; refuses every write before it is sent; and comes back by itself', async () => {
    // Before: metadata set, everything ready.
    const owned = ok(await gql(stack, UPDATE, { id: SEEDED.publicCda, input: { owner: 'web team' } })).updateAccessToken;
    expect(owned.accessToken.owner).toBe('web team');
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', cma: expect.stringMatching(/^reachable/), store: 'reachable' } });
    const eventsBefore = (await storedEvents(store)).length;

    await cluster.pause();

    // Reads: the CMA's data, metadata null with STORE_UNAVAILABLE on each such field.
    const read = await gql(stack, LIST);
    expect(read.status).toBe(200);
    const tokens = read.data!.accessTokens as Record<string, unknown>[];
    expect(tokens.map((token) => token.id)).toEqual(stack.cma.store.data.access_tokens.map((token) => token.id));
    expect(tokens.find((token) => token.id === SEEDED.publicCda)).toMatchObject({ name: 'Public CDA token', canAccessCma: false, owner: null, purpose: null, expiresAt: null, createdAt: null, firstSeenAt: null });
    expect(tokens.every((token) => typeof token.version === 'string')).toBe(true);
    expect(read.errors!.length).toBe(tokens.length * 5);
    expect(new Set(read.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['STORE_UNAVAILABLE']));
    expect(read.errors!.map((error) => error.path!.at(-1))).toEqual(expect.arrayContaining(['owner', 'purpose', 'expiresAt', 'createdAt', 'firstSeenAt']));
    const history = await gql(stack, `query($id: ID!) { accessToken(id: $id) { name history { nodes { id } } } }`, { id: SEEDED.publicCda });
    expect(history.data).toEqual({ accessToken: { name: 'Public CDA token', history: null } });
    expect(history.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['accessToken', 'history'], 'STORE_UNAVAILABLE']]);
    const feed = await gql(stack, '{ accessTokenEvents { nodes { id } } }');
    expect(feed.errors?.map((error) => error.extensions?.code)).toEqual(['STORE_UNAVAILABLE']);
    // What needs the policy: null with STORE_UNAVAILABLE (never a masked surprise), the CMA's data beside it intact.
    const policyRead = await gql(stack, `query($id: ID!) { tokenPolicy { onExpiry } accessToken(id: $id) { name reviewDue } }`, { id: SEEDED.publicCda });
    expect(policyRead.data).toEqual({ tokenPolicy: null, accessToken: { name: 'Public CDA token', reviewDue: null } });
    expect(policyRead.errors?.map((error) => [error.path!.join('.'), error.extensions?.code]).sort()).toEqual([
      ['accessToken.reviewDue', 'STORE_UNAVAILABLE'],
      ['tokenPolicy', 'STORE_UNAVAILABLE'],
    ]);
    // No secret or bearer in what the client is told.
    expect(JSON.stringify([read, history, feed])).not.toMatch(/test-admin-token|[0-9a-f]{30}/);

    // Writes: refused, typed, nothing sent to the CMA but reads.
    const secret = stack.cma.secretOf(SEEDED.previewDrafts);
    const stored = structuredClone(stack.cma.store.data.access_tokens);
    const roles = structuredClone(stack.cma.store.data.roles);
    const answers: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      answers.metadata = ok(await gql(stack, UPDATE, { id: SEEDED.publicCda, input: { owner: 'nobody' } })).updateAccessToken;
      answers.update = ok(await gql(stack, UPDATE, { id: SEEDED.previewDrafts, input: { name: 'Renamed while down' } })).updateAccessToken;
      answers.create = ok(await gql(stack, CREATE, newToken('Created while down'))).createAccessToken;
      answers.rotate = ok(await gql(stack, ROTATE, { id: SEEDED.previewDrafts })).rotateAccessToken;
      answers.delete = ok(await gql(stack, DELETE, { id: SEEDED.ciDeploy })).deleteAccessToken;
      answers.rollover = ok(await gql(stack, START, { id: SEEDED.ciDeploy })).startAccessTokenRollover;
      answers.role = ok(await gql(stack, UPDATE_ROLE, { id: SEEDED.roles.contributor, input: { name: 'Renamed while down' } })).updateRole;
      answers.bulk = ok(await gql(stack, BULK_ROTATE, { ids: [SEEDED.previewDrafts, SEEDED.ciDeploy] })).rotateAccessTokens;
    });
    for (const name of ['metadata', 'update', 'create', 'rotate', 'delete', 'rollover', 'role']) {
      expect([name, answers[name].__typename]).toEqual([name, 'StoreUnavailableError']);
      expect(answers[name].message).toMatch(/store .* could not be reached.*nothing changed/);
    }
    // A bulk call answers per token: each refused alike.
    expect(answers.bulk).toMatchObject({
      __typename: 'BulkAccessTokenSuccess', done: 0, failed: 2,
      outcomes: [
        { id: SEEDED.previewDrafts, status: 'FAILED', error: { __typename: 'StoreUnavailableError' } },
        { id: SEEDED.ciDeploy, status: 'FAILED', error: { __typename: 'StoreUnavailableError' } },
      ],
    });
    expect(calls(upstream).filter((call) => !call.startsWith('GET '))).toEqual([]);
    expect(stack.cma.store.data.access_tokens).toEqual(stored);
    expect(stack.cma.store.data.roles).toEqual(roles);
    expect(stack.cma.secretOf(SEEDED.previewDrafts)).toBe(secret);

    const down = await readiness();
    expect(down).toEqual({ status: 503, body: { status: 'not ready', cma: expect.stringMatching(/^reachable/), store: expect.stringMatching(/^unreachable/) } });

    await cluster.resume();

    // Back with no restart: ready, metadata answered, writes recorded.
    let up = await readiness();
    for (let attempt = 0; up.status !== 200 && attempt < 20; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      up = await readiness();
    }
    expect(up).toEqual({ status: 200, body: { status: 'ready', cma: expect.stringMatching(/^reachable/), store: 'reachable' } });
    const after = await gql(stack, LIST);
    expect(after.errors).toBeUndefined();
    expect((after.data!.accessTokens as Record<string, unknown>[]).find((token) => token.id === SEEDED.publicCda)).toMatchObject({ owner: 'web team', firstSeenAt: expect.any(String) });
    // Nothing was recorded of the refused writes.
    expect((await storedEvents(store)).length).toBe(eventsBefore);

    const renamed = ok(await gql(stack, UPDATE, { id: SEEDED.previewDrafts, input: { name: 'Renamed once back', owner: 'previews' } }, { requestId: 'req-after-outage' })).updateAccessToken;
    expect(renamed).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', accessToken: { name: 'Renamed once back', owner: 'previews' } });
    expect(stack.cma.stored(SEEDED.previewDrafts)!.name).toBe('Renamed once back');
    expect((await storedEvents(store)).at(-1)).toMatchObject({ kind: 'UPDATED', outcome: 'DONE', request_id: 'req-after-outage', resource_id: SEEDED.previewDrafts });
  });

  it('tells a write the CMA carried out, whose metadata the store could not keep, apart from a refusal', async () => {
    const UPDATE_BOTH = `mutation($id: ID!, $input: UpdateAccessTokenInput!) { updateAccessToken(id: $id, input: $input) {
      __typename ... on MetadataNotSavedError { message accessToken { id name } } ... on Error { message } } }`;
    // The PUT waits at the CMA while the store goes away; then the CMA does it.
    const held = stack.cma.faults.hold({ method: 'PUT', path: `/access_tokens/${SEEDED.importScript}`, times: 1 });
    const answer = gql(stack, UPDATE_BOTH, { id: SEEDED.importScript, input: { name: 'Renamed as the store went', owner: 'data team' } });
    await held.reached;
    await cluster.pause();
    held.release();
    const result = ok(await answer).updateAccessToken;
    await cluster.resume();
    expect(result).toMatchObject({ __typename: 'MetadataNotSavedError', accessToken: { id: SEEDED.importScript, name: 'Renamed as the store went' } });
    expect(result.message).toMatch(/changed on the CMA.*Do not send the write again/);
    expect(stack.cma.stored(SEEDED.importScript)!.name).toBe('Renamed as the store went');
  }, 60_000);
});
