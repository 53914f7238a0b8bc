import { finalPermissions as mergeFinalPermissions } from '../capabilities/final-permissions.ts';
import type { StoredRole } from './types.ts';

export type FinalPermissions = Omit<StoredRole, 'id' | 'name' | 'inherits_permissions_from'>;

/** The CMA's `meta.final_permissions` of a stored role (see capabilities/final-permissions.ts). */
export function computeFinalPermissions(role: StoredRole, rolesById: ReadonlyMap<string, StoredRole>): FinalPermissions {
  return mergeFinalPermissions(role as never, rolesById as never, (member: StoredRole) => member.inherits_permissions_from) as unknown as FinalPermissions;
}
