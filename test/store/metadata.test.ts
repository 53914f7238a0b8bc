import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';
import { calls, CREATE, createThroughApi, gql, newToken, ok, ROTATE, TOKEN, UPDATE } from './store-support.ts';

// Owner, purpose, expiry, creation and first sighting: what DatoCMS does not keep, kept by this API
// beside the CMA's attributes, set through the mutations and read back over HTTP.

const EXPIRY = '2031-05-01T09:00:00.000Z';
const LATER_EXPIRY = '2032-11-30T18:30:00.000Z';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const read = async (id: string) => ok(await gql(stack, TOKEN, { id })).accessToken;
const update = async (id: string, input: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ok(await gql(stack, UPDATE, { id, input, ...extra })).updateAccessToken;

describe('owner, purpose and expiry on create', () => {
  it('keeps what createAccessToken is given, and the exact creation: when and by which token', async () => {
    const before = Date.now();
    const created = await createThroughApi(stack, 'Billing export', { owner: 'payments@example.com', purpose: 'Nightly export to the ledger', expiresAt: EXPIRY });
    const after = Date.now();
    expect(created).toMatchObject({
      name: 'Billing export',
      owner: 'payments@example.com',
      purpose: 'Nightly export to the ledger',
      expiresAt: EXPIRY,
      // The caller's own token: the seeded admin, whose secret is the bearer.
      createdBy: { accessTokenId: SEEDED.demoAdmin, name: 'Demo admin token' },
    });
    const createdAt = Date.parse(created.createdAt);
    expect(createdAt).toBeGreaterThanOrEqual(before);
    expect(createdAt).toBeLessThanOrEqual(after);
    // For tokens created here, first seen is their creation.
    expect(created.firstSeenAt).toBe(created.createdAt);
    // A fresh request reads the same from the store.
    const { token: _secret, ...stored } = created;
    expect(await read(created.id)).toEqual(stored);
  });

  it('leaves owner, purpose and expiry null when not given', async () => {
    const created = await createThroughApi(stack, 'No metadata');
    expect(created).toMatchObject({ owner: null, purpose: null, expiresAt: null, createdBy: { accessTokenId: SEEDED.demoAdmin } });
    expect(created.createdAt).not.toBeNull();
  });

  it('has no creation for a token this API did not create, only when it first saw it, which stays put', async () => {
    const before = Date.now();
    const seeded = await read(SEEDED.publicCda);
    expect(seeded).toMatchObject({ createdAt: null, createdBy: null, owner: null, purpose: null, expiresAt: null });
    expect(Date.parse(seeded.firstSeenAt)).toBeLessThanOrEqual(Date.now());
    // Seen by this stack's very first read (earlier in this file, or this one).
    expect(Date.parse(seeded.firstSeenAt)).toBeGreaterThan(before - 60_000);
    expect((await read(SEEDED.publicCda)).firstSeenAt).toBe(seeded.firstSeenAt);
  });

  it('refuses an expiry in the past with a ValidationError on input.expiresAt, calling the CMA not at all', async () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    let created: Record<string, any> = {};
    let updated: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      created = ok(await gql(stack, CREATE, newToken('Already expired', { expiresAt: past }))).createAccessToken;
      updated = await update(SEEDED.publicCda, { expiresAt: past, owner: 'someone' });
    });
    expect(created).toMatchObject({ __typename: 'ValidationError', field: 'expiresAt', path: ['input', 'expiresAt'] });
    expect(created.message).toMatch(/future/);
    expect(updated).toMatchObject({ __typename: 'ValidationError', field: 'expiresAt', path: ['input', 'expiresAt'] });
    expect(upstream).toEqual([]);
    expect(stack.cma.store.data.access_tokens.some((token) => token.name === 'Already expired')).toBe(false);
    expect((await read(SEEDED.publicCda)).owner).toBeNull();
  });
});

