import {
  ENVIRONMENTS_ACCESS,
  ROLE_PERMISSION_FLAGS,
  ROLE_PERMISSION_LISTS,
  type EnvironmentsAccess,
} from '../cma/vocabulary.ts';
import type { PermissionEntry, StoredRole } from './types.ts';

export type FinalPermissions = Omit<StoredRole, 'id' | 'name' | 'inherits_permissions_from'>;

function widerEnvironmentsAccess(a: EnvironmentsAccess, b: EnvironmentsAccess): EnvironmentsAccess {
  // primary_only and sandbox_only together reach every environment.
  if ((a === 'primary_only' && b === 'sandbox_only') || (a === 'sandbox_only' && b === 'primary_only')) {
    return 'all';
  }
  return ENVIRONMENTS_ACCESS.indexOf(a) >= ENVIRONMENTS_ACCESS.indexOf(b) ? a : b;
}

/** The roles `role` draws permissions from: itself, then every inherited role, transitively. */
function inheritanceClosure(role: StoredRole, rolesById: ReadonlyMap<string, StoredRole>): StoredRole[] {
  const seen = new Set<string>();
  const order: StoredRole[] = [];
  const visit = (current: StoredRole) => {
    if (seen.has(current.id)) return; // cycles and diamonds are merged once
    seen.add(current.id);
    order.push(current);
    for (const parentId of current.inherits_permissions_from) {
      const parent = rolesById.get(parentId);
      if (parent) visit(parent);
    }
  };
  visit(role);
  return order;
}

/**
 * The CMA's `meta.final_permissions`: a flag is granted when any role in the inheritance chain
 * grants it, and the permission lists are the union of every role's entries (so an inherited
 * negative entry still subtracts, as negative entries always take precedence).
 */
export function computeFinalPermissions(
  role: StoredRole,
  rolesById: ReadonlyMap<string, StoredRole>,
): FinalPermissions {
  const chain = inheritanceClosure(role, rolesById);
  const final = {} as FinalPermissions;
  for (const flag of ROLE_PERMISSION_FLAGS) {
    final[flag] = chain.some((member) => member[flag]);
  }
  final.environments_access = chain
    .map((member) => member.environments_access)
    .reduce(widerEnvironmentsAccess, 'none');
  for (const list of ROLE_PERMISSION_LISTS) {
    const entries: PermissionEntry[] = [];
    const keys = new Set<string>();
    for (const member of chain) {
      for (const entry of member[list]) {
        const key = JSON.stringify(entry);
        if (!keys.has(key)) {
          keys.add(key);
          entries.push(entry);
        }
      }
    }
    final[list] = entries;
  }
  return final;
}
