import type { CmaAccessToken } from '../cma/types.ts';
import type { LastAccess } from '../cma/vocabulary.ts';
import type { Loaders } from '../loaders/create-loaders.ts';
import type { AccessTokenRecord } from '../store/database.ts';
import { builder } from './builder.ts';
import { ApiSurfaceEnum, LastAccessEnum } from './enums.ts';
import { addDays, reviewDue, type TokenPolicy } from '../policy/token-policy.ts';
import { DateTimeScalar } from './scalars.ts';
import { cmaId } from './validators.ts';

// The filter of accessTokens, also the selection of the bulk mutations.

export type AccessTokenFilter = {
  roleIds?: string[] | null;
  canAccess?: ('can_access_cda' | 'can_access_cda_preview' | 'can_access_cma')[] | null;
  editable?: boolean | null;
  lastCmaAccess?: LastAccess[] | null;
  lastCdaAccess?: LastAccess[] | null;
  nameContains?: string | null;
  hasOwner?: boolean | null;
  ownerContains?: string | null;
  expiresBefore?: Date | null;
  expiresWithinDays?: number | null;
  reviewDue?: boolean | null;
};

/** The conditions on what the store keeps (src/store): checking them needs the tokens' records. */
export const needsRecords = (filter: AccessTokenFilter | null | undefined): filter is AccessTokenFilter =>
  filter != null && (filter.hasOwner != null || filter.ownerContains != null || filter.expiresBefore != null || filter.expiresWithinDays != null || filter.reviewDue != null);

export const AccessTokenFilterInput = builder.inputType('AccessTokenFilter', {
  description: 'Which tokens to list (accessTokens) or act on (the bulk mutations). Every condition given must hold; none given matches every token.',
  fields: (t) => ({
    roleIds: t.idList({ description: 'Tokens bound to one of these roles.', validate: { items: { schema: cmaId } } }),
    canAccess: t.field({ type: [ApiSurfaceEnum], description: 'Tokens that may call every one of these APIs.' }),
    editable: t.boolean({ description: 'true: tokens created through the API; false: built-in tokens.' }),
    lastCmaAccess: t.field({ type: [LastAccessEnum], description: 'Tokens whose last CMA call falls in one of these buckets (NEVER: unused since the start of last month).' }),
    lastCdaAccess: t.field({ type: [LastAccessEnum], description: 'Tokens whose last CDA call falls in one of these buckets.' }),
    nameContains: t.string({ description: 'Case-insensitive.', validate: { maxLength: 255 } }),
    hasOwner: t.boolean({ description: 'true: tokens with an owner recorded; false: tokens without one.' }),
    ownerContains: t.string({ description: 'Tokens whose owner contains this text, case-insensitive.', validate: { maxLength: 255 } }),
    expiresBefore: t.field({ type: DateTimeScalar, description: 'Tokens whose expiresAt is set and earlier than this instant.' }),
    expiresWithinDays: t.int({ description: 'Tokens expiring within this many days from now (expired ones included).', validate: { int: true, min: 0, max: 3_650 } }),
    reviewDue: t.boolean({ description: "true: tokens the project's policy wants reviewed now (AccessToken.reviewDue); false: the others." }),
  }),
});

/**
 * Whether a token meets every condition given; `record`: what the store keeps of it, and `policy`
 * the project's, when the filter needs them.
 */
export function matchesFilter(token: CmaAccessToken, filter: AccessTokenFilter, record?: AccessTokenRecord | null, policy?: TokenPolicy, now = new Date()): boolean {
  if (filter.roleIds && !filter.roleIds.includes(token.role?.id ?? '')) return false;
  if (filter.canAccess && !filter.canAccess.every((surface) => token[surface])) return false;
  if (filter.editable != null && filter.editable !== (token.hardcoded_type == null)) return false;
  if (filter.lastCmaAccess && !filter.lastCmaAccess.includes(token.last_cma_access)) return false;
  if (filter.lastCdaAccess && !filter.lastCdaAccess.includes(token.last_cda_access)) return false;
  if (filter.nameContains && !token.name.toLowerCase().includes(filter.nameContains.toLowerCase())) return false;
  const owner = record?.owner ?? null;
  if (filter.hasOwner != null && filter.hasOwner !== (owner !== null)) return false;
  if (filter.ownerContains && !owner?.toLowerCase().includes(filter.ownerContains.toLowerCase())) return false;
  if (filter.expiresBefore && !(record?.expires_at && record.expires_at < filter.expiresBefore)) return false;
  if (filter.expiresWithinDays != null && !(record?.expires_at && record.expires_at <= addDays(now, filter.expiresWithinDays))) return false;
  if (filter.reviewDue != null && policy && filter.reviewDue !== reviewDue(policy, record?.last_reviewed_at ?? null, now)) return false;
  return true;
}

/** The tokens that meet every condition, their records read (batched) only when a condition needs them. */
export async function selectTokens(tokens: CmaAccessToken[], filter: AccessTokenFilter | null | undefined, loaders: Loaders): Promise<CmaAccessToken[]> {
  if (!filter) return tokens;
  if (!needsRecords(filter)) return tokens.filter((token) => matchesFilter(token, filter));
  const [records, policy] = await Promise.all([Promise.all(tokens.map((token) => loaders.recordOf(token))), filter.reviewDue != null ? loaders.policy() : undefined]);
  return tokens.filter((token, index) => matchesFilter(token, filter, records[index], policy));
}

/** Whether the filter names any condition at all. */
export function isEmptyFilter(filter: AccessTokenFilter | null | undefined): boolean {
  return !filter || Object.values(filter).every((value) => value == null);
}
