import { describe, expect, it } from 'vitest';
import {
  capabilityChanges,
  effectiveCapabilities,
  type ApiSurface,
  type Capability,
  type CapabilityName,
  type FinalPermissions,
  type RoleLayer,
} from '../../src/capabilities/effective-capabilities.ts';
import { computeFinalPermissions } from '../../src/local-cma/final-permissions.ts';
import { seedData } from '../../src/local-cma/seed.ts';

const roles = seedData(new Date('2026-11-18T12:00:00Z')).roles;
const rolesById = new Map(roles.map((role) => [role.id, role]));
const seededRole = (name: string): RoleLayer => {
  const role = roles.find((candidate) => candidate.name === name)!;
  return { kind: 'role', name, permissions: computeFinalPermissions(role, rolesById) as unknown as FinalPermissions };
};
const customRole = (overrides: Partial<FinalPermissions>): RoleLayer => {
  const base = seededRole('Read-only');
  return { kind: 'role', name: 'Custom', permissions: { ...(base as { permissions: FinalPermissions }).permissions, ...overrides } };
};

const CDA_ONLY: ApiSurface = { can_access_cda: true, can_access_cda_preview: false, can_access_cma: false };
const CDA_DRAFTS: ApiSurface = { can_access_cda: true, can_access_cda_preview: true, can_access_cma: false };
const CMA_ONLY: ApiSurface = { can_access_cda: false, can_access_cda_preview: false, can_access_cma: true };

const pick = (capabilities: readonly Capability[], name: CapabilityName) => capabilities.find((capability) => capability.name === name)!;
const all = (action: string, extra: Record<string, unknown> = {}) => ({ action, environment: 'main', item_type: null, on_creator: 'anyone', ...extra });

