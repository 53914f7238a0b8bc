import type { ItemTypeAction, RolePermissionFlag } from '../cma/vocabulary.ts';
import { reachesAnyModel, recordScope, type RecordScope } from './record-scope.ts';

// A token's effective capabilities: what its role's final permissions allow, intersected with the
// APIs its surface flags open. The Content Delivery API only reads; everything else goes through
// the CMA, so every write and management capability needs can_access_cma.

export type ApiSurface = { can_access_cda: boolean; can_access_cda_preview: boolean; can_access_cma: boolean };

export type FinalPermissions = Record<RolePermissionFlag, boolean> & {
  positive_item_type_permissions: readonly Record<string, unknown>[];
  negative_item_type_permissions: readonly Record<string, unknown>[];
  positive_upload_permissions: readonly Record<string, unknown>[];
  negative_upload_permissions: readonly Record<string, unknown>[];
};

/**
 * The role layer as the token has it: its role's final permissions, or none when the CMA gives the
 * token no role (its AccessToken type allows `role: null`). A token cannot point at a deleted role:
 * the CMA refuses to delete a role that tokens are bound to.
 */
export type RoleLayer = { kind: 'role'; name: string; permissions: FinalPermissions } | { kind: 'no_role' };

export type Layer = 'ROLE' | 'API_SURFACE';

export const CAPABILITIES = [
  'CALL_CDA',
  'CALL_CDA_PREVIEW',
  'CALL_CMA',
  'READ_PUBLISHED_CONTENT',
  'READ_DRAFT_CONTENT',
  'CREATE_RECORDS',
  'UPDATE_RECORDS',
  'PUBLISH_RECORDS',
  'DELETE_RECORDS',
  'MANAGE_UPLOADS',
  'EDIT_SCHEMA',
  'MANAGE_ACCESS_TOKENS',
  'MANAGE_USERS_AND_ROLES',
  'MANAGE_WEBHOOKS',
  'MANAGE_ENVIRONMENTS',
  'EDIT_PROJECT_SETTINGS',
  'MANAGE_BUILD_TRIGGERS',
] as const;
export type CapabilityName = (typeof CAPABILITIES)[number];

export type Capability = {
  name: CapabilityName;
  allowed: boolean;
  roleGrants: boolean;
  surfaceGrants: boolean;
  /** The layers that block it; empty when allowed. */
  blockedBy: Layer[];
  /** One line a person can read: why it is allowed or not. */
  reason: string;
  /** For record actions: the models it reaches. */
  models?: RecordScope;
};

export const WRITE_CAPABILITIES: readonly CapabilityName[] = [
  'CREATE_RECORDS', 'UPDATE_RECORDS', 'PUBLISH_RECORDS', 'DELETE_RECORDS', 'MANAGE_UPLOADS', 'EDIT_SCHEMA',
  'MANAGE_ACCESS_TOKENS', 'MANAGE_USERS_AND_ROLES', 'MANAGE_WEBHOOKS', 'MANAGE_ENVIRONMENTS', 'EDIT_PROJECT_SETTINGS',
  'MANAGE_BUILD_TRIGGERS',
];

type RoleGrant = { grants: boolean; models?: RecordScope; what: string };
type Rule = {
  name: CapabilityName;
  /** Which surfaces open it (any one suffices), with words for the reason. */
  surfaces: (keyof ApiSurface)[];
  surfaceWords: string;
  role: (permissions: FinalPermissions) => RoleGrant;
};

const noRoleNeeded = (): RoleGrant => ({ grants: true, what: 'needs no role permission' });
const flag = (permission: RolePermissionFlag, what: string) => (permissions: FinalPermissions): RoleGrant => ({
  grants: permissions[permission],
  what: `${what} (${permission})`,
});
const anyFlag = (flags: RolePermissionFlag[], what: string) => (permissions: FinalPermissions): RoleGrant => ({
  grants: flags.some((name) => permissions[name]),
  what: `${what} (${flags.join(' or ')})`,
});
const records = (action: ItemTypeAction, what: string) => (permissions: FinalPermissions): RoleGrant => {
  const models = recordScope(action, permissions.positive_item_type_permissions, permissions.negative_item_type_permissions);
  return { grants: reachesAnyModel(models), models, what };
};
const uploadWrites = (permissions: FinalPermissions): RoleGrant => {
  const scopes = (['create', 'update', 'delete'] as const).map((action) =>
    recordScope(action, permissions.positive_upload_permissions, permissions.negative_upload_permissions, 'upload_collection'),
  );
  return { grants: scopes.some(reachesAnyModel), what: 'create, update or delete uploads' };
};

const CMA_ONLY = { surfaces: ['can_access_cma'] as (keyof ApiSurface)[], surfaceWords: 'the CMA' };

