import {
  capabilityChanges,
  effectiveCapabilities,
  WRITE_CAPABILITIES,
  type Capability,
  type CapabilityName,
} from '../capabilities/effective-capabilities.ts';
import type { RecordScope } from '../capabilities/record-scope.ts';
import { builder } from './builder.ts';
import { AccessTokenRef } from './refs.ts';
import { roleLayerOf } from './role-layer.ts';

// Keyed by the domain's names, so a new capability does not compile until it is described.
const CAPABILITY_DESCRIPTIONS: Record<CapabilityName, { description: string }> = {
  CALL_CDA: { description: 'Call the Content Delivery API for published content (canAccessCda); needs no role permission.' },
  CALL_CDA_PREVIEW: { description: 'Ask the Content Delivery API for drafts (canAccessCdaPreview); needs no role permission.' },
  CALL_CMA: { description: 'Call the Content Management API at all (canAccessCma); needs no role permission.' },
  READ_PUBLISHED_CONTENT: { description: 'Read published records: through the CDA or the CMA, with a role that may read records of some model.' },
  READ_DRAFT_CONTENT: { description: 'Read drafts: through CDA preview or the CMA, with a role that may read records of some model.' },
  CREATE_RECORDS: { description: 'Create records through the CMA (role: CREATE on some model).' },
  UPDATE_RECORDS: { description: 'Edit records through the CMA (role: UPDATE on some model).' },
  PUBLISH_RECORDS: { description: 'Publish and unpublish records through the CMA (role: PUBLISH on some model).' },
  DELETE_RECORDS: { description: 'Delete records through the CMA (role: DELETE on some model).' },
  MANAGE_UPLOADS: { description: 'Create, update or delete uploads through the CMA (role: upload permissions).' },
  EDIT_SCHEMA: { description: 'Change models and fields through the CMA (role: canEditSchema).' },
  MANAGE_ACCESS_TOKENS: { description: 'Create, rotate and delete API tokens and read every secret through the CMA (role: canManageAccessTokens).' },
  MANAGE_USERS_AND_ROLES: { description: 'Manage collaborators and roles through the CMA, its own role included (role: canManageUsers).' },
  MANAGE_WEBHOOKS: { description: 'Create and edit webhooks through the CMA (role: canManageWebhooks).' },
  MANAGE_ENVIRONMENTS: { description: 'Create, fork, delete or promote environments through the CMA (role: canManageEnvironments or canPromoteEnvironments).' },
  EDIT_PROJECT_SETTINGS: { description: 'Change project settings through the CMA (role: canEditSite or canEditFavicon).' },
  MANAGE_BUILD_TRIGGERS: { description: 'Create and edit build triggers through the CMA (role: canManageBuildTriggers).' },
};

export const CapabilityNameEnum = builder.enumType('CapabilityName', {
  description: "Something a token may do, as this API works it out from the token's role and its API surface flags.",
  values: CAPABILITY_DESCRIPTIONS,
});
export const CapabilityLayerEnum = builder.enumType('CapabilityLayer', {
  description: "The two layers of a token's power.",
  values: {
    ROLE: { description: "The role's final permissions (inherited roles included)" },
    API_SURFACE: { description: 'The API surface flags: canAccessCda, canAccessCdaPreview, canAccessCma' },
  },
});

const RecordScopeType = builder.objectRef<RecordScope>('RecordScope').implement({
  description: 'The models a record capability reaches.',
  fields: (t) => ({
    allModels: t.exposeBoolean('allModels', { description: 'Every model, except exceptItemTypeIds.' }),
    itemTypeIds: t.exposeIDList('itemTypeIds', { description: 'With allModels false: the models it reaches.' }),
    exceptItemTypeIds: t.exposeIDList('exceptItemTypeIds', { description: 'With allModels true: models a negative permission takes out.' }),
    conditional: t.exposeBoolean('conditional', {
      description: "Some granting permission only covers the caller's own records, one locale or a workflow.",
    }),
  }),
});

