import { impactOfRoleChange, type ImpactRole, type TokenImpact } from '../capabilities/role-impact.ts';
import {
  CmaInvalidAttributesError,
  CmaNotFoundError,
  CmaRoleInUseError,
  InvalidInputError,
  RoleConflictError,
} from '../cma/errors.ts';
import type { RoleBody } from '../cma/gateway.ts';
import type { CmaAccessToken, CmaRole } from '../cma/types.ts';
import { ROLE_PERMISSION_FLAGS } from '../cma/vocabulary.ts';
import { builder } from './builder.ts';
import { CapabilityChangesType } from './capabilities.ts';
import { EnvironmentsAccessEnum, ItemTypeActionEnum, LocalizationScopeEnum, OnCreatorEnum, UploadActionEnum } from './enums.ts';
import { ErrorInterface, resultUnionDescription, UPSTREAM_ERRORS } from './errors.ts';
import { AccessTokenRef, RoleRef } from './refs.ts';
import { camelCase, PERMISSION_LIST_DESCRIPTIONS, ROLE_FLAG_DESCRIPTIONS } from './role-permissions.ts';
import { cmaId, tokenName, versionString } from './validators.ts';

// Role writes, under the token writes' rules: one at a time per role, `expectedVersion`, never
// replayed, lost answers settled by reading back. Role writes need `can_manage_users` (the CMA
// refuses the others: PermissionDeniedError). Dry runs show what changes for every token the role
// reaches, directly or through inheritance.

type Scope = Record<string, unknown>;
const ItemTypePermissionInput = builder.inputType('ItemTypePermissionInput', {
  description: 'One record permission: an action on one model (or every model), in one environment.',
  fields: (t) => ({
    action: t.field({ type: ItemTypeActionEnum, required: true }),
    environment: t.id({ required: true, validate: { schema: cmaId } }),
    itemTypeId: t.id({ description: 'Null or left out: every model.', validate: { schema: cmaId } }),
    workflowId: t.id({ description: 'Records under this workflow, instead of a model.', validate: { schema: cmaId } }),
    onStage: t.string({ description: 'Only records currently on this workflow stage.', validate: { maxLength: 255 } }),
    toStage: t.string({ description: 'Only moves to this workflow stage.', validate: { maxLength: 255 } }),
    onCreator: t.field({ type: OnCreatorEnum, description: 'Left out: not restricted by creator.' }),
    localizationScope: t.field({ type: LocalizationScopeEnum, description: 'Required by the CMA for CREATE, UPDATE, PUBLISH and ALL.' }),
    locale: t.string({ description: 'With localizationScope LOCALIZED: the one locale.', validate: { maxLength: 32 } }),
  }),
});
const UploadPermissionInput = builder.inputType('UploadPermissionInput', {
  description: 'One upload permission: an action on one upload collection (or every collection), in one environment.',
  fields: (t) => ({
    action: t.field({ type: UploadActionEnum, required: true }),
    environment: t.id({ required: true, validate: { schema: cmaId } }),
    uploadCollectionId: t.id({ description: 'Null or left out: every collection.', validate: { schema: cmaId } }),
    moveToUploadCollectionId: t.id({ description: 'With action MOVE: the only collection uploads may be moved to.', validate: { schema: cmaId } }),
    onCreator: t.field({ type: OnCreatorEnum, description: 'Left out: not restricted by creator.' }),
    localizationScope: t.field({ type: LocalizationScopeEnum }),
    locale: t.string({ description: 'With localizationScope LOCALIZED: the one locale.', validate: { maxLength: 32 } }),
  }),
});
const BuildTriggerPermissionInput = builder.inputType('BuildTriggerPermissionInput', {
  description: 'A build trigger the role may (in a positive list) or may not (in a negative list) fire by hand.',
  fields: (t) => ({ buildTriggerId: t.id({ description: 'Null: every build trigger.', validate: { schema: cmaId } }) }),
});
const SearchIndexPermissionInput = builder.inputType('SearchIndexPermissionInput', {
  description: 'A search index the role may (in a positive list) or may not (in a negative list) re-index by hand.',
  fields: (t) => ({ searchIndexId: t.id({ description: 'Null: every search index.', validate: { schema: cmaId } }) }),
});

/** The CMA's keys of an entry, from the input's (only those given). */
const ENTRY_KEYS: Record<string, string> = {
  action: 'action', environment: 'environment', itemTypeId: 'item_type', workflowId: 'workflow', onStage: 'on_stage', toStage: 'to_stage',
  onCreator: 'on_creator', localizationScope: 'localization_scope', locale: 'locale', uploadCollectionId: 'upload_collection',
  moveToUploadCollectionId: 'move_to_upload_collection', buildTriggerId: 'build_trigger', searchIndexId: 'search_index',
};
const toEntry = (entry: Scope) => Object.fromEntries(Object.entries(entry).filter(([, value]) => value != null).map(([key, value]) => [ENTRY_KEYS[key] ?? key, value]));

