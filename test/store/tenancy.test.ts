import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';
import { calls, createThroughApi, DELETE, EVENT_FIELDS, gql, historyOf, ok, storeKinds, TOKEN, UPDATE } from './store-support.ts';

// Every row of the store belongs to a DatoCMS project, learnt from the CMA with the caller's own
// bearer (GET /site). Two projects on one database, seeded alike (the same token ids, the same
// admin secret), see nothing of each other's metadata or history.

const kinds = storeKinds();
afterAll(() => kinds.stopAll());

const FEED = `{ accessTokenEvents(first: 50) { nodes { ${EVENT_FIELDS} } } }`;

describe.each(['pglite', 'postgres'] as const)('two projects on one %s store', (kind) => {
  let north: TestStack;
  let south: TestStack;
  beforeAll(async () => {
    const store = await kinds.open(kind);
    [north, south] = await Promise.all([
      startTestStack({ store, cma: { siteId: '310001' } }),
      startTestStack({ store, cma: { siteId: '720002' } }),
    ]);
  });
  afterAll(async () => {
    await north?.stop();
    await south?.stop();
  });

  const set = async (stack: TestStack, id: string, input: Record<string, unknown>, requestId: string) =>
    expect(ok(await gql(stack, UPDATE, { id, input }, { requestId })).updateAccessToken.__typename).toBe('UpdateAccessTokenSuccess');

  it('keeps each project\'s metadata of a token with the same id apart', async () => {
    await set(north, SEEDED.publicCda, { owner: 'north web team', expiresAt: '2031-01-01T00:00:00.000Z' }, 'north-owner');
    expect(ok(await gql(south, TOKEN, { id: SEEDED.publicCda })).accessToken).toMatchObject({ owner: null, purpose: null, expiresAt: null });
    await set(south, SEEDED.publicCda, { purpose: 'south storefront' }, 'south-purpose');
    expect(ok(await gql(north, TOKEN, { id: SEEDED.publicCda })).accessToken).toMatchObject({ owner: 'north web team', purpose: null, expiresAt: '2031-01-01T00:00:00.000Z' });
    expect(ok(await gql(south, TOKEN, { id: SEEDED.publicCda })).accessToken).toMatchObject({ owner: null, purpose: 'south storefront', expiresAt: null });

    const filtered = async (stack: TestStack) =>
      (ok(await gql(stack, '{ accessTokens(filter: { hasOwner: true }) { id } }')).accessTokens as { id: string }[]).map((token) => token.id);
    expect(await filtered(north)).toEqual([SEEDED.publicCda]);
    expect(await filtered(south)).toEqual([]);
  });

  it('keeps each project\'s history apart, tokens created with the same id included', async () => {
    const northToken = await createThroughApi(north, 'North only', {}, 'north-create');
    const southToken = await createThroughApi(south, 'South only', {}, 'south-create');
    // Both CMAs count ids alike: the same id names two different tokens.
    expect(southToken.id).toBe(northToken.id);
    expect((await historyOf(north, northToken.id)).map((event) => [event.kind, event.requestId])).toEqual([['CREATED', 'north-create']]);
    expect((await historyOf(south, southToken.id)).map((event) => [event.kind, event.requestId])).toEqual([['CREATED', 'south-create']]);
    expect(ok(await gql(south, TOKEN, { id: southToken.id })).accessToken.createdAt).not.toBe(
      ok(await gql(north, TOKEN, { id: northToken.id })).accessToken.createdAt,
    );

    const northFeed = ok(await gql(north, FEED)).accessTokenEvents.nodes as { requestId: string | null }[];
    const southFeed = ok(await gql(south, FEED)).accessTokenEvents.nodes as { requestId: string | null }[];
    expect(northFeed.map((event) => event.requestId)).toEqual(expect.arrayContaining(['north-create', 'north-owner']));
    expect(northFeed.some((event) => event.requestId?.startsWith('south-'))).toBe(false);
    expect(southFeed.map((event) => event.requestId)).toEqual(expect.arrayContaining(['south-create', 'south-purpose']));
    expect(southFeed.some((event) => event.requestId?.startsWith('north-'))).toBe(false);
  });

  it('does not take a deletion in one project for a deletion in the other', async () => {
    expect(ok(await gql(north, DELETE, { id: SEEDED.newsletterSync })).deleteAccessToken.__typename).toBe('DeleteAccessTokenSuccess');
    expect((ok(await gql(south, '{ accessTokens { id } }')).accessTokens as { id: string }[]).map((token) => token.id)).toContain(SEEDED.newsletterSync);
    expect((await historyOf(south, SEEDED.newsletterSync)).map((event) => event.kind)).toEqual(['APPEARED']);
    const rows = await south.store.db.selectFrom('access_token_records').select(['project_id', 'deleted_at']).where('token_id', '=', SEEDED.newsletterSync).orderBy('project_id').execute();
    expect(rows.map((row) => [row.project_id, row.deleted_at === null])).toEqual([['310001', false], ['720002', true]]);
  });

  it('scopes every row by the project id the CMA answered', async () => {
    const projects = await north.store.db.selectFrom('events').select('project_id').distinct().orderBy('project_id').execute();
    expect(projects.map((row) => row.project_id)).toEqual(['310001', '720002']);
  });
});

describe('the caller\'s project, learnt from the CMA', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ cma: { siteId: '430043' } });
  });
  afterAll(() => stack?.stop());

  it('costs one GET /site per bearer, then is remembered', async () => {
    const other = stack.cma.secretOf(SEEDED.ciDeploy);
    const sites = (requests: string[]) => requests.filter((call) => call === 'GET /site').length;
    const first = calls(await stack.upstreamDuring(() => gql(stack, TOKEN, { id: SEEDED.publicCda }).then(ok)));
    expect(sites(first)).toBe(1);
    const again = calls(await stack.upstreamDuring(async () => {
      ok(await gql(stack, TOKEN, { id: SEEDED.publicCda }));
      ok(await gql(stack, '{ accessTokens { id owner } }'));
      await set(stack, SEEDED.publicCda, { owner: 'remembered' });
    }));
    expect(sites(again)).toBe(0);
    // Another bearer is another caller: its project is asked for once too.
    const byOther = calls(await stack.upstreamDuring(async () => {
      await gql(stack, '{ accessTokens { id owner } }', {}, { token: other });
      await gql(stack, '{ accessTokens { id owner } }', {}, { token: other });
    }));
    expect(sites(byOther)).toBe(1);
    const records = await stack.store.db.selectFrom('access_token_records').select('project_id').distinct().execute();
    expect(records).toEqual([{ project_id: '430043' }]);
  });

  async function set(target: TestStack, id: string, input: Record<string, unknown>) {
    expect(ok(await gql(target, UPDATE, { id, input })).updateAccessToken.__typename).toBe('UpdateAccessTokenSuccess');
  }
});
