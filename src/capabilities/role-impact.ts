import { capabilityChanges, effectiveCapabilities, type ApiSurface, type FinalPermissions } from './effective-capabilities.ts';
import { finalPermissions, type PermissionSet } from './final-permissions.ts';

// What a role change does to every token it reaches: tokens bound to the role, and tokens bound to
// any role that inherits from it, transitively. Before and after are computed the same way (the CMA's
// merge of inherited permissions), so only the change shows.

export type ImpactRole = PermissionSet & { id: string; name: string; parents: readonly string[] };
export type ImpactToken = ApiSurface & { id: string; role_id: string | null };

export type TokenImpact<T> = {
  token: T;
  /** False: bound to the changed role itself; true: to a role inheriting from it. */
  throughInheritance: boolean;
  capabilityChanges: ReturnType<typeof capabilityChanges>;
};

function reaches(roleId: string, target: string, byId: ReadonlyMap<string, ImpactRole>, seen = new Set<string>()): boolean {
  if (roleId === target) return true;
  if (seen.has(roleId)) return false;
  seen.add(roleId);
  return (byId.get(roleId)?.parents ?? []).some((parent) => reaches(parent, target, byId, seen));
}

/** `after` is the role list once the change is made (the role replaced, or gone). */
export function impactOfRoleChange<T extends ImpactToken>(
  tokens: readonly T[],
  before: readonly ImpactRole[],
  after: readonly ImpactRole[],
  changedRoleId: string,
): TokenImpact<T>[] {
  const beforeById = new Map(before.map((role) => [role.id, role]));
  const afterById = new Map(after.map((role) => [role.id, role]));
  const layer = (roleId: string, byId: ReadonlyMap<string, ImpactRole>) => {
    const role = byId.get(roleId);
    if (!role) return { kind: 'no_role' as const };
    const permissions = finalPermissions(role, byId, (member) => member.parents) as unknown as FinalPermissions;
    return { kind: 'role' as const, name: role.name, permissions };
  };
  return tokens
    .filter((token) => token.role_id !== null && reaches(token.role_id, changedRoleId, beforeById))
    .map((token) => ({
      token,
      throughInheritance: token.role_id !== changedRoleId,
      capabilityChanges: capabilityChanges(
        effectiveCapabilities(token, layer(token.role_id!, beforeById)),
        effectiveCapabilities(token, layer(token.role_id!, afterById)),
      ),
    }));
}
