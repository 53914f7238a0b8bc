import { ROLE_PERMISSION_FLAGS, ROLE_PERMISSION_LISTS, type EnvironmentsAccess } from '../cma/vocabulary.ts';
import { familyOf, normalizedEntry } from './permission-entries.ts';
import type { PermissionEntry, StoredRole } from './types.ts';

// The local CMA's own `meta.final_permissions`. It is the oracle the API's role previews are checked
// against, so it shares no code with src/capabilities: written from DatoCMS's description of the merge,
// not from the API's implementation.
//
// What DatoCMS says (the official client's Role type, "How permissions are computed" and "Effective vs
// declared permissions"): the final permissions are "the effective permissions after walking the
// inheritance chain"; inherited roles' entries are "unioned into this role's positive set" and negative
// entries always win. A recorded answer (js-datocms-client cassette of 1 March 2022, the roles of a new
// project, which inherit from nothing) pins the case without inheritance: every flag, environments_access
// and every list exactly as declared, negative lists kept as lists (the subtraction happens when a
// request is authorised, not in this answer). With inheritance, no recording exists; the local CMA:
// - ORs each flag with the final permissions of every inherited role, recursively;
// - concatenates each list (positive with positive, negative with negative): the role's own entries
//   first, then each inherited role's final entries in the order inherited, each entry once;
// - reaches the primary environment if any role of the chain does, sandboxes likewise
//   (primary_only + sandbox_only = all): assumed, DatoCMS does not document it;
// - ignores an inheritance that leads back to a role already being merged (a cycle adds nothing).

export type FinalPermissions = Omit<StoredRole, 'id' | 'name' | 'inherits_permissions_from'>;

type Reach = { primary: boolean; sandbox: boolean };

const REACH: Record<EnvironmentsAccess, Reach> = {
  all: { primary: true, sandbox: true },
  primary_only: { primary: true, sandbox: false },
  sandbox_only: { primary: false, sandbox: true },
  none: { primary: false, sandbox: false },
};

function accessFrom(reach: Reach): EnvironmentsAccess {
  if (reach.primary) return reach.sandbox ? 'all' : 'primary_only';
  return reach.sandbox ? 'sandbox_only' : 'none';
}

function ownPermissions(role: StoredRole): FinalPermissions {
  const own = { environments_access: role.environments_access } as FinalPermissions;
  for (const flag of ROLE_PERMISSION_FLAGS) own[flag] = role[flag] === true;
  for (const list of ROLE_PERMISSION_LISTS) own[list] = role[list].map((entry) => normalizedEntry(familyOf(list), entry));
  return own;
}

function union(first: readonly PermissionEntry[], second: readonly PermissionEntry[]): PermissionEntry[] {
  const result = [...first];
  const seen = new Set(first.map((entry) => JSON.stringify(entry)));
  for (const entry of second) {
    const key = JSON.stringify(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  return result;
}

function inheritInto(heir: FinalPermissions, inherited: FinalPermissions): FinalPermissions {
  const merged = { ...heir };
  for (const flag of ROLE_PERMISSION_FLAGS) merged[flag] = heir[flag] || inherited[flag];
  const heirReach = REACH[heir.environments_access];
  const inheritedReach = REACH[inherited.environments_access];
  merged.environments_access = accessFrom({
    primary: heirReach.primary || inheritedReach.primary,
    sandbox: heirReach.sandbox || inheritedReach.sandbox,
  });
  for (const list of ROLE_PERMISSION_LISTS) merged[list] = union(heir[list], inherited[list]);
  return merged;
}

/** The CMA's `meta.final_permissions` of a stored role. */
export function computeFinalPermissions(role: StoredRole, rolesById: ReadonlyMap<string, StoredRole>): FinalPermissions {
  // Results that did not meet a cycle are the same wherever they are reached from: computed once.
  const settled = new Map<string, FinalPermissions>();
  const finalOf = (current: StoredRole, merging: ReadonlySet<string>): { final: FinalPermissions; cut: boolean } => {
    const known = settled.get(current.id);
    if (known) return { final: known, cut: false };
    const path = new Set(merging).add(current.id);
    let final = ownPermissions(current);
    let cut = false;
    for (const parentId of current.inherits_permissions_from) {
      const parent = rolesById.get(parentId);
      if (!parent) continue;
      if (path.has(parentId)) {
        cut = true;
        continue;
      }
      const inherited = finalOf(parent, path);
      cut ||= inherited.cut;
      final = inheritInto(final, inherited.final);
    }
    if (!cut) settled.set(current.id, final);
    return { final, cut };
  };
  return finalOf(role, new Set()).final;
}
