// How the CMA answers a role's permission entries. The official client's generated response types
// (RoleItemTypePermission*, RoleUploadPermission* in RawApiTypes) make `on_creator` required for
// every action but create and duplicate, and `localization_scope` required for all, create, update
// and publish: the CMA fills them in when a request left them out. The values it fills in are not
// documented; 'anyone' and 'all' (the widest, as for an entry that never mentioned them) are assumed.

type Entry = Record<string, unknown>;
type Family = 'item_type' | 'upload';

const WITH_ON_CREATOR: Record<Family, readonly string[]> = {
  item_type: ['all', 'read', 'update', 'publish', 'delete', 'edit_creator', 'take_over', 'move_to_stage'],
  upload: ['all', 'read', 'update', 'delete', 'edit_creator', 'replace_asset', 'move'],
};
const WITH_LOCALIZATION_SCOPE: Record<Family, readonly string[]> = {
  item_type: ['all', 'create', 'update', 'publish'],
  upload: ['all', 'update'],
};

export function normalizedEntry(family: Family, entry: Entry): Entry {
  const action = String(entry.action);
  return {
    ...entry,
    ...(WITH_ON_CREATOR[family].includes(action) ? { on_creator: entry.on_creator ?? 'anyone' } : {}),
    ...(WITH_LOCALIZATION_SCOPE[family].includes(action) ? { localization_scope: entry.localization_scope ?? 'all' } : {}),
  };
}

/** The family of a permission list attribute, for the lists whose entries are normalised. */
export function familyOf(list: string): Family | undefined {
  if (list.endsWith('_item_type_permissions')) return 'item_type';
  if (list.endsWith('_upload_permissions')) return 'upload';
  return undefined;
}
