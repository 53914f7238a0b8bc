import type { CmaAccessToken } from '../cma/types.ts';
import type { LastAccess } from '../cma/vocabulary.ts';
import { builder } from './builder.ts';
import { ApiSurfaceEnum, LastAccessEnum } from './enums.ts';
import { cmaId } from './validators.ts';

// The filter of accessTokens, also the selection of the bulk mutations.

export type AccessTokenFilter = {
  roleIds?: string[] | null;
  canAccess?: ('can_access_cda' | 'can_access_cda_preview' | 'can_access_cma')[] | null;
  editable?: boolean | null;
  lastCmaAccess?: LastAccess[] | null;
  lastCdaAccess?: LastAccess[] | null;
  nameContains?: string | null;
};

export const AccessTokenFilterInput = builder.inputType('AccessTokenFilter', {
  description: 'Which tokens to list (accessTokens) or act on (the bulk mutations). Every condition given must hold; none given matches every token.',
  fields: (t) => ({
    roleIds: t.idList({ description: 'Tokens bound to one of these roles.', validate: { items: { schema: cmaId } } }),
    canAccess: t.field({ type: [ApiSurfaceEnum], description: 'Tokens that may call every one of these APIs.' }),
    editable: t.boolean({ description: 'true: tokens created through the API; false: built-in tokens.' }),
    lastCmaAccess: t.field({ type: [LastAccessEnum], description: 'Tokens whose last CMA call falls in one of these buckets (NEVER: unused since the start of last month).' }),
    lastCdaAccess: t.field({ type: [LastAccessEnum], description: 'Tokens whose last CDA call falls in one of these buckets.' }),
    nameContains: t.string({ description: 'Case-insensitive.', validate: { maxLength: 255 } }),
  }),
});

/** Whether a token meets every condition given. */
export function matchesFilter(token: CmaAccessToken, filter: AccessTokenFilter): boolean {
  if (filter.roleIds && !filter.roleIds.includes(token.role?.id ?? '')) return false;
  if (filter.canAccess && !filter.canAccess.every((surface) => token[surface])) return false;
  if (filter.editable != null && filter.editable !== (token.hardcoded_type == null)) return false;
  if (filter.lastCmaAccess && !filter.lastCmaAccess.includes(token.last_cma_access)) return false;
  if (filter.lastCdaAccess && !filter.lastCdaAccess.includes(token.last_cda_access)) return false;
  if (filter.nameContains && !token.name.toLowerCase().includes(filter.nameContains.toLowerCase())) return false;
  return true;
}

/** Whether the filter names any condition at all. */
export function isEmptyFilter(filter: AccessTokenFilter | null | undefined): boolean {
  return !filter || Object.values(filter).every((value) => value == null);
}