const LISTS = [
  ['positiveItemTypePermissions', 'positive_item_type_permissions', ItemTypePermissionInput],
  ['negativeItemTypePermissions', 'negative_item_type_permissions', ItemTypePermissionInput],
  ['positiveUploadPermissions', 'positive_upload_permissions', UploadPermissionInput],
  ['negativeUploadPermissions', 'negative_upload_permissions', UploadPermissionInput],
  ['positiveBuildTriggerPermissions', 'positive_build_trigger_permissions', BuildTriggerPermissionInput],
  ['negativeBuildTriggerPermissions', 'negative_build_trigger_permissions', BuildTriggerPermissionInput],
  ['positiveSearchIndexPermissions', 'positive_search_index_permissions', SearchIndexPermissionInput],
  ['negativeSearchIndexPermissions', 'negative_search_index_permissions', SearchIndexPermissionInput],
] as const;

/** Every permission attribute of a role, as input; `nameRequired` for a create. */
function roleInput(name: string, nameRequired: boolean) {
  return builder.inputType(name, {
    description: nameRequired
      ? 'A new role: what is left out is off (flags), empty (lists) or "all" (environments access), as on the CMA.'
      : 'Only what is given changes; a list given replaces the role\'s list whole.',
    fields: (t) => ({
      name: t.string({ required: nameRequired, description: 'Trimmed; 1 to 255 visible characters.', validate: { schema: tokenName } }),
      ...Object.fromEntries(ROLE_PERMISSION_FLAGS.map((flag) => [camelCase(flag), t.boolean({ description: ROLE_FLAG_DESCRIPTIONS[flag] })])),
      environmentsAccess: t.field({ type: EnvironmentsAccessEnum }),
      ...Object.fromEntries(LISTS.map(([field, , type]) => [field, t.field({ type: [type], description: PERMISSION_LIST_DESCRIPTIONS[field] })])),
      inheritsPermissionsFromIds: t.idList({
        description: 'Roles whose permissions this one adds to its own (at most 100).',
        validate: { items: { schema: cmaId }, maxLength: 100 },
      }),
    }),
  });
}
const CreateRoleInput = roleInput('CreateRoleInput', true);
const UpdateRoleInput = roleInput('UpdateRoleInput', false);

function toRoleBody(input: Scope): Partial<RoleBody> {
  const body: Scope = {};
  if (input.name != null) body.name = input.name;
  for (const flag of ROLE_PERMISSION_FLAGS) if (input[camelCase(flag)] != null) body[flag] = input[camelCase(flag)];
  if (input.environmentsAccess != null) body.environments_access = input.environmentsAccess;
  for (const [field, key] of LISTS) if (input[field] != null) body[key] = (input[field] as Scope[]).map(toEntry);
  if (input.inheritsPermissionsFromIds != null) {
    body.inherits_permissions_from = (input.inheritsPermissionsFromIds as string[]).map((id) => ({ type: 'role', id }));
  }
  return body as Partial<RoleBody>;
}

const asImpactRole = (role: CmaRole): ImpactRole => ({
  ...(role as unknown as ImpactRole),
  parents: role.inherits_permissions_from.map((parent) => parent.id),
});
const asImpactToken = (token: CmaAccessToken) => ({ ...token, role_id: token.role?.id ?? null });

const RoleImpactType = builder.objectRef<TokenImpact<CmaAccessToken>>('RoleChangeImpact').implement({
  description: 'What a role change does to one token it reaches.',
  fields: (t) => ({
    accessToken: t.field({ type: AccessTokenRef, description: 'A token bound to the changed role, or to a role that inherits from it.', resolve: (impact) => impact.token }),
    throughInheritance: t.exposeBoolean('throughInheritance', { description: 'True when the token\'s own role inherits from the changed one.' }),
    capabilityChanges: t.field({
      type: CapabilityChangesType,
      description: 'What the token gains and loses; both empty when the change does not touch what it can do.',
      resolve: (impact) => impact.capabilityChanges,
    }),
  }),
});

