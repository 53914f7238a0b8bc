import type { CmaAccessToken } from '../cma/types.ts';
import type { FieldChange, LastSeenState } from './database.ts';
import type { TokenMetadata } from './token-records.ts';

/** What the store remembers of a token's CMA state: never its secret. */
export function lastSeenOf(token: CmaAccessToken): LastSeenState {
  return {
    name: token.name,
    roleId: token.role?.id ?? null,
    canAccessCda: token.can_access_cda,
    canAccessCdaPreview: token.can_access_cda_preview,
    canAccessCma: token.can_access_cma,
    hardcodedType: token.hardcoded_type ?? null,
  };
}

const STATE_FIELDS: [field: string, of: (state: LastSeenState) => string | null][] = [
  ['name', (state) => state.name],
  ['role', (state) => state.roleId],
  ['canAccessCda', (state) => String(state.canAccessCda)],
  ['canAccessCdaPreview', (state) => String(state.canAccessCdaPreview)],
  ['canAccessCma', (state) => String(state.canAccessCma)],
];

const METADATA_FIELDS: [field: string, of: (metadata: TokenMetadata) => string | null][] = [
  ['owner', (metadata) => metadata.owner],
  ['purpose', (metadata) => metadata.purpose],
  ['expiresAt', (metadata) => metadata.expiresAt?.toISOString() ?? null],
];

function diff<T>(fields: [string, (value: T) => string | null][], before: T | null, after: T | null): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, of] of fields) {
    const from = before === null ? null : of(before);
    const to = after === null ? null : of(after);
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}

/** The fields that differ, as strings (`true`/`false`, a role id), null where there is no value. */
export function stateChanges(before: LastSeenState | null, after: LastSeenState | null): FieldChange[] {
  return diff(STATE_FIELDS, before, after);
}

export function metadataChanges(before: TokenMetadata | null, after: TokenMetadata | null): FieldChange[] {
  return diff(METADATA_FIELDS, before, after);
}

export function sameState(a: LastSeenState, b: LastSeenState): boolean {
  return stateChanges(a, b).length === 0 && a.hardcodedType === b.hardcodedType;
}