describe('effectiveCapabilities', () => {
  it.each<[string, ApiSurface, RoleLayer, CapabilityName, Partial<Capability>]>([
    // The upstream docs' example: a write-capable role behind a CDA-only token reads, never writes.
    ['CDA-only token on the editorial role reads published content', CDA_ONLY, seededRole('Editorial team'), 'READ_PUBLISHED_CONTENT',
      { allowed: true, blockedBy: [] }],
    ['CDA-only token on the editorial role cannot update records: the surface blocks it', CDA_ONLY, seededRole('Editorial team'), 'UPDATE_RECORDS',
      { allowed: false, roleGrants: true, surfaceGrants: false, blockedBy: ['API_SURFACE'] }],
    ['CDA-only token on the editorial role cannot read drafts', CDA_ONLY, seededRole('Editorial team'), 'READ_DRAFT_CONTENT',
      { allowed: false, blockedBy: ['API_SURFACE'] }],
    ['the same role behind a CMA token updates records on every model', CMA_ONLY, seededRole('Editorial team'), 'UPDATE_RECORDS',
      { allowed: true, models: { allModels: true, itemTypeIds: [], exceptItemTypeIds: [], conditional: false } }],
    ['an inheriting role gets its parent\'s record permissions', CMA_ONLY, seededRole('Senior editor'), 'PUBLISH_RECORDS',
      { allowed: true, roleGrants: true }],
    ['an inheriting role keeps its own flags', CMA_ONLY, seededRole('Senior editor'), 'MANAGE_WEBHOOKS', { allowed: true }],
    ['an inheriting role does not gain what neither role has', CMA_ONLY, seededRole('Senior editor'), 'MANAGE_ACCESS_TOKENS',
      { allowed: false, blockedBy: ['ROLE'] }],
    ['negative permissions override positive ones (publish on the one model)', CMA_ONLY, seededRole('Blog contributor'), 'PUBLISH_RECORDS',
      { allowed: false, blockedBy: ['ROLE'], models: { allModels: false, itemTypeIds: [], exceptItemTypeIds: [], conditional: false } }],
    ['a model-restricted role updates only its model', CMA_ONLY, seededRole('Blog contributor'), 'UPDATE_RECORDS',
      { allowed: true, models: { allModels: false, itemTypeIds: ['1001'], exceptItemTypeIds: [], conditional: false } }],
    ['a negative entry on one model carves it out of "all"', CMA_ONLY,
      customRole({ positive_item_type_permissions: [all('all', { localization_scope: 'all' })], negative_item_type_permissions: [all('publish', { item_type: '7' })] }),
      'PUBLISH_RECORDS', { allowed: true, models: { allModels: true, itemTypeIds: [], exceptItemTypeIds: ['7'], conditional: false } }],
    ['a negative entry on every model forbids the action everywhere', CMA_ONLY,
      customRole({ positive_item_type_permissions: [all('all', { localization_scope: 'all' })], negative_item_type_permissions: [all('delete')] }),
      'DELETE_RECORDS', { allowed: false, blockedBy: ['ROLE'] }],
    ['a grant limited to the caller\'s own records is conditional', CMA_ONLY,
      customRole({ positive_item_type_permissions: [all('update', { on_creator: 'self', localization_scope: 'all' })] }),
      'UPDATE_RECORDS', { allowed: true, models: { allModels: true, itemTypeIds: [], exceptItemTypeIds: [], conditional: true } }],
    ['a drafts-enabled CDA token on a read-only role reads drafts', CDA_DRAFTS, seededRole('Read-only'), 'READ_DRAFT_CONTENT', { allowed: true }],
    ['both layers can block at once', CDA_ONLY, seededRole('Read-only'), 'CREATE_RECORDS',
      { allowed: false, roleGrants: false, surfaceGrants: false, blockedBy: ['ROLE', 'API_SURFACE'] }],
    ['a token without a role calls the CMA but may do nothing there', CMA_ONLY, { kind: 'no_role' }, 'READ_PUBLISHED_CONTENT',
      { allowed: false, blockedBy: ['ROLE'] }],
    ['a token without a role still reaches the API its flags open', CMA_ONLY, { kind: 'no_role' }, 'CALL_CMA', { allowed: true }],
    ['uploads follow upload permissions, not record ones', CMA_ONLY, seededRole('Blog contributor'), 'MANAGE_UPLOADS', { allowed: true }],
    ['the schema needs can_edit_schema', CMA_ONLY, seededRole('Developer'), 'EDIT_SCHEMA', { allowed: true }],
  ])('%s', (_case, surface, role, name, expected) => {
    expect(pick(effectiveCapabilities(surface, role), name)).toMatchObject(expected);
  });

  it('says which layer blocked a capability, in words', () => {
    const capabilities = effectiveCapabilities(CDA_ONLY, seededRole('Editorial team'));
    expect(pick(capabilities, 'UPDATE_RECORDS').reason).toBe(
      'Blocked by the API surface: role "Editorial team" allows it to update records, but the token cannot call the CMA',
    );
    expect(pick(capabilities, 'READ_PUBLISHED_CONTENT').reason).toBe(
      'Allowed: role "Editorial team" allows it to read records, and the token can call the CDA or the CMA',
    );
    expect(pick(effectiveCapabilities(CMA_ONLY, { kind: 'no_role' }), 'EDIT_SCHEMA').reason).toBe(
      'Blocked by the role: the token has no role',
    );
  });

  it('makes every CMA-only capability false when can_access_cma is false, whatever the role', () => {
    const capabilities = effectiveCapabilities(CDA_DRAFTS, seededRole('Admin'));
    const allowed = capabilities.filter((capability) => capability.allowed).map((capability) => capability.name);
    expect(allowed).toEqual(['CALL_CDA', 'CALL_CDA_PREVIEW', 'READ_PUBLISHED_CONTENT', 'READ_DRAFT_CONTENT']);
  });
});

describe('capabilityChanges', () => {
  it('lists what opening the CMA to a CDA token on a write-capable role would add', () => {
    const role = seededRole('Editorial team');
    const changes = capabilityChanges(effectiveCapabilities(CDA_ONLY, role), effectiveCapabilities({ ...CDA_ONLY, can_access_cma: true }, role));
    expect(changes).toEqual({
      // The CMA serves current (draft) versions too, so opening it also opens drafts.
      gained: ['CALL_CMA', 'READ_DRAFT_CONTENT', 'CREATE_RECORDS', 'UPDATE_RECORDS', 'PUBLISH_RECORDS', 'DELETE_RECORDS', 'MANAGE_UPLOADS'],
      lost: [],
    });
  });

  it('lists what moving a CMA token to a read-only role takes away', () => {
    const changes = capabilityChanges(effectiveCapabilities(CMA_ONLY, seededRole('Developer')), effectiveCapabilities(CMA_ONLY, seededRole('Read-only')));
    expect(changes.gained).toEqual([]);
    expect(changes.lost).toEqual([
      'CREATE_RECORDS', 'UPDATE_RECORDS', 'PUBLISH_RECORDS', 'DELETE_RECORDS', 'EDIT_SCHEMA', 'MANAGE_WEBHOOKS', 'MANAGE_ENVIRONMENTS', 'MANAGE_BUILD_TRIGGERS',
    ]);
  });
});
