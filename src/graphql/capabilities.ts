import {
  CAPABILITIES,
  capabilityChanges,
  effectiveCapabilities,
  WRITE_CAPABILITIES,
  type Capability,
} from '../capabilities/effective-capabilities.ts';
import type { RecordScope } from '../capabilities/record-scope.ts';
import { builder } from './builder.ts';
import { AccessTokenRef } from './refs.ts';
import { roleLayerOf } from './role-layer.ts';

export const CapabilityNameEnum = builder.enumType('CapabilityName', { values: CAPABILITIES });
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
    allModels: t.exposeBoolean('allModels'),
    itemTypeIds: t.exposeIDList('itemTypeIds', { description: 'With allModels false: the models it reaches.' }),
    exceptItemTypeIds: t.exposeIDList('exceptItemTypeIds', { description: 'With allModels true: models a negative permission takes out.' }),
    conditional: t.exposeBoolean('conditional', {
      description: "Some granting permission only covers the caller's own records, one locale or a workflow.",
    }),
  }),
});

const CapabilityType = builder.objectRef<Capability>('Capability').implement({
  fields: (t) => ({
    name: t.field({ type: CapabilityNameEnum, resolve: (capability) => capability.name }),
    allowed: t.exposeBoolean('allowed'),
    roleGrants: t.exposeBoolean('roleGrants'),
    surfaceGrants: t.exposeBoolean('surfaceGrants'),
    blockedBy: t.field({ type: [CapabilityLayerEnum], resolve: (capability) => capability.blockedBy }),
    reason: t.exposeString('reason'),
    models: t.field({ type: RecordScopeType, nullable: true, resolve: (capability) => capability.models ?? null }),
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
    summary: t.string({ resolve: (capabilities) => derived(capabilities).summary }),
    canWrite: t.boolean({ resolve: (capabilities) => derived(capabilities).canWrite }),
    allowed: t.field({ type: [CapabilityNameEnum], resolve: (capabilities) => derived(capabilities).allowed }),
    capabilities: t.field({ type: [CapabilityType], resolve: (capabilities) => capabilities }),
  }),
});

export type CapabilityChanges = ReturnType<typeof capabilityChanges>;
export const CapabilityChangesType = builder.objectRef<CapabilityChanges>('CapabilityChanges').implement({
  description: 'What a change does to a token\'s effective capabilities: calls allowed before may be refused after.',
  fields: (t) => ({
    gained: t.field({ type: [CapabilityNameEnum], resolve: (changes) => changes.gained }),
    lost: t.field({ type: [CapabilityNameEnum], resolve: (changes) => changes.lost }),
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
