import {
  ENVIRONMENTS_ACCESS,
  ROLE_PERMISSION_FLAGS,
  ROLE_PERMISSION_LISTS,
  type EnvironmentsAccess,
  type RolePermissionFlag,
  type RolePermissionList,
} from '../cma/vocabulary.ts';

/** What a role grants, on its own or after inheritance: its flags, environments and permission lists. */
export type PermissionSet = Record<RolePermissionFlag, boolean> &
  Record<RolePermissionList, readonly Record<string, unknown>[]> & { environments_access: EnvironmentsAccess };

function widerEnvironmentsAccess(a: EnvironmentsAccess, b: EnvironmentsAccess): EnvironmentsAccess {
  // primary_only and sandbox_only together reach every environment.
  if ((a === 'primary_only' && b === 'sandbox_only') || (a === 'sandbox_only' && b === 'primary_only')) return 'all';
  return ENVIRONMENTS_ACCESS.indexOf(a) >= ENVIRONMENTS_ACCESS.indexOf(b) ? a : b;
}

/**
 * The CMA's `meta.final_permissions` of `role`: a flag is granted when any role in its inheritance
 * chain (itself, then every inherited role, transitively; cycles and diamonds once) grants it, and the
 * permission lists are the union of every role's entries (an inherited negative entry still
 * subtracts: negative entries always take precedence). The local CMA answers with it; the API uses it
 * to foresee what a role change would do.
 */
export function finalPermissions<R extends PermissionSet & { id: string }>(
  role: R,
  rolesById: ReadonlyMap<string, R>,
  parentsOf: (role: R) => readonly string[],
): PermissionSet {
  const seen = new Set<string>();
  const chain: R[] = [];
  const visit = (current: R) => {
    if (seen.has(current.id)) return;
    seen.add(current.id);
    chain.push(current);
    for (const parentId of parentsOf(current)) {
      const parent = rolesById.get(parentId);
      if (parent) visit(parent);
    }
  };
  visit(role);
  const final = {} as Record<string, unknown>;
  for (const flag of ROLE_PERMISSION_FLAGS) final[flag] = chain.some((member) => member[flag]);
  final.environments_access = chain.map((member) => member.environments_access).reduce(widerEnvironmentsAccess, 'none');
  for (const list of ROLE_PERMISSION_LISTS) {
    const keys = new Set<string>();
    final[list] = chain.flatMap((member) => member[list]).filter((entry) => {
      const key = JSON.stringify(entry);
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    });
  }
  return final as PermissionSet;
}