const CapabilityType = builder.objectRef<Capability>('Capability').implement({
  description: 'One capability of a token: whether it is allowed, and which layer (role, API surface flags, or both) decides.',
  fields: (t) => ({
    name: t.field({ type: CapabilityNameEnum, resolve: (capability) => capability.name }),
    allowed: t.exposeBoolean('allowed', { description: 'True only when both layers grant it.' }),
    roleGrants: t.exposeBoolean('roleGrants', { description: "The role's final permissions grant it (always true for CALL_*, which need no permission)." }),
    surfaceGrants: t.exposeBoolean('surfaceGrants', { description: 'An API surface flag opens an API it works through.' }),
    blockedBy: t.field({
      type: [CapabilityLayerEnum],
      description: 'The layers that block it; empty when allowed.',
      resolve: (capability) => capability.blockedBy,
    }),
    reason: t.exposeString('reason', { description: 'Why it is allowed or blocked, in a sentence naming the role and the flags.' }),
    models: t.field({
      type: RecordScopeType,
      nullable: true,
      description: 'For the record capabilities (reading, creating, updating, publishing, deleting): the models the role reaches. Null for the others, and for a token without a role.',
      resolve: (capability) => capability.models ?? null,
    }),
  }),
});

function summarise(capabilities: readonly Capability[]): string {
  const allowed = new Set(capabilities.filter((capability) => capability.allowed).map((capability) => capability.name));
  const reads = [
    allowed.has('READ_PUBLISHED_CONTENT') && 'published content',
    allowed.has('READ_DRAFT_CONTENT') && 'drafts',
  ].filter(Boolean);
  const writes = WRITE_CAPABILITIES.filter((name) => allowed.has(name));
  const readText = reads.length > 0 ? `Reads ${reads.join(' and ')}` : 'Reads no content';
  if (writes.length > 0) return `${readText}; writes through the CMA (${writes.length} capabilities)`;
  const blockedBySurface = capabilities.some((capability) => WRITE_CAPABILITIES.includes(capability.name) && capability.roleGrants && !capability.surfaceGrants);
  return `${readText}; cannot write${blockedBySurface ? ': its role could, but the CMA is closed to this token' : ''}`;
}

type Derived = { summary: string; canWrite: boolean; allowed: Capability['name'][] };
// Tokens with the same role and flags share one capability list (effectiveCapabilities memoises it):
// what is derived from a list is derived once, for every token that shares it.
const derivedFrom = new WeakMap<readonly Capability[], Derived>();
function derived(capabilities: readonly Capability[]): Derived {
  let values = derivedFrom.get(capabilities);
  if (!values) {
    values = {
      summary: summarise(capabilities),
      canWrite: capabilities.some((capability) => capability.allowed && WRITE_CAPABILITIES.includes(capability.name)),
      allowed: capabilities.filter((capability) => capability.allowed).map((capability) => capability.name),
    };
    derivedFrom.set(capabilities, values);
  }
  return values;
}

export const EffectiveCapabilitiesType = builder.objectRef<readonly Capability[]>('EffectiveCapabilities').implement({
  description: "What a token can really do: its role's final permissions intersected with its API surface flags.",
  fields: (t) => ({
    summary: t.string({
      description: 'One line for a person, e.g. "Reads published content; cannot write: its role could, but the CMA is closed to this token".',
      resolve: (capabilities) => derived(capabilities).summary,
    }),
    canWrite: t.boolean({
      description: 'True when any capability beyond reading (records, uploads, schema, tokens, roles, settings …) is allowed.',
      resolve: (capabilities) => derived(capabilities).canWrite,
    }),
    allowed: t.field({ type: [CapabilityNameEnum], description: 'The capabilities allowed.', resolve: (capabilities) => derived(capabilities).allowed }),
    capabilities: t.field({ type: [CapabilityType], description: 'Every capability, allowed or not, with why.', resolve: (capabilities) => capabilities }),
  }),
});

export type CapabilityChanges = ReturnType<typeof capabilityChanges>;
export const CapabilityChangesType = builder.objectRef<CapabilityChanges>('CapabilityChanges').implement({
  description: 'What a change does to a token\'s effective capabilities: calls allowed before may be refused after.',
  fields: (t) => ({
    gained: t.field({ type: [CapabilityNameEnum], description: 'Allowed after, not before.', resolve: (changes) => changes.gained }),
    lost: t.field({
      type: [CapabilityNameEnum],
      description: 'Allowed before, not after: whatever relies on these will be refused.',
      resolve: (changes) => changes.lost,
    }),
  }),
});

builder.objectField(AccessTokenRef, 'effectiveCapabilities', (t) =>
  t.field({
    type: EffectiveCapabilitiesType,
    nullable: true,
    description: 'Null (with an error) only when the role could not be read.',
    resolve: (token, _args, { loaders }) => {
      const role = roleLayerOf(token, loaders);
      return role instanceof Promise ? role.then((layer) => effectiveCapabilities(token, layer)) : effectiveCapabilities(token, role);
    },
  }),
);
