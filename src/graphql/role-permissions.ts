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
    environment: t.id({ description: 'The environment the entry applies in (each entry is scoped to one).', resolve: (entry) => String(entry.environment) }),
    onCreator: t.field({
      type: OnCreatorEnum,
      nullable: true,
      description: 'Null: not restricted by creator.',
      resolve: (entry) => (optionalString(entry, 'on_creator') as never) ?? null,
    }),
    localizationScope: t.field({
      type: LocalizationScopeEnum,
      nullable: true,
      description: 'Null where the action has no localization scope.',
      resolve: (entry) => (optionalString(entry, 'localization_scope') as never) ?? null,
    }),
    locale: t.string({ nullable: true, description: 'The one locale, with localizationScope LOCALIZED.', resolve: (entry) => optionalString(entry, 'locale') }),
  };
}

export const ItemTypePermissionType = builder.objectRef<Entry>('ItemTypePermission').implement({
  description: 'One entry of a role\'s record permissions. A null model (itemTypeId) means every model.',
  fields: (t) => ({
    action: t.field({ type: ItemTypeActionEnum, resolve: (entry) => entry.action as never }),
    itemTypeId: t.id({ nullable: true, description: 'The model (item type); null: every model.', resolve: (entry) => optionalString(entry, 'item_type') }),
    workflowId: t.id({ nullable: true, description: 'Records under this workflow, instead of a model.', resolve: (entry) => optionalString(entry, 'workflow') }),
    onStage: t.string({ nullable: true, description: 'Only records currently on this workflow stage.', resolve: (entry) => optionalString(entry, 'on_stage') }),
    toStage: t.string({ nullable: true, description: 'Only moves to this workflow stage.', resolve: (entry) => optionalString(entry, 'to_stage') }),
    ...scopeFields(t),
  }),
});

