import { roleVersion } from '../cma/role-version.ts';
import { builder } from './builder.ts';
import { FIELDS_NEEDING_TOKENS, selectsAnyBelow } from './lookahead.ts';
import { AccessTokenRef, RoleRef } from './refs.ts';
import { permissionFields, RolePermissionsType } from './role-permissions.ts';
import { cmaId } from './validators.ts';

RoleRef.implement({
  description: 'A DatoCMS role: what its collaborators and API tokens are allowed to do.',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.string({
      description: 'Changes with any attribute or its inheritance. Pass it as expectedVersion to updateRole or deleteRole.',
      resolve: (role) => roleVersion(role),
    }),
    name: t.exposeString('name'),
    ...permissionFields(t),
    finalPermissions: t.field({
      type: RolePermissionsType,
      description: 'The permissions that apply, inherited roles included (the CMA\'s meta.final_permissions).',
      resolve: (role) => role.meta.final_permissions,
    }),
    inheritsPermissionsFrom: t.field({
      type: [RoleRef],
      nullable: true,
      description: 'Roles whose permissions this one adds to its own (finalPermissions shows the result).',
      resolve: (role, _args, { loaders }) =>
        Promise.all(role.inherits_permissions_from.map((ref) => loaders.roleById.load(ref.id))),
    }),
    accessTokens: t.field({
      type: [AccessTokenRef],
      nullable: true,
      description: 'The API tokens bound to this role.',
      resolve: async (role, _args, { loaders }) =>
        (await loaders.accessTokenList()).filter((token) => token.role?.id === role.id),
    }),
  }),
});

builder.queryFields((t) => ({
  roles: t.field({
    type: [RoleRef],
    description: 'Every role of the project: what its collaborators and API tokens may do, and which tokens are bound to it.',
    resolve: (_root, _args, { loaders }, info) => {
      if (selectsAnyBelow(info, FIELDS_NEEDING_TOKENS)) loaders.prefetch.accessTokens();
      return loaders.roleList();
    },
  }),
  role: t.field({
    type: RoleRef,
    nullable: true,
    description: 'The role, or null when no role has this id.',
    args: { id: t.arg.id({ required: true, validate: { schema: cmaId } }) },
    resolve: async (_root, { id }, { loaders }, info) => {
      if (selectsAnyBelow(info, FIELDS_NEEDING_TOKENS)) loaders.prefetch.accessTokens();
      return (await loaders.roleList()).find((role) => role.id === id) ?? null;
    },
  }),
}));
