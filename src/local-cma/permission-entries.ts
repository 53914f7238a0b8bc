// How the CMA answers a role's permission entries: every key of the entry's family, null when unset,
// whatever the action (docs/local-cma-fidelity.md, "Role permission entries in answers").
//
// - Item types: a real GET /roles answer (datocms/js-datocms-client, cassettes/
//   site-api-site-invitations-create-find-all-destroy.json, recorded 1 March 2022) carries these nine
//   keys, in this order, on an `action: "all"` entry, `to_stage` and `locale` included although only
//   some actions use them.
// - Uploads: the same recording carries environment, action, on_creator, localization_scope and
//   locale. `upload_collection` and `move_to_upload_collection` came later (the official client's
//   RoleUploadPermission* types); that they too are always present, null when unset, is assumed from
//   the item type entries' `item_type` and `to_stage`.
// - Build triggers: `{ build_trigger: null }` in the same recording; search indexes, the same shape
//   by the client's types (assumed).
//
// The values filled in when a request left a required key out are assumed: `on_creator: "anyone"` and
// `localization_scope: "all"` for the actions whose response types require them (RoleItemTypePermission*,
// RoleUploadPermission*), null for the others ("not applicable and must be omitted (or null)").

type Entry = Record<string, unknown>;
export type EntryFamily = 'item_type' | 'upload' | 'build_trigger' | 'search_index';

const KEYS: Record<EntryFamily, readonly string[]> = {
  item_type: ['environment', 'item_type', 'workflow', 'on_stage', 'to_stage', 'action', 'on_creator', 'localization_scope', 'locale'],
  upload: ['environment', 'upload_collection', 'move_to_upload_collection', 'action', 'on_creator', 'localization_scope', 'locale'],
  build_trigger: ['build_trigger'],
  search_index: ['search_index'],
};

const NEEDS_ON_CREATOR: Partial<Record<EntryFamily, readonly string[]>> = {
  item_type: ['all', 'read', 'update', 'publish', 'delete', 'edit_creator', 'take_over', 'move_to_stage'],
  upload: ['all', 'read', 'update', 'delete', 'edit_creator', 'replace_asset', 'move'],
};
const NEEDS_LOCALIZATION_SCOPE: Partial<Record<EntryFamily, readonly string[]>> = {
  item_type: ['all', 'create', 'update', 'publish'],
  upload: ['all', 'update'],
};

function filledIn(family: EntryFamily, key: string, action: unknown): unknown {
  if (key === 'on_creator' && NEEDS_ON_CREATOR[family]?.includes(String(action))) return 'anyone';
  if (key === 'localization_scope' && NEEDS_LOCALIZATION_SCOPE[family]?.includes(String(action))) return 'all';
  return null;
}

/** An entry as the CMA answers it: exactly its family's keys, in the recorded order. */
export function normalizedEntry(family: EntryFamily, entry: Entry): Entry {
  return Object.fromEntries(KEYS[family].map((key) => [key, entry[key] ?? filledIn(family, key, entry.action)]));
}

/** The family of a permission list attribute (`positive_upload_permissions` → `upload`). */
export function familyOf(list: string): EntryFamily {
  const family = /^(?:positive|negative)_(item_type|upload|build_trigger|search_index)_permissions$/.exec(list)?.[1];
  if (family === undefined) throw new Error(`not a permission list: ${list}`);
  return family as EntryFamily;
}
