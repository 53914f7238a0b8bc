import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterEach(() => stack.cma.faults.clear());
afterAll(() => stack.stop());

const graphql = async (...request: Parameters<TestStack['graphql']>) => dataOf(await stack.graphql(...request));


const ROLE_RESULT = `__typename ... on Error { message } ... on ValidationError { field } ... on PermissionDeniedError { upstreamCode }`;
const CREATE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { ${ROLE_RESULT} ... on CreateRoleSuccess { role { id name version } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRoleInput!, $dryRun: Boolean, $expectedVersion: String) {
  updateRole(id: $id, input: $input, dryRun: $dryRun, expectedVersion: $expectedVersion) { ${ROLE_RESULT} ... on RoleConflictError { currentVersion }
    ... on UpdateRoleSuccess { dryRun role { id version finalPermissions { canManageWebhooks } }
      impact { accessToken { id } throughInheritance capabilityChanges { gained lost } } } } }`;
const DELETE = `mutation($id: ID!, $dryRun: Boolean) { deleteRole(id: $id, dryRun: $dryRun) { ${ROLE_RESULT} ... on RoleInUseError { accessTokenIds } ... on DeleteRoleSuccess { id dryRun impact { accessToken { id } } } } }`;

const readOneModel = { action: 'READ', environment: 'main', itemTypeId: '1001' };
const storedRole = (id: string) => stack.cma.store.data.roles.find((role) => role.id === id);

describe('least privilege: roles through the API', () => {
  it('creates a narrow role, shows what widening it would change for its token, then widens it', async () => {
    const created = (await graphql(CREATE, { input: { name: 'Newsletter reader', environmentsAccess: 'PRIMARY_ONLY', positiveItemTypePermissions: [readOneModel] } })).createRole;
    expect(created).toMatchObject({ __typename: 'CreateRoleSuccess', role: { name: 'Newsletter reader' } });
    const roleId = created.role.id as string;
    // The official client sees the role as the CMA stores it.
    expect(await stack.cma.client().roles.find(roleId)).toMatchObject({
      environments_access: 'primary_only',
      positive_item_type_permissions: [{ action: 'read', environment: 'main', item_type: '1001', on_creator: 'anyone' }],
    });
    const token = await stack.cma.createToken('Newsletter job', { roleId });

    const widen = { positiveItemTypePermissions: [readOneModel, { action: 'UPDATE', environment: 'main' }] };
    const before = structuredClone(storedRole(roleId));
    const dry = (await graphql(UPDATE, { id: roleId, input: widen, dryRun: true })).updateRole;
    expect(dry).toMatchObject({ __typename: 'UpdateRoleSuccess', dryRun: true });
    expect(dry.impact).toEqual([{ accessToken: { id: token.id }, throughInheritance: false, capabilityChanges: { gained: ['UPDATE_RECORDS'], lost: [] } }]);
    expect(storedRole(roleId)).toEqual(before);

    const stale = (await graphql(UPDATE, { id: roleId, input: widen, expectedVersion: 'an-older-version' })).updateRole;
    expect(stale).toMatchObject({ __typename: 'RoleConflictError', currentVersion: created.role.version });
    expect(storedRole(roleId)).toEqual(before);

    const real = (await graphql(UPDATE, { id: roleId, input: widen, expectedVersion: created.role.version })).updateRole;
    expect(real).toMatchObject({ __typename: 'UpdateRoleSuccess', dryRun: false, impact: dry.impact });
    expect(storedRole(roleId)!.positive_item_type_permissions.map((entry) => entry.action)).toEqual(['read', 'update']);
    expect(storedRole(roleId)!.environments_access).toBe('primary_only'); // kept: not in the input
  });

  it('reaches tokens through inheritance', async () => {
    const { data } = { data: await graphql(CREATE, { input: { name: 'Base' } }) };
    const baseId = data.createRole.role.id as string;
    const heir = (await graphql(CREATE, { input: { name: 'Heir', inheritsPermissionsFromIds: [baseId] } })).createRole.role.id as string;
    const token = await stack.cma.createToken('Heir token', { roleId: heir });
    const dry = (await graphql(UPDATE, { id: baseId, input: { canManageWebhooks: true }, dryRun: true })).updateRole;
    expect(dry.impact).toEqual([{ accessToken: { id: token.id }, throughInheritance: true, capabilityChanges: { gained: ['MANAGE_WEBHOOKS'], lost: [] } }]);
  });

  it('refuses to delete a role tokens are bound to, naming them, in a dry run as in the real call; deletes it once free', async () => {
    const roleId = (await graphql(CREATE, { input: { name: 'Doomed role' } })).createRole.role.id as string;
    const token = await stack.cma.createToken('Bound token', { roleId });
    for (const dryRun of [true, false]) {
      expect((await graphql(DELETE, { id: roleId, dryRun })).deleteRole).toMatchObject({ __typename: 'RoleInUseError', accessTokenIds: [token.id] });
    }
    expect(storedRole(roleId)).toBeDefined();
    await stack.cma.client().accessTokens.destroy(token.id);
    expect((await graphql(DELETE, { id: roleId })).deleteRole).toEqual({ __typename: 'DeleteRoleSuccess', id: roleId, dryRun: false, impact: [] });
    expect(storedRole(roleId)).toBeUndefined();
  });

  it('duplicates a role the way the CMA names copies', async () => {
    const data = await graphql(`mutation { duplicateRole(id: "${SEEDED.roles.editorial}") { __typename ... on DuplicateRoleSuccess { role { name canManageSharedFilters } } } }`);
    expect(data.duplicateRole).toEqual({ __typename: 'DuplicateRoleSuccess', role: { name: 'Editorial team (duplicate #1)', canManageSharedFilters: true } });
  });

  it('answers PermissionDeniedError to a caller without can_manage_users, and ValidationError to a blank name', async () => {
    const count = stack.cma.store.data.roles.length;
    expect((await graphql(CREATE, { input: { name: 'Escalation' } }, stack.cma.secretOf(SEEDED.ciDeploy))).createRole).toMatchObject({
      __typename: 'PermissionDeniedError', upstreamCode: 'INSUFFICIENT_PERMISSIONS',
    });
    expect((await graphql(CREATE, { input: { name: '   ' } })).createRole).toMatchObject({ __typename: 'ValidationError', field: 'name' });
    expect(stack.cma.store.data.roles.length).toBe(count);
  });

  it('creates a role once when the answer is lost, found by reading back', async () => {
    stack.cma.faults.inject({ kind: 'drop_response', method: 'POST', path: '/roles', times: 1 });
    const created = (await graphql(CREATE, { input: { name: 'Lost answer role' } })).createRole;
    expect(created).toMatchObject({ __typename: 'CreateRoleSuccess' });
    expect(stack.cma.store.data.roles.filter((role) => role.name === 'Lost answer role').map((role) => role.id)).toEqual([created.role.id]);
  });
});