/** Every token's capability diff when `changedId` becomes `after` (null: gone), from the lists read before the change. */
function impact(tokens: CmaAccessToken[], before: CmaRole[], changedId: string, after: CmaRole | null) {
  const afterRoles = before
    .filter((role) => role.id !== changedId || after)
    .map((role) => (role.id === changedId ? after! : role))
    .map((role) => ({ ...role, inherits_permissions_from: role.inherits_permissions_from.filter((parent) => after || parent.id !== changedId) }));
  return impactOfRoleChange(
    tokens.map(asImpactToken),
    before.map(asImpactRole),
    afterRoles.map(asImpactRole),
    changedId,
  ).map((entry) => ({ ...entry, token: tokens.find((token) => token.id === entry.token.id)! }));
}

builder.objectType(RoleConflictError, {
  name: 'RoleConflictError',
  description: 'The role changed since `expectedVersion` was read. Nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    expectedVersion: t.exposeString('expectedVersion', { description: 'The version the write was sent with.' }),
    currentVersion: t.exposeString('currentVersion', { description: "The role's version now: send it as expectedVersion if you still want the write." }),
    currentRole: t.field({ type: RoleRef, description: 'The role as it is now.', resolve: (error) => error.current }),
  }),
});
builder.objectType(CmaRoleInUseError, {
  name: 'RoleInUseError',
  description: 'API tokens (or collaborators) are still bound to the role (DELETE_RESTRICTION). Nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    roleId: t.exposeID('roleId'),
    accessTokenIds: t.exposeIDList('accessTokenIds', {
      description: 'The tokens bound to it: give them another role first. Empty when only collaborators hold it.',
    }),
  }),
});

const RoleSuccess = (name: string, description: string, roleDescription: string) =>
  builder.objectRef<{ role: CmaRole }>(name).implement({
    description,
    fields: (t) => ({ role: t.field({ type: RoleRef, description: roleDescription, resolve: (result) => result.role }) }),
  });
const CreateRoleSuccess = RoleSuccess('CreateRoleSuccess', 'The role was created.', 'The new role, as the CMA saved it.');
const DuplicateRoleSuccess = RoleSuccess(
  'DuplicateRoleSuccess',
  'The role was copied. Narrow the copy with updateRole, then move tokens to it with updateAccessToken.',
  'The copy, named "<name> (duplicate #N)".',
);
const UpdateRoleSuccess = builder
  .objectRef<{ role: CmaRole; dryRun: boolean; impact: TokenImpact<CmaAccessToken>[] }>('UpdateRoleSuccess')
  .implement({
    description: 'The role was updated, or with dryRun would be; `impact` says what every token it reaches gains or loses.',
    fields: (t) => ({
      role: t.field({ type: RoleRef, description: 'As updated, or with dryRun as it would be.', resolve: (result) => result.role }),
      dryRun: t.exposeBoolean('dryRun', { description: 'True: nothing was written.' }),
      impact: t.field({ type: [RoleImpactType], description: 'Every token the role reaches, and what it gains or loses.', resolve: (result) => result.impact }),
    }),
  });
const DeleteRoleSuccess = builder
  .objectRef<{ id: string; role: CmaRole | null; dryRun: boolean; impact: TokenImpact<CmaAccessToken>[] }>('DeleteRoleSuccess')
  .implement({
    description:
      'The role is gone. With dryRun, nothing was deleted and the checks made here passed (expectedVersion, no token bound to it); ' +
      'collaborators still holding the role are known only to the CMA, which refuses the real call then.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The deleted role.' }),
      role: t.field({ type: RoleRef, nullable: true, description: 'As it was, when known.', resolve: (result) => result.role }),
      dryRun: t.exposeBoolean('dryRun', { description: 'True: nothing was written.' }),
      impact: t.field({ type: [RoleImpactType], description: 'Tokens whose roles inherit from it, and what they lose.', resolve: (result) => result.impact }),
    }),
  });

const WRITE_ERRORS = [InvalidInputError, CmaNotFoundError, CmaInvalidAttributesError, ...UPSTREAM_ERRORS];
const versionArg = 'Write only if the role still has this version (Role.version); otherwise RoleConflictError.';
const DRY_RUN_DESCRIPTION = 'Preview only: nothing is written.';

