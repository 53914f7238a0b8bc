import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { openMemoryStore } from '../support/memory-store.ts';
import { createThroughApi, gql, ok } from './store-support.ts';

// The store is never in the way of reading the CMA: a list read whose fields need nothing the store
// keeps, of a list this process reconciled moments ago, asks the store nothing; one whose fields
// need it reads the store beside the CMA call; a write makes the next read reconcile again.

/** Every statement the app sends to the store, counted. */
function counted(store: Store): { store: Store; count: () => number } {
  let statements = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      statements += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { store: { ...store, db: store.db.withPlugin(plugin) }, count: () => statements };
}

describe('the read path and the store', () => {
  let stack: TestStack;
  let statements: () => number;
  let underlying: Store;
  beforeAll(async () => {
    underlying = await openMemoryStore();
    const wrapped = counted(underlying);
    statements = wrapped.count;
    stack = await startTestStack({ store: wrapped.store });
  });
  afterAll(async () => {
    await stack.stop();
    await underlying.close();
  });

  const during = async (work: () => Promise<unknown>) => {
    const before = statements();
    await work();
    return statements() - before;
  };

  it('reconciles a list it has not seen, then skips the store for the same list', async () => {
    expect(await during(async () => ok(await gql(stack, '{ accessTokens { id name } }')))).toBeGreaterThan(0);
    expect(await during(async () => ok(await gql(stack, '{ accessTokens { id name } }')))).toBe(0);
    expect(await during(async () => ok(await gql(stack, '{ roles { id accessTokens { id } } }')))).toBe(0);
  });

  it('reads the store when a field needs what it keeps, and answers from it', async () => {
    const created = await createThroughApi(stack, 'Read path', { owner: 'read-path team' });
    ok(await gql(stack, '{ accessTokens { id } }'));
    let owners: { id: string; owner: string | null }[] = [];
    const read = await during(async () => {
      owners = ok(await gql(stack, '{ accessTokens { id owner } }')).accessTokens;
    });
    expect(read).toBeGreaterThan(0);
    expect(owners.find((token) => token.id === created.id)?.owner).toBe('read-path team');
  });

  it('reconciles again after a write, even when the list looks as it did before', async () => {
    ok(await gql(stack, '{ accessTokens { id name } }'));
    const created = await createThroughApi(stack, 'Back and forth');
    await stack.cma.client().accessTokens.destroy(created.id);
    ok(await gql(stack, '{ accessTokens { id name } }'));
    const events = ok(await gql(stack, 'query($ids: [ID!]) { accessTokenEvents(filter: { accessTokenIds: $ids }) { nodes { kind } } }', { ids: [created.id] }));
    expect(events.accessTokenEvents.nodes.map((event: { kind: string }) => event.kind)).toEqual(['DELETED_OUTSIDE', 'CREATED']);
  });

  it("shows a change made elsewhere in the history of the token read alone, asking for nothing else", async () => {
    const created = await createThroughApi(stack, 'Renamed elsewhere');
    await stack.cma.client().accessTokens.update(created.id, { name: 'Renamed in the dashboard', can_access_cda: true, can_access_cda_preview: false, can_access_cma: true });
    const read = ok(await gql(stack, 'query($id: ID!) { accessToken(id: $id) { name history(first: 1) { nodes { kind changes { field from to } } } } }', { id: created.id }));
    expect(read.accessToken.history.nodes).toEqual([
      { kind: 'CHANGED_OUTSIDE', changes: [{ field: 'name', from: 'Renamed elsewhere', to: 'Renamed in the dashboard' }] },
    ]);
  });
});
