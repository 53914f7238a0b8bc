import {
  CMA_ERROR_CODES,
  ROLE_PERMISSION_FLAGS,
  ROLE_PERMISSION_LISTS,
  type RolePermissionFlag,
  type RolePermissionList,
} from '../cma/vocabulary.ts';
import type { RouteContext } from './context.ts';
import { computeFinalPermissions, type FinalPermissions } from './final-permissions.ts';
import { CmaHttpError } from './json-api.ts';
import type { PermissionEntry, StoreData, StoredAccessToken, StoredRole } from './types.ts';

/**
 * The project owner may do everything (DatoCMS: the owner of a project has every permission). Only the
 * flags are consulted by the local CMA.
 */
export const OWNER_PERMISSIONS: FinalPermissions = Object.freeze({
  ...(Object.fromEntries(ROLE_PERMISSION_FLAGS.map((flag) => [flag, true])) as Record<RolePermissionFlag, boolean>),
  ...(Object.fromEntries(ROLE_PERMISSION_LISTS.map((list) => [list, []])) as unknown as Record<RolePermissionList, PermissionEntry[]>),
  environments_access: 'all',
});

export function rolesById(data: Readonly<StoreData>): Map<string, StoredRole> {
  return new Map(data.roles.map((role) => [role.id, role]));
}

/** A token's final permissions, or null when it has no role (or its role was deleted): no rights at all. */
export function permissionsOf(token: StoredAccessToken, data: Readonly<StoreData>): FinalPermissions | null {
  if (token.role_id === null) return null;
  const roles = rolesById(data);
  const role = roles.get(token.role_id);
  return role ? computeFinalPermissions(role, roles) : null;
}

export function can(context: RouteContext, flag: RolePermissionFlag): boolean {
  return context.callerPermissions?.[flag] === true;
}

export function requirePermission(context: RouteContext, flag: RolePermissionFlag): void {
  if (!can(context, flag)) {
    throw new CmaHttpError(403, CMA_ERROR_CODES.insufficientPermissions, { missing_permission: flag });
  }
}
