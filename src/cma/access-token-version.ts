import { createHash } from 'node:crypto';
import type { CmaAccessToken } from './types.ts';

type VersionedState = Pick<CmaAccessToken, 'name' | 'can_access_cda' | 'can_access_cda_preview' | 'can_access_cma' | 'role'>;
/** What this API keeps beside the CMA's attributes and a write can change (see src/store). */
export type VersionedMetadata = { owner: string | null; purpose: string | null; expiresAt: Date | null };

/**
 * An opaque version of what a write can change: name, API surface flags, role, and the metadata
 * this API keeps (owner, purpose, expiry). The CMA keeps no revision counter, so the version is
 * derived from the state itself, like a strong ETag: two reads with the same version saw the same
 * writable state. The secret is left out on purpose: a version is shown to callers who may not see
 * secrets, and must never let anyone tell them apart. A token without metadata keeps the version it
 * had before metadata existed.
 */
export function accessTokenVersion(token: VersionedState, metadata?: VersionedMetadata | null): string {
  const state: unknown[] = [token.name, token.can_access_cda, token.can_access_cda_preview, token.can_access_cma, token.role?.id ?? null];
  if (metadata && (metadata.owner !== null || metadata.purpose !== null || metadata.expiresAt !== null)) {
    state.push(metadata.owner, metadata.purpose, metadata.expiresAt?.toISOString() ?? null);
  }
  return createHash('sha256').update(JSON.stringify(state)).digest('base64url').slice(0, 22);
}

/** Whether two reads of a token hold the same writable CMA state. */
export function sameWritableState(a: VersionedState, b: VersionedState): boolean {
  return accessTokenVersion(a) === accessTokenVersion(b);
}
