import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GetAccessTokenDocument,
  GetRoleDocument,
  ListAccessTokensDocument,
  ListRolesDocument,
} from '../generated/graphql.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

describe('queries over GraphQL HTTP against the local CMA', () => {
  it('lists every token with its CMA attributes, role and secret for an admin caller', async () => {
    const { data, errors } = await stack.execute(ListAccessTokensDocument);
    expect(errors).toBeUndefined();
    expect(data!.accessTokens).toHaveLength(7);
    const publicCda = data!.accessTokens.find((token) => token.id === SEEDED.publicCda);
    expect(publicCda).toEqual({
      id: SEEDED.publicCda,
      version: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      name: 'Public CDA token',
      hardcodedType: null,
      editable: true,
      canAccessCda: true,
      canAccessCdaPreview: false,
      canAccessCma: false,
      lastCmaAccess: 'NEVER',
      lastCdaAccess: 'TODAY',
      token: stack.cma.secretOf(SEEDED.publicCda),
      role: { id: SEEDED.roles.editorial, name: 'Editorial team', inheritsPermissionsFrom: [] },
    });
    const newsletter = data!.accessTokens.find((token) => token.id === SEEDED.newsletterSync)!;
    expect(newsletter.role).toEqual({
      id: SEEDED.roles.seniorEditor,
      name: 'Senior editor',
      inheritsPermissionsFrom: [{ id: SEEDED.roles.editorial, name: 'Editorial team' }],
    });
    const builtIn = data!.accessTokens.find((token) => token.id === SEEDED.readOnlyBuiltIn)!;
    expect(builtIn).toMatchObject({ editable: false, hardcodedType: 'readonly', canAccessCma: false });
    // Projects created since May 2025 get no full-access built-in token.
    expect(data!.accessTokens.filter((token) => !token.editable).map((token) => token.id)).toEqual([SEEDED.readOnlyBuiltIn]);
  });

  it('shows null secrets to a caller whose role cannot manage tokens', async () => {
    const { data } = await stack.execute(ListAccessTokensDocument, {}, stack.cma.secretOf(SEEDED.importScript));
    expect(data!.accessTokens.length).toBe(7);
    expect(data!.accessTokens.map((token) => token.token)).toEqual(Array(7).fill(null));
  });

  it.each([
    ['by role', { roleIds: [SEEDED.roles.readOnly] }, ['101', '104']],
    ['by API surface', { canAccess: ['CMA', 'CDA'] as const }, ['102', '107']],
    ['built-in tokens', { editable: false }, ['101']],
    ['by last CMA access', { lastCmaAccess: ['YESTERDAY'] as const }, ['106']],
    ['by name, case-insensitively', { nameContains: 'TOKEN' }, ['101', '102', '103', '104', '106']],
    ['by several conditions at once', { canAccess: ['CDA_PREVIEW'] as const, editable: true }, ['102', '104']],
  ])('filters %s', async (_case, filter, ids) => {
    const { data } = await stack.execute(ListAccessTokensDocument, { filter: filter as never });
    expect(data!.accessTokens.map((token) => token.id)).toEqual(ids);
  });

  it('reads one token, and answers null for an unknown id', async () => {
    const found = await stack.execute(GetAccessTokenDocument, { id: SEEDED.ciDeploy });
    expect(found.data!.accessToken).toMatchObject({ name: 'CI deploy token', role: { id: SEEDED.roles.developer, name: 'Developer' } });
    const missing = await stack.execute(GetAccessTokenDocument, { id: '999999' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.accessToken).toBeNull();
  });

  it('refuses a malformed id with BAD_USER_INPUT before any upstream call', async () => {
    let response: Awaited<ReturnType<typeof stack.execute>> | undefined;
    const upstream = await stack.upstreamDuring(async () => {
      response = await stack.execute(GetAccessTokenDocument, { id: '../roles' });
    });
    expect(upstream).toEqual([]);
    expect(response!.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lists roles with permissions, final permissions, inheritance and tokens', async () => {
    const { data, errors } = await stack.execute(ListRolesDocument);
    expect(errors).toBeUndefined();
    const senior = data!.roles.find((role) => role.id === SEEDED.roles.seniorEditor)!;
    expect(senior).toEqual({
      id: SEEDED.roles.seniorEditor,
      name: 'Senior editor',
      canManageAccessTokens: false,
      canManageWebhooks: true,
      canManageSharedFilters: false,
      environmentsAccess: 'PRIMARY_ONLY',
      positiveItemTypePermissions: [],
      negativeItemTypePermissions: [],
      positiveBuildTriggerPermissions: [{ buildTriggerId: null }],
      finalPermissions: {
        canManageSharedFilters: true,
        canManageWebhooks: true,
        environmentsAccess: 'PRIMARY_ONLY',
        positiveItemTypePermissions: [{ action: 'ALL', itemTypeId: null }],
      },
      inheritsPermissionsFrom: [{ id: SEEDED.roles.editorial, name: 'Editorial team' }],
      accessTokens: [{ id: SEEDED.newsletterSync, name: 'Newsletter sync' }],
    });
    const contributor = data!.roles.find((role) => role.id === SEEDED.roles.contributor)!;
    expect(contributor.positiveItemTypePermissions).toEqual([
      { action: 'ALL', itemTypeId: '1001', environment: 'main', onCreator: 'ANYONE', localizationScope: 'ALL' },
    ]);
    expect(contributor.negativeItemTypePermissions).toEqual([
      { action: 'PUBLISH', itemTypeId: '1001' },
      { action: 'DELETE', itemTypeId: '1001' },
    ]);
  });

  it('reads one role, and answers null for an unknown id', async () => {
    const found = await stack.execute(GetRoleDocument, { id: SEEDED.roles.developer });
    expect(found.data!.role).toEqual({ id: '6', name: 'Developer', canEditSchema: true, accessTokens: [{ name: 'CI deploy token' }] });
    expect((await stack.execute(GetRoleDocument, { id: '424242' })).data!.role).toBeNull();
  });

  it('answers UNAUTHENTICATED without a bearer token, and calls nothing upstream', async () => {
    let response: Awaited<ReturnType<typeof stack.execute>> | undefined;
    const upstream = await stack.upstreamDuring(async () => {
      response = await stack.execute(ListAccessTokensDocument, {}, null);
    });
    expect(upstream).toEqual([]);
    expect(response!.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(response!.data ?? null).toBeNull();
  });

  it('turns a bearer the CMA refuses into PERMISSION_DENIED', async () => {
    const response = await stack.execute(ListAccessTokensDocument, {}, 'no-such-token-anywhere');
    expect(response.errors![0]).toMatchObject({ extensions: { code: 'PERMISSION_DENIED' } });
    expect(response.errors![0]!.message).not.toContain('no-such-token-anywhere');
  });
});