export const UploadPermissionType = builder.objectRef<Entry>('UploadPermission').implement({
  description: 'One entry of a role\'s upload permissions. A null collection means every collection.',
  fields: (t) => ({
    action: t.field({ type: UploadActionEnum, resolve: (entry) => entry.action as never }),
    uploadCollectionId: t.id({ nullable: true, description: 'Null: every collection.', resolve: (entry) => optionalString(entry, 'upload_collection') }),
    moveToUploadCollectionId: t.id({
      nullable: true,
      description: 'With action MOVE: the only collection uploads may be moved to.',
      resolve: (entry) => optionalString(entry, 'move_to_upload_collection'),
    }),
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

/** What each role flag allows, in the official client's words (ApiTypes.d.ts), for the Docs pane. */
export const ROLE_FLAG_DESCRIPTIONS: Record<RolePermissionFlag, string> = {
  can_edit_favicon: 'Can edit the favicon, global SEO settings and the no-index policy.',
  can_edit_site: 'Can change project-wide settings: project name, internal subdomain, frontend preview URL, deployment settings.',
  can_edit_schema: 'Can create and edit the schema: models, block models, fields, fieldsets, validators and plugins.',
  can_manage_menu: 'Can customise the content navigation bar.',
  can_edit_environment: 'Can edit the locales, timezone and UI theme of the environments the role can enter (not create or switch environments).',
  can_promote_environments: "Can promote a sandbox environment to primary and toggle the project's maintenance mode.",
  can_manage_users: 'Can create and edit roles and invite or remove collaborators: needed for the role mutations of this API.',
  can_manage_shared_filters: 'Can create and edit shared filters (models and media area).',
  can_manage_upload_collections: 'Can create and edit upload collections.',
  can_manage_build_triggers: 'Can create and edit build triggers (firing them is governed by the build trigger permissions).',
  can_manage_search_indexes: 'Can create and edit search indexes (re-indexing is governed by the search index permissions).',
  can_manage_webhooks: 'Can create and edit webhooks.',
  can_manage_environments: 'Can create, fork and delete sandbox environments (promotion is canPromoteEnvironments).',
  can_manage_sso: 'Can manage Single Sign-On settings.',
  can_access_audit_log: 'Can read the audit log.',
  can_manage_workflows: 'Can create and edit workflows.',
  can_manage_access_tokens: "Can manage API tokens: create, update, rotate and delete them, and see every token's secret.",
  can_perform_site_search: 'Can call the Site Search API.',
  can_access_build_events_log: 'Can read the build events log.',
  can_access_search_index_events_log: 'Can read the search index events log.',
};

/** can_manage_access_tokens → canManageAccessTokens */
export function camelCase(snake: string): string {
  return snake.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The eight permission lists, shared by the role's fields and the role inputs. */
export const PERMISSION_LIST_DESCRIPTIONS = {
  positiveItemTypePermissions: 'What the role may do with records, per model and environment.',
  negativeItemTypePermissions: 'What the role may not do with records: these entries win over positive ones.',
  positiveUploadPermissions: 'What the role may do with uploads, per collection and environment.',
  negativeUploadPermissions: 'What the role may not do with uploads: these entries win over positive ones.',
  positiveBuildTriggerPermissions: 'Build triggers the role may fire by hand.',
  negativeBuildTriggerPermissions: 'Build triggers the role may not fire: these entries win over positive ones.',
  positiveSearchIndexPermissions: 'Search indexes the role may re-index by hand.',
  negativeSearchIndexPermissions: 'Search indexes the role may not re-index: these entries win over positive ones.',
} as const;

/** Every permission field of the CMA's role, for any object whose shape carries them. */
export function permissionFields<Shape extends PermissionsShape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) {
  const flags = Object.fromEntries(
    ROLE_PERMISSION_FLAGS.map((flag: RolePermissionFlag) => [
      camelCase(flag),
      t.boolean({ description: ROLE_FLAG_DESCRIPTIONS[flag], resolve: (role) => role[flag] }),
    ]),
  );
  return {
    ...flags,
    environmentsAccess: t.field({ type: EnvironmentsAccessEnum, resolve: (role) => role.environments_access }),
    positiveItemTypePermissions: t.field({
      type: [ItemTypePermissionType],
      description: PERMISSION_LIST_DESCRIPTIONS.positiveItemTypePermissions,
      resolve: (role) => role.positive_item_type_permissions as Entry[],
    }),
    negativeItemTypePermissions: t.field({
      type: [ItemTypePermissionType],
      description: PERMISSION_LIST_DESCRIPTIONS.negativeItemTypePermissions,
      resolve: (role) => role.negative_item_type_permissions as Entry[],
    }),
    positiveUploadPermissions: t.field({
      type: [UploadPermissionType],
      description: PERMISSION_LIST_DESCRIPTIONS.positiveUploadPermissions,
      resolve: (role) => role.positive_upload_permissions as Entry[],
    }),
    negativeUploadPermissions: t.field({
      type: [UploadPermissionType],
      description: PERMISSION_LIST_DESCRIPTIONS.negativeUploadPermissions,
      resolve: (role) => role.negative_upload_permissions as Entry[],
    }),
    positiveBuildTriggerPermissions: t.field({
      type: [BuildTriggerPermissionType],
      description: PERMISSION_LIST_DESCRIPTIONS.positiveBuildTriggerPermissions,
      resolve: (role) => role.positive_build_trigger_permissions,
    }),
    negativeBuildTriggerPermissions: t.field({
      type: [BuildTriggerPermissionType],
      description: PERMISSION_LIST_DESCRIPTIONS.negativeBuildTriggerPermissions,
      resolve: (role) => role.negative_build_trigger_permissions,
    }),
    positiveSearchIndexPermissions: t.field({
      type: [SearchIndexPermissionType],
      description: PERMISSION_LIST_DESCRIPTIONS.positiveSearchIndexPermissions,
      resolve: (role) => role.positive_search_index_permissions,
    }),
    negativeSearchIndexPermissions: t.field({
      type: [SearchIndexPermissionType],
      description: PERMISSION_LIST_DESCRIPTIONS.negativeSearchIndexPermissions,
      resolve: (role) => role.negative_search_index_permissions,
    }),
  };
}

export const RolePermissionsType = builder.objectRef<PermissionsShape>('RolePermissions').implement({
  description: 'Permissions after inheritance: the CMA\'s meta.final_permissions.',
  fields: (t) => permissionFields(t),
});
