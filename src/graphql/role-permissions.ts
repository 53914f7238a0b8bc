import type { CmaRole } from '../cma/types.ts';
import { ROLE_PERMISSION_FLAGS, type RolePermissionFlag } from '../cma/vocabulary.ts';
import { builder } from './builder.ts';
import {
  EnvironmentsAccessEnum,
  ItemTypeActionEnum,
  LocalizationScopeEnum,
  OnCreatorEnum,
  UploadActionEnum,
} from './enums.ts';

// A role's permissions: the same shape on a role (what it grants itself) and in its
// `finalPermissions` (the CMA's meta.final_permissions, inherited roles included).

export type PermissionsShape = CmaRole['meta']['final_permissions'];
type Entry = Record<string, unknown>;

const optionalString = (entry: Entry, key: string) => (typeof entry[key] === 'string' ? (entry[key] as string) : null);

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The fields record and upload permission entries share: where and on whose content they apply. */
function scopeFields(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Entry>) {
  return {
    environment: t.id({ resolve: (entry) => String(entry.environment) }),
    onCreator: t.field({ type: OnCreatorEnum, nullable: true, resolve: (entry) => (optionalString(entry, 'on_creator') as never) ?? null }),
    localizationScope: t.field({
      type: LocalizationScopeEnum,
      nullable: true,
      resolve: (entry) => (optionalString(entry, 'localization_scope') as never) ?? null,
    }),
    locale: t.string({ nullable: true, resolve: (entry) => optionalString(entry, 'locale') }),
  };
}

export const ItemTypePermissionType = builder.objectRef<Entry>('ItemTypePermission').implement({
  description: 'One entry of a role\'s record permissions. A null model (itemTypeId) means every model.',
  fields: (t) => ({
    action: t.field({ type: ItemTypeActionEnum, resolve: (entry) => entry.action as never }),
    itemTypeId: t.id({ nullable: true, resolve: (entry) => optionalString(entry, 'item_type') }),
    workflowId: t.id({ nullable: true, resolve: (entry) => optionalString(entry, 'workflow') }),
    onStage: t.string({ nullable: true, resolve: (entry) => optionalString(entry, 'on_stage') }),
    toStage: t.string({ nullable: true, resolve: (entry) => optionalString(entry, 'to_stage') }),
    ...scopeFields(t),
  }),
});

export const UploadPermissionType = builder.objectRef<Entry>('UploadPermission').implement({
  description: 'One entry of a role\'s upload permissions. A null collection means every collection.',
  fields: (t) => ({
    action: t.field({ type: UploadActionEnum, resolve: (entry) => entry.action as never }),
    uploadCollectionId: t.id({ nullable: true, resolve: (entry) => optionalString(entry, 'upload_collection') }),
    moveToUploadCollectionId: t.id({ nullable: true, resolve: (entry) => optionalString(entry, 'move_to_upload_collection') }),
    ...scopeFields(t),
  }),
});

export const BuildTriggerPermissionType = builder.objectRef<Entry>('BuildTriggerPermission').implement({
  description: 'A build trigger the role may (or, negative, may not) fire by hand. Null: every build trigger.',
  fields: (t) => ({ buildTriggerId: t.id({ nullable: true, resolve: (entry) => optionalString(entry, 'build_trigger') }) }),
});

export const SearchIndexPermissionType = builder.objectRef<Entry>('SearchIndexPermission').implement({
  description: 'A search index the role may (or, negative, may not) re-index by hand. Null: every index.',
  fields: (t) => ({ searchIndexId: t.id({ nullable: true, resolve: (entry) => optionalString(entry, 'search_index') }) }),
});

/** can_manage_access_tokens → canManageAccessTokens */
export function camelCase(snake: string): string {
  return snake.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Every permission field of the CMA's role, for any object whose shape carries them. */
export function permissionFields<Shape extends PermissionsShape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) {
  const flags = Object.fromEntries(
    ROLE_PERMISSION_FLAGS.map((flag: RolePermissionFlag) => [camelCase(flag), t.boolean({ resolve: (role) => role[flag] })]),
  );
  return {
    ...flags,
    environmentsAccess: t.field({ type: EnvironmentsAccessEnum, resolve: (role) => role.environments_access }),
    positiveItemTypePermissions: t.field({ type: [ItemTypePermissionType], resolve: (role) => role.positive_item_type_permissions as Entry[] }),
    negativeItemTypePermissions: t.field({
      type: [ItemTypePermissionType],
      description: 'Take precedence over positive entries.',
      resolve: (role) => role.negative_item_type_permissions as Entry[],
    }),
    positiveUploadPermissions: t.field({ type: [UploadPermissionType], resolve: (role) => role.positive_upload_permissions as Entry[] }),
    negativeUploadPermissions: t.field({ type: [UploadPermissionType], resolve: (role) => role.negative_upload_permissions as Entry[] }),
    positiveBuildTriggerPermissions: t.field({ type: [BuildTriggerPermissionType], resolve: (role) => role.positive_build_trigger_permissions }),
    negativeBuildTriggerPermissions: t.field({ type: [BuildTriggerPermissionType], resolve: (role) => role.negative_build_trigger_permissions }),
    positiveSearchIndexPermissions: t.field({ type: [SearchIndexPermissionType], resolve: (role) => role.positive_search_index_permissions }),
    negativeSearchIndexPermissions: t.field({ type: [SearchIndexPermissionType], resolve: (role) => role.negative_search_index_permissions }),
  };
}

export const RolePermissionsType = builder.objectRef<PermissionsShape>('RolePermissions').implement({
  description: 'Permissions after inheritance: the CMA\'s meta.final_permissions.',
  fields: (t) => permissionFields(t),
});