describe('partial updates of the metadata', () => {
  it('changes what is given, keeps what is left out, clears what is null, and never PUTs for metadata alone', async () => {
    const token = await createThroughApi(stack, 'Partial metadata', { owner: 'ana', purpose: 'search indexing', expiresAt: EXPIRY });
    const stored = structuredClone(stack.cma.stored(token.id));

    const steps: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ owner: 'bruno' }, { owner: 'bruno', purpose: 'search indexing', expiresAt: EXPIRY }],
      [{ expiresAt: LATER_EXPIRY }, { owner: 'bruno', purpose: 'search indexing', expiresAt: LATER_EXPIRY }],
      [{ purpose: null }, { owner: 'bruno', purpose: null, expiresAt: LATER_EXPIRY }],
      [{ owner: null, expiresAt: null }, { owner: null, purpose: null, expiresAt: null }],
      [{ purpose: 'reindex after deploys' }, { owner: null, purpose: 'reindex after deploys', expiresAt: null }],
    ];
    for (const [input, expected] of steps) {
      let result: Record<string, any> = {};
      const upstream = await stack.upstreamDuring(async () => {
        result = await update(token.id, input);
      });
      expect(result).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', dryRun: false, accessToken: { id: token.id, name: 'Partial metadata', ...expected } });
      expect(await read(token.id)).toMatchObject(expected);
      // Read what it needs (the token), write nothing to the CMA.
      expect(calls(upstream).filter((call) => !call.startsWith('GET '))).toEqual([]);
      expect(calls(upstream)).toContain(`GET /access_tokens/${token.id}`);
    }
    expect(stack.cma.stored(token.id)).toEqual(stored);
  });

  it('changes the CMA attributes and the metadata in one update: one PUT, both kept', async () => {
    const token = await createThroughApi(stack, 'Both at once', { owner: 'ops' });
    let result: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      result = await update(token.id, { name: 'Both at once (renamed)', canAccessCma: false, purpose: 'read-only mirror' });
    });
    expect(result.accessToken).toMatchObject({ name: 'Both at once (renamed)', canAccessCma: false, owner: 'ops', purpose: 'read-only mirror' });
    expect(calls(upstream).filter((call) => call.startsWith('PUT '))).toEqual([`PUT /access_tokens/${token.id}`]);
    expect(stack.cma.stored(token.id)).toMatchObject({ name: 'Both at once (renamed)', can_access_cma: false });
  });

  it('a dry run shows the metadata it would set and keeps none of it', async () => {
    const token = await createThroughApi(stack, 'Dry metadata', { owner: 'kept' });
    const result = await update(token.id, { owner: 'previewed', expiresAt: EXPIRY }, { dryRun: true });
    expect(result).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', dryRun: true, accessToken: { owner: 'previewed', expiresAt: EXPIRY } });
    expect(await read(token.id)).toMatchObject({ owner: 'kept', expiresAt: null });
  });
});

describe('built-in tokens', () => {
  it('take metadata, while their CMA attributes stay refused', async () => {
    const builtIn = SEEDED.readOnlyBuiltIn;
    const stored = structuredClone(stack.cma.stored(builtIn));
    let result: Record<string, any> = {};
    const upstream = await stack.upstreamDuring(async () => {
      result = await update(builtIn, { owner: 'platform team', purpose: 'status page reads' });
    });
    expect(result).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', accessToken: { id: builtIn, owner: 'platform team', purpose: 'status page reads' } });
    expect(calls(upstream).filter((call) => !call.startsWith('GET '))).toEqual([]);

    let refused: Record<string, any> = {};
    const refusedUpstream = await stack.upstreamDuring(async () => {
      refused = await update(builtIn, { name: 'Renamed built-in', owner: 'somebody else' });
    });
    expect(refused).toMatchObject({ __typename: 'NonEditableAccessTokenError', accessTokenId: builtIn });
    expect(calls(refusedUpstream).filter((call) => !call.startsWith('GET '))).toEqual([]);
    // Refused whole: the metadata given with the refused attributes is not kept either.
    expect(await read(builtIn)).toMatchObject({ name: 'Read-only API token', owner: 'platform team', purpose: 'status page reads' });
    expect(stack.cma.stored(builtIn)).toEqual(stored);
  });
});

