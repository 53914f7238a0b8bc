import { CmaNotFoundError } from '../cma/errors.ts';
import { builder } from './builder.ts';
import { AccessTokenFilterInput, needsRecords, selectTokens, type AccessTokenFilter } from './access-token-filter.ts';
import { versionOf } from './access-token-metadata.ts';
import { LastAccessEnum } from './enums.ts';
import { FIELDS_NEEDING_RECORDS, FIELDS_NEEDING_ROLES, selectsAnyBelow } from './lookahead.ts';
import { AccessTokenRef, RoleRef } from './refs.ts';
import { cmaId } from './validators.ts';

AccessTokenRef.implement({
  description: 'A DatoCMS API token: a role (what it may do) and API surface flags (which APIs it may call at all).',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.string({
      description:
        'Changes whenever the name, a flag, the role, the owner, the purpose or the expiry changes (not on rotation). Pass it as ' +
        '`expectedVersion` to a write to make it fail with ConflictError if someone changed the token since you read it.',
      resolve: (token, _args, context) => versionOf(token, context),
    }),
    name: t.exposeString('name', { description: 'As shown in the DatoCMS dashboard.' }),
    hardcodedType: t.exposeString('hardcoded_type', {
      nullable: true,
      description: 'Set on the built-in tokens DatoCMS creates with a project; null on tokens created through the API.',
    }),
    editable: t.boolean({
      description: 'False for built-in tokens: their attributes cannot change, though they can be rotated and deleted.',
      resolve: (token) => token.hardcoded_type === null || token.hardcoded_type === undefined,
    }),
    canAccessCda: t.exposeBoolean('can_access_cda', { description: 'May call the Content Delivery API for published content.' }),
    canAccessCdaPreview: t.exposeBoolean('can_access_cda_preview', {
      description: 'May ask the Content Delivery API for drafts (X-Include-Drafts: true).',
    }),
    canAccessCma: t.exposeBoolean('can_access_cma', { description: 'May call the Content Management API.' }),
    lastCmaAccess: t.field({
      type: LastAccessEnum,
      description: 'When it last called the Content Management API, as the CMA records it.',
      resolve: (token) => token.last_cma_access,
    }),
    lastCdaAccess: t.field({
      type: LastAccessEnum,
      description: 'When it last called the Content Delivery API, as the CMA records it.',
      resolve: (token) => token.last_cda_access,
    }),
    token: t.string({
      nullable: true,
      description: "The secret. The CMA returns it only to callers whose role can manage API tokens; null otherwise.",
      resolve: (token) => token.token ?? null,
    }),
    role: t.field({
      type: RoleRef,
      nullable: true,
      description: 'Null when the token has no role; null with an error when its role no longer exists.',
      resolve: (token, _args, { loaders }) => (token.role ? (loaders.roleIfLoaded(token.role.id) ?? loaders.roleById.load(token.role.id)) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  accessTokens: t.field({
    type: [AccessTokenRef],
    description:
      'Every API token of the project (built-in ones included), optionally filtered. Costs one CMA call for the list and at ' +
      'most one for the roles its fields need, however many tokens.',
    args: { filter: t.arg({ type: AccessTokenFilterInput }) },
    resolve: async (_root, { filter }, { loaders }, info) => {
      if (selectsAnyBelow(info, FIELDS_NEEDING_ROLES)) loaders.prefetch.roles();
      if (selectsAnyBelow(info, FIELDS_NEEDING_RECORDS) || needsRecords(filter as AccessTokenFilter | null)) loaders.prefetch.records();
      const tokens = await loaders.accessTokenList();
      return selectTokens(tokens, filter as AccessTokenFilter | null, loaders);
    },
  }),
  accessToken: t.field({
    type: AccessTokenRef,
    nullable: true,
    description: 'The token, or null when no token has this id.',
    args: { id: t.arg.id({ required: true, validate: { schema: cmaId } }) },
    resolve: async (_root, { id }, { loaders }, info) => {
      if (selectsAnyBelow(info, FIELDS_NEEDING_ROLES)) loaders.prefetch.roles();
      try {
        return await loaders.accessTokenById.load(id);
      } catch (error) {
        if (error instanceof CmaNotFoundError) return null;
        throw error;
      }
    },
  }),
}));
