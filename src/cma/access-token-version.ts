import { createHash } from 'node:crypto';
import type { CmaAccessToken } from './types.ts';

/**
 * An opaque version of what a write can change: name, API surface flags and role. The CMA keeps
 * no revision counter, so the version is derived from the state itself, like a strong ETag: two
 * reads with the same version saw the same writable state. The secret is left out on purpose: a
 * version is shown to callers who may not see secrets, and must never let anyone tell them apart.
 */
export function accessTokenVersion(token: Pick<CmaAccessToken, 'name' | 'can_access_cda' | 'can_access_cda_preview' | 'can_access_cma' | 'role'>): string {
  const state = JSON.stringify([token.name, token.can_access_cda, token.can_access_cda_preview, token.can_access_cma, token.role?.id ?? null]);
  return createHash('sha256').update(state).digest('base64url').slice(0, 22);
}

/** Whether two reads of a token hold the same writable state. */
export function sameWritableState(a: Parameters<typeof accessTokenVersion>[0], b: Parameters<typeof accessTokenVersion>[0]): boolean {
  return accessTokenVersion(a) === accessTokenVersion(b);
}
