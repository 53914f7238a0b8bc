import { CMA_ERROR_CODES, type RolePermissionFlag } from '../cma/vocabulary.ts';
import type { RouteContext } from './context.ts';
import { computeFinalPermissions, type FinalPermissions } from './final-permissions.ts';
import { CmaHttpError } from './json-api.ts';
import type { StoreData, StoredAccessToken, StoredRole } from './types.ts';

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