const RULES: Rule[] = [
  { name: 'CALL_CDA', surfaces: ['can_access_cda'], surfaceWords: 'the CDA (can_access_cda)', role: noRoleNeeded },
  { name: 'CALL_CDA_PREVIEW', surfaces: ['can_access_cda_preview'], surfaceWords: 'CDA drafts (can_access_cda_preview)', role: noRoleNeeded },
  { name: 'CALL_CMA', surfaces: ['can_access_cma'], surfaceWords: 'the CMA (can_access_cma)', role: noRoleNeeded },
  { name: 'READ_PUBLISHED_CONTENT', surfaces: ['can_access_cda', 'can_access_cma'], surfaceWords: 'the CDA or the CMA', role: records('read', 'read records') },
  { name: 'READ_DRAFT_CONTENT', surfaces: ['can_access_cda_preview', 'can_access_cma'], surfaceWords: 'CDA drafts or the CMA', role: records('read', 'read records') },
  { name: 'CREATE_RECORDS', ...CMA_ONLY, role: records('create', 'create records') },
  { name: 'UPDATE_RECORDS', ...CMA_ONLY, role: records('update', 'update records') },
  { name: 'PUBLISH_RECORDS', ...CMA_ONLY, role: records('publish', 'publish records') },
  { name: 'DELETE_RECORDS', ...CMA_ONLY, role: records('delete', 'delete records') },
  { name: 'MANAGE_UPLOADS', ...CMA_ONLY, role: uploadWrites },
  { name: 'EDIT_SCHEMA', ...CMA_ONLY, role: flag('can_edit_schema', 'edit the schema') },
  { name: 'MANAGE_ACCESS_TOKENS', ...CMA_ONLY, role: flag('can_manage_access_tokens', 'manage API tokens') },
  { name: 'MANAGE_USERS_AND_ROLES', ...CMA_ONLY, role: flag('can_manage_users', 'manage collaborators and roles') },
  { name: 'MANAGE_WEBHOOKS', ...CMA_ONLY, role: flag('can_manage_webhooks', 'manage webhooks') },
  { name: 'MANAGE_ENVIRONMENTS', ...CMA_ONLY, role: anyFlag(['can_manage_environments', 'can_promote_environments'], 'manage environments') },
  { name: 'EDIT_PROJECT_SETTINGS', ...CMA_ONLY, role: anyFlag(['can_edit_site', 'can_edit_favicon'], 'edit project settings') },
  { name: 'MANAGE_BUILD_TRIGGERS', ...CMA_ONLY, role: flag('can_manage_build_triggers', 'manage build triggers') },
];

function roleGrant(rule: Rule, role: RoleLayer): RoleGrant & { whose: string } {
  if (rule.role === noRoleNeeded) return { ...noRoleNeeded(), whose: '' };
  if (role.kind === 'no_role') return { grants: false, what: 'the token has no role', whose: '' };
  return { ...rule.role(role.permissions), whose: `role "${role.name}"` };
}

function describe(rule: Rule, grant: RoleGrant & { whose: string }, surfaceGrants: boolean): string {
  const surface = surfaceGrants ? `the token can call ${rule.surfaceWords}` : `the token cannot call ${rule.surfaceWords}`;
  if (rule.role === noRoleNeeded) return surfaceGrants ? `Allowed: ${surface}` : `Blocked: ${surface}`;
  const roleText = grant.whose
    ? `${grant.whose} ${grant.grants ? 'allows' : 'does not allow'} it to ${grant.what}`
    : grant.what;
  if (grant.grants && surfaceGrants) return `Allowed: ${roleText}, and ${surface}`;
  if (grant.grants) return `Blocked by the API surface: ${roleText}, but ${surface}`;
  if (surfaceGrants) return `Blocked by the role: ${roleText}`;
  return `Blocked by both layers: ${roleText}, and ${surface}`;
}

/** Every capability of a token, each with the layer that granted or blocked it. */
// A token's capabilities depend only on its role and its three surface flags: each (role, flags)
// pair is evaluated once, and every token sharing it shares the (read-only) result. Keyed by the
// role's permissions object, which is new with every CMA answer, so nothing outlives a request.
const byRole = new WeakMap<object, Map<number, readonly Capability[]>>();
const withoutRole = new Map<number, readonly Capability[]>();

export function effectiveCapabilities(surface: ApiSurface, role: RoleLayer): readonly Capability[] {
  let forRole = role.kind === 'role' ? byRole.get(role.permissions) : withoutRole;
  if (!forRole) {
    forRole = new Map();
    byRole.set((role as { permissions: object }).permissions, forRole);
  }
  const key = (surface.can_access_cda ? 1 : 0) | (surface.can_access_cda_preview ? 2 : 0) | (surface.can_access_cma ? 4 : 0);
  let capabilities = forRole.get(key);
  if (!capabilities) {
    capabilities = Object.freeze(evaluate(surface, role));
    forRole.set(key, capabilities);
  }
  return capabilities;
}

function evaluate(surface: ApiSurface, role: RoleLayer): Capability[] {
  return RULES.map((rule) => {
    const surfaceGrants = rule.surfaces.some((name) => surface[name]);
    const grant = roleGrant(rule, role);
    const blockedBy: Layer[] = [];
    if (!grant.grants) blockedBy.push('ROLE');
    if (!surfaceGrants) blockedBy.push('API_SURFACE');
    const capability: Capability = {
      name: rule.name,
      allowed: blockedBy.length === 0,
      roleGrants: grant.grants,
      surfaceGrants,
      blockedBy,
      reason: describe(rule, grant, surfaceGrants),
    };
    if (grant.models) capability.models = grant.models;
    return capability;
  });
}

export function allowedNames(capabilities: readonly Capability[]): CapabilityName[] {
  return capabilities.filter((capability) => capability.allowed).map((capability) => capability.name);
}

/** What a change of token or role does to its capabilities. */
export function capabilityChanges(before: readonly Capability[], after: readonly Capability[]) {
  const was = new Set(allowedNames(before));
  const is = new Set(allowedNames(after));
  return {
    gained: CAPABILITIES.filter((name) => is.has(name) && !was.has(name)),
    lost: CAPABILITIES.filter((name) => was.has(name) && !is.has(name)),
  };
}
