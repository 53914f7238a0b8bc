import { afterAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';
import { createThroughApi, DELETE, dumpStore, gql, ok, ROTATE, storeKinds, UPDATE } from './store-support.ts';

// The store never holds a secret: no token secret, no bearer. After a scenario that touches every
// write (create, update, metadata, rotate, rollover, bulk rotation, deletion, role update, changes
// made elsewhere, another caller), every row of every table is read as JSON and searched for every
// secret the scenario ever saw.

const kinds = storeKinds();
afterAll(() => kinds.stopAll());

const BULK_ROTATE = `mutation($select: AccessTokenSelection!) { rotateAccessTokens(select: $select) {
  __typename ... on BulkAccessTokenSuccess { done outcomes { accessToken { token } } } ... on Error { message } } }`;
const START = `mutation($id: ID!) { startAccessTokenRollover(id: $id) { __typename ... on StartAccessTokenRolloverSuccess { successor { id token } } } }`;
const FINISH = `mutation($id: ID!) { finishAccessTokenRollover(id: $id, force: true) { __typename } }`;
const CANCEL = `mutation($id: ID!) { cancelAccessTokenRollover(id: $id) { __typename } }`;
const UPDATE_ROLE = `mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { __typename } }`;

describe.each(['pglite', 'postgres'] as const)('on %s', (kind) => {
  let stack: TestStack;
  afterAll(() => stack?.stop());

  it('holds none of the secrets and bearers a full scenario saw', async () => {
    stack = await startTestStack({ store: await kinds.open(kind) });
    const secrets = new Set<string>([TEST_ADMIN_TOKEN]);
    // Every secret the CMA holds now, and every one a step returned: taken after each step, so the
    // secrets of rotated and deleted tokens are searched for too.
    const seen = (...values: (string | null | undefined)[]) => {
      for (const value of values) if (value) secrets.add(value);
      for (const token of stack.cma.store.data.access_tokens) secrets.add(token.secret);
    };
    const expectType = (result: { __typename: string }, typename: string) => expect(result.__typename).toBe(typename);
    seen();

    ok(await gql(stack, '{ accessTokens { id owner history(first: 5) { nodes { kind } } } }'));
    const created = await createThroughApi(stack, 'Scenario token', { owner: 'scenario@example.com', purpose: 'secret-free store' });
    seen(created.token);
    expectType(ok(await gql(stack, UPDATE, { id: created.id, input: { name: 'Scenario token v2', canAccessCda: false, expiresAt: '2031-03-04T05:06:07Z' } })).updateAccessToken, 'UpdateAccessTokenSuccess');
    const rotated = ok(await gql(stack, ROTATE, { id: created.id })).rotateAccessToken;
    expectType(rotated, 'RotateAccessTokenSuccess');
    seen(rotated.accessToken.token);

    const cancelled = ok(await gql(stack, START, { id: created.id })).startAccessTokenRollover;
    seen(cancelled.successor.token);
    expectType(ok(await gql(stack, CANCEL, { id: created.id })).cancelAccessTokenRollover, 'CancelAccessTokenRolloverSuccess');
    const rolled = ok(await gql(stack, START, { id: created.id })).startAccessTokenRollover;
    seen(rolled.successor.token);
    expectType(ok(await gql(stack, FINISH, { id: created.id })).finishAccessTokenRollover, 'FinishAccessTokenRolloverSuccess');

    const bulk = ok(await gql(stack, BULK_ROTATE, { select: { ids: [SEEDED.publicCda, SEEDED.previewDrafts, SEEDED.importScript, rolled.successor.id] } })).rotateAccessTokens;
    expect(bulk).toMatchObject({ __typename: 'BulkAccessTokenSuccess', done: 4 });
    seen(...bulk.outcomes.map((outcome: { accessToken: { token: string } }) => outcome.accessToken.token));

    // Made elsewhere: a token created, one changed and one deleted on the CMA directly.
    const outside = await stack.cma.createToken('Created outside');
    seen(outside.token);
    await stack.cma.client().accessTokens.update(SEEDED.newsletterSync, { name: 'Renamed outside', can_access_cda: true, can_access_cda_preview: false, can_access_cma: true });
    ok(await gql(stack, '{ accessTokens { id } }'));
    await stack.cma.client().accessTokens.destroy(outside.id);
    ok(await gql(stack, '{ accessTokens { id } }'));

    // Another caller, with its own bearer (it cannot see secrets, so it is no actor either).
    const editor = stack.cma.secretOf(SEEDED.importScript);
    seen(editor);
    ok(await gql(stack, '{ accessTokens { id name owner } }', {}, { token: editor }));

    expectType(ok(await gql(stack, UPDATE_ROLE, { id: SEEDED.roles.contributor, input: { name: 'Contributors (renamed)' } })).updateRole, 'UpdateRoleSuccess');
    expectType(ok(await gql(stack, DELETE, { id: rolled.successor.id })).deleteAccessToken, 'DeleteAccessTokenSuccess');
    seen();

    const dump = await dumpStore(stack.store);
    const text = JSON.stringify(dump);
    // The dump is the store's whole content: the scenario is in it.
    expect(Object.keys(dump)).toEqual(expect.arrayContaining(['access_token_records', 'events']));
    const expected = ['Scenario token v2', 'scenario@example.com', 'ROTATED', 'ROLLOVER_FINISHED', 'ROLLOVER_CANCELLED', 'APPEARED', 'CHANGED_OUTSIDE', 'DELETED_OUTSIDE', 'Contributors (renamed)'];
    expect(expected.filter((value) => !text.includes(value))).toEqual([]);
    expect(dump.events!.length).toBeGreaterThan(15);

    expect(secrets.size).toBeGreaterThan(12);
    const found = [...secrets].filter((secret) => text.includes(secret));
    expect(found.map((secret) => `${secret.slice(0, 4)}… (${secret.length} chars)`)).toEqual([]);
  });
});
