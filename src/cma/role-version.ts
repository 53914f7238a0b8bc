import { createHash } from 'node:crypto';
import type { CmaRole } from './types.ts';

/** A role's state as a write sees it: every attribute and its inheritance, not its id or computed meta. */
export function roleState(role: CmaRole): string {
  const { id: _id, type: _type, meta: _meta, ...writable } = role as CmaRole & { type?: string };
  return JSON.stringify(Object.entries(writable).sort(([a], [b]) => a.localeCompare(b)));
}

/** An opaque version of a role: changes with any attribute or its inheritance (see accessTokenVersion). */
export function roleVersion(role: CmaRole): string {
  return createHash('sha256').update(roleState(role)).digest('base64url').slice(0, 22);
}