builder.mutationFields((t) => ({
  createRole: t.field({
    type: CreateRoleSuccess,
    description:
      'Creates a role; what the input leaves out is off, empty or "all", as on the CMA. The caller\'s role needs canManageUsers. ' +
      'A lost answer is settled by reading back, never by creating again.',
    args: { input: t.arg({ type: CreateRoleInput, required: true }) },
    errors: {
      types: WRITE_ERRORS,
      directResult: true,
      union: {
        name: 'CreateRoleResult',
        description: resultUnionDescription('createRole', 'CreateRoleSuccess with the new role', [
          'ValidationError when an input field is refused (by this API or the CMA)',
          'NotFoundError if the CMA answers 404',
          'InvalidAttributesError when the CMA no longer accepts an attribute this API sends',
        ]),
      },
    },
    resolve: async (_root, { input }, { loaders }) => {
      const role = await loaders.writes.roles.create(toRoleBody(input as Scope) as RoleBody);
      loaders.rolesChanged();
      return { role };
    },
  }),

  updateRole: t.field({
    type: UpdateRoleSuccess,
    description: 'Changes what is given and keeps the rest. With dryRun, writes nothing. Either way, `impact` lists every token it reaches.',
    args: {
      id: t.arg.id({ required: true, validate: { schema: cmaId } }),
      input: t.arg({ type: UpdateRoleInput, required: true }),
      expectedVersion: t.arg.string({ validate: { schema: versionString }, description: versionArg }),
      dryRun: t.arg.boolean({ defaultValue: false, description: DRY_RUN_DESCRIPTION }),
    },
    errors: {
      types: [...WRITE_ERRORS, RoleConflictError],
      directResult: true,
      union: {
        name: 'UpdateRoleResult',
        description: resultUnionDescription('updateRole', 'UpdateRoleSuccess with the role and the impact on every token it reaches', [
          'ValidationError when an input field is refused',
          'NotFoundError when no role has this id',
          'RoleConflictError when expectedVersion no longer matches',
          'InvalidAttributesError when the CMA no longer accepts an attribute this API sends',
        ]),
      },
    },
    resolve: async (_root, { id, input, expectedVersion, dryRun }, { loaders }) => {
      const preview = dryRun ?? false;
      // Both lists at once: the impact needs them, and a dry run's permission check too.
      const [tokens, roles] = await Promise.all([loaders.accessTokenList(), loaders.roleList()]);
      const { after } = await loaders.writes.roles.update(id, toRoleBody(input as Scope), {
        expectedVersion,
        dryRun: preview ? { tokens, roles, isCallersOwn: (token) => loaders.gateway.isCallersOwn(token) } : undefined,
      });
      const result = { role: after, dryRun: preview, impact: impact(tokens, roles, id, after) };
      if (!preview) loaders.rolesChanged();
      return result;
    },
  }),

  duplicateRole: t.field({
    type: DuplicateRoleSuccess,
    description: 'A copy of the role named "<name> (duplicate #N)", with its permissions and inheritance: the usual start of a narrower role.',
    args: { id: t.arg.id({ required: true, validate: { schema: cmaId } }) },
    errors: {
      types: WRITE_ERRORS,
      directResult: true,
      union: {
        name: 'DuplicateRoleResult',
        description: resultUnionDescription('duplicateRole', 'DuplicateRoleSuccess with the copy', [
          'ValidationError when the id is malformed',
          'NotFoundError when no role has this id',
          'InvalidAttributesError when the CMA no longer accepts an attribute this API sends',
        ]),
      },
    },
    resolve: async (_root, { id }, { loaders }) => {
      const role = await loaders.writes.roles.duplicate(id);
      loaders.rolesChanged();
      return { role };
    },
  }),

  deleteRole: t.field({
    type: DeleteRoleSuccess,
    description: 'Deletes a role no token is bound to (RoleInUseError otherwise, naming them). With dryRun, writes nothing.',
    args: {
      id: t.arg.id({ required: true, validate: { schema: cmaId } }),
      expectedVersion: t.arg.string({ validate: { schema: versionString }, description: versionArg }),
      dryRun: t.arg.boolean({ defaultValue: false, description: DRY_RUN_DESCRIPTION }),
    },
    errors: {
      types: [...WRITE_ERRORS, RoleConflictError, CmaRoleInUseError],
      directResult: true,
      union: {
        name: 'DeleteRoleResult',
        description: resultUnionDescription('deleteRole', 'DeleteRoleSuccess', [
          'ValidationError when the id or expectedVersion is malformed',
          'NotFoundError when no role has this id',
          'RoleInUseError when tokens or collaborators are still bound to it',
          'RoleConflictError when expectedVersion no longer matches',
          'InvalidAttributesError when the CMA no longer accepts an attribute this API sends',
        ]),
      },
    },
    resolve: async (_root, { id, expectedVersion, dryRun }, { loaders }) => {
      const [tokens, roles] = await Promise.all([loaders.accessTokenList(), loaders.roleList()]);
      const changes = impact(tokens, roles, id, null);
      const context = { tokens, roles, isCallersOwn: (token: CmaAccessToken) => loaders.gateway.isCallersOwn(token) };
      const deleted = await loaders.writes.roles.delete(id, context, { expectedVersion, dryRun: dryRun ?? false });
      if (!dryRun) loaders.rolesChanged();
      return { id, role: deleted, dryRun: dryRun ?? false, impact: changes };
    },
  }),
}));