describe('version covers the metadata', () => {
  it('changes with the metadata, and expectedVersion protects it (ConflictError, nothing written)', async () => {
    const token = await createThroughApi(stack, 'Versioned');
    const v0 = token.version as string;

    const first = await update(token.id, { owner: 'first owner' }, { expectedVersion: v0 });
    expect(first.__typename).toBe('UpdateAccessTokenSuccess');
    const v1 = first.accessToken.version as string;
    expect(v1).not.toBe(v0);
    expect((await read(token.id)).version).toBe(v1);

    // A writer who read before the owner changed: its update, rotation and deletion are refused.
    const stale = await update(token.id, { owner: 'second owner' }, { expectedVersion: v0 });
    expect(stale).toMatchObject({ __typename: 'ConflictError', expectedVersion: v0, currentVersion: v1 });
    const secret = stack.cma.secretOf(token.id);
    const rotate = ok(await gql(stack, ROTATE, { id: token.id, expectedVersion: v0 })).rotateAccessToken;
    expect(rotate.__typename).toBe('ConflictError');
    expect(stack.cma.secretOf(token.id)).toBe(secret);
    expect(await read(token.id)).toMatchObject({ owner: 'first owner', version: v1 });

    const next = await update(token.id, { expiresAt: EXPIRY }, { expectedVersion: v1 });
    expect(next.accessToken).toMatchObject({ owner: 'first owner', expiresAt: EXPIRY });
    expect(next.accessToken.version).not.toBe(v1);

    // Without metadata the token has the version it had before any was set.
    const cleared = await update(token.id, { owner: null, expiresAt: null });
    expect(cleared.accessToken.version).toBe(v0);
  });
});

describe('filters on the metadata', () => {
  let own: TestStack;
  beforeAll(async () => {
    own = await startTestStack();
    const set = async (id: string, input: Record<string, unknown>) => expect(ok(await gql(own, UPDATE, { id, input })).updateAccessToken.__typename).toBe('UpdateAccessTokenSuccess');
    await set(SEEDED.publicCda, { owner: 'Alice Martin <alice@example.com>' });
    await set(SEEDED.importScript, { owner: 'platform-team', expiresAt: '2030-01-01T00:00:00.000Z' });
    await set(SEEDED.ciDeploy, { expiresAt: '2035-06-01T00:00:00.000Z' });
  });
  afterAll(() => own?.stop());

  const ids = async (filter: Record<string, unknown>) =>
    (ok(await gql(own, 'query($filter: AccessTokenFilter) { accessTokens(filter: $filter) { id } }', { filter })).accessTokens as { id: string }[]).map((token) => token.id);

  it.each([
    ['hasOwner: true', { hasOwner: true }, [SEEDED.publicCda, SEEDED.importScript]],
    ['hasOwner: false', { hasOwner: false }, [SEEDED.readOnlyBuiltIn, SEEDED.demoAdmin, SEEDED.previewDrafts, SEEDED.ciDeploy, SEEDED.newsletterSync]],
    ['ownerContains, case-insensitive', { ownerContains: 'ALICE@' }, [SEEDED.publicCda]],
    ['ownerContains matching nothing', { ownerContains: 'mallory' }, []],
    ['expiresBefore (only tokens with an expiry)', { expiresBefore: '2031-01-01T00:00:00Z' }, [SEEDED.importScript]],
    ['expiresBefore a later instant', { expiresBefore: '2040-01-01T00:00:00Z' }, [SEEDED.importScript, SEEDED.ciDeploy]],
    ['expiresBefore the very instant of an expiry (strictly before)', { expiresBefore: '2030-01-01T00:00:00Z' }, []],
    ['hasOwner: true with expiresBefore', { hasOwner: true, expiresBefore: '2040-01-01T00:00:00Z' }, [SEEDED.importScript]],
    ['hasOwner: false with a CMA condition', { hasOwner: false, canAccess: ['CMA'], nameContains: 'ci' }, [SEEDED.ciDeploy]],
  ])('%s', async (_case, filter, expected) => {
    expect((await ids(filter)).sort()).toEqual([...expected].sort());
  });
});
