import {
  CmaCannotDeleteOwnTokenError,
  CmaInvalidAttributesError,
  CmaNonEditableTokenError,
  CmaNotFoundError,
  InvalidInputError,
  VersionConflictError,
} from '../cma/errors.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import { capabilityChanges, effectiveCapabilities } from '../capabilities/effective-capabilities.ts';
import type { Loaders } from '../loaders/create-loaders.ts';
import { builder } from './builder.ts';
import { CapabilityChangesType, type CapabilityChanges } from './capabilities.ts';
import { roleLayerOf } from './role-layer.ts';
import { UPSTREAM_ERRORS } from './errors.ts';
import { AccessTokenRef } from './refs.ts';
import { camelCase } from './role-permissions.ts';
import { cmaId, tokenName, versionString } from './validators.ts';

const CreateAccessTokenInput = builder.inputType('CreateAccessTokenInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: { schema: tokenName } }),
    roleId: t.id({ required: true, validate: { schema: cmaId } }),
    canAccessCda: t.boolean({ required: true }),
    canAccessCdaPreview: t.boolean({ required: true }),
    canAccessCma: t.boolean({ required: true }),
  }),
});

const UpdateAccessTokenInput = builder.inputType('UpdateAccessTokenInput', {
  description: 'Only what is given changes: a field left out (or null) keeps its current value, the role included.',
  fields: (t) => ({
    name: t.string({ validate: { schema: tokenName } }),
    roleId: t.id({ validate: { schema: cmaId } }),
    canAccessCda: t.boolean(),
    canAccessCdaPreview: t.boolean(),
    canAccessCma: t.boolean(),
  }),
});

/** Re-labels a CMA field error with the GraphQL input's field names (role → roleId, can_access_cda → canAccessCda). */
async function withInputFieldNames<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const field = error.field === 'role' ? 'roleId' : camelCase(error.field);
    throw new InvalidInputError(field, ['input', field], error.message.replace(error.field, `input.${field}`));
  }
}

const UpdateAccessTokenSuccess = builder
  .objectRef<{ accessToken: CmaAccessToken; dryRun: boolean; capabilityChanges: CapabilityChanges }>('UpdateAccessTokenSuccess')
  .implement({
    fields: (t) => ({
      accessToken: t.field({ type: AccessTokenRef, description: 'As updated, or with dryRun as it would be.', resolve: (result) => result.accessToken }),
      dryRun: t.exposeBoolean('dryRun'),
      capabilityChanges: t.field({ type: CapabilityChangesType, resolve: (result) => result.capabilityChanges }),
    }),
  });

const DeleteAccessTokenSuccess = builder.objectRef<{ id: string; accessToken: CmaAccessToken | null }>('DeleteAccessTokenSuccess').implement({
  description: 'The token is gone.',
  fields: (t) => ({
    id: t.exposeID('id'),
    accessToken: t.field({
      type: AccessTokenRef,
      nullable: true,
      description:
        'The token as the CMA last showed it. Null when the deletion was confirmed by reading back after its answer was lost ' +
        '(and no expectedVersion made the API read the token first).',
      resolve: (result) => result.accessToken,
    }),
  }),
});

/** A dry run checks the role the way the CMA would: an unknown one is a ValidationError on roleId. */
async function requireRole(roleId: string, loaders: Loaders): Promise<void> {
  try {
    await loaders.roleById.load(roleId);
  } catch (error) {
    if (!(error instanceof CmaNotFoundError)) throw error;
    throw new InvalidInputError('roleId', ['input', 'roleId'], `input.roleId: Role ${roleId} does not exist`);
  }
}

const accessTokenResult = (operation: string, errors: (new (...args: never[]) => Error)[]) => ({
  types: [InvalidInputError, CmaNotFoundError, ...errors, ...UPSTREAM_ERRORS],
  result: { name: `${operation}AccessTokenSuccess` },
  union: { name: `${operation}AccessTokenResult` },
  dataField: { name: 'accessToken' },
});

const EXPECTED_VERSION_DESCRIPTION = 'Write only if the token still has this version (AccessToken.version); otherwise ConflictError.';

builder.mutationFields((t) => ({
  createAccessToken: t.field({
    type: AccessTokenRef,
    description: 'Creates a token. The success carries its secret. A lost answer is settled by reading back, never by creating again.',
    args: { input: t.arg({ type: CreateAccessTokenInput, required: true }) },
    errors: accessTokenResult('Create', [CmaInvalidAttributesError]),
    resolve: async (_root, { input }, { loaders }) => {
      const created = await withInputFieldNames(() =>
        loaders.gateway.createAccessToken({
          name: input.name,
          roleId: input.roleId,
          can_access_cda: input.canAccessCda,
          can_access_cda_preview: input.canAccessCdaPreview,
          can_access_cma: input.canAccessCma,
        }),
      );
      loaders.accessTokenChanged(created);
      return created;
    },
  }),

  updateAccessToken: t.field({
    type: UpdateAccessTokenSuccess,
    description:
      'Changes what is given and keeps the rest. With dryRun, changes nothing and returns the token as it would be, ' +
      'or the error the real call would meet. Either way `capabilityChanges` says what the token gains and loses. ' +
      'Built-in tokens refuse with NonEditableAccessTokenError.',
    args: {
      id: t.arg.id({ required: true, validate: { schema: cmaId } }),
      input: t.arg({ type: UpdateAccessTokenInput, required: true }),
      expectedVersion: t.arg.string({ validate: { schema: versionString }, description: EXPECTED_VERSION_DESCRIPTION }),
      dryRun: t.arg.boolean({ defaultValue: false, description: 'Preview only: nothing is written.' }),
    },
    errors: {
      types: [
        InvalidInputError,
        CmaNotFoundError,
        CmaNonEditableTokenError,
        VersionConflictError,
        CmaInvalidAttributesError,
        ...UPSTREAM_ERRORS,
      ],
      directResult: true,
      union: { name: 'UpdateAccessTokenResult' },
    },
    resolve: async (_root, { id, input, expectedVersion, dryRun }, { loaders }) => {
      const preview = dryRun ?? false;
      // The capability diff needs the roles: read them while the token is read, not after the write.
      loaders.prefetch.roles();
      const { before, after } = await withInputFieldNames(() =>
        loaders.gateway.updateAccessToken(
          id,
          {
            name: input.name ?? undefined,
            roleId: input.roleId ?? undefined,
            can_access_cda: input.canAccessCda ?? undefined,
            can_access_cda_preview: input.canAccessCdaPreview ?? undefined,
            can_access_cma: input.canAccessCma ?? undefined,
          },
          { expectedVersion, dryRun: preview },
        ),
      );
      if (preview && input.roleId) await requireRole(input.roleId, loaders);
      if (!preview) loaders.accessTokenChanged(after);
      const [roleBefore, roleAfter] = await Promise.all([roleLayerOf(before, loaders), roleLayerOf(after, loaders)]);
      return {
        accessToken: after,
        dryRun: preview,
        capabilityChanges: capabilityChanges(effectiveCapabilities(before, roleBefore), effectiveCapabilities(after, roleAfter)),
      };
    },
  }),

  rotateAccessToken: t.field({
    type: AccessTokenRef,
    description: 'Issues a new secret; the old one stops working at once. Never sent twice.',
    args: {
      id: t.arg.id({ required: true, validate: { schema: cmaId } }),
      expectedVersion: t.arg.string({ validate: { schema: versionString }, description: EXPECTED_VERSION_DESCRIPTION }),
    },
    errors: accessTokenResult('Rotate', [VersionConflictError]),
    resolve: async (_root, { id, expectedVersion }, { loaders }) => {
      const rotated = await loaders.gateway.rotateAccessToken(id, { expectedVersion });
      loaders.accessTokenChanged(rotated);
      return rotated;
    },
  }),

  deleteAccessToken: t.field({
    type: DeleteAccessTokenSuccess,
    description: 'Deletes a token (built-in ones included), but never the one the request is authenticated with.',
    args: {
      id: t.arg.id({ required: true, validate: { schema: cmaId } }),
      expectedVersion: t.arg.string({ validate: { schema: versionString }, description: EXPECTED_VERSION_DESCRIPTION }),
    },
    errors: {
      types: [InvalidInputError, CmaNotFoundError, VersionConflictError, CmaCannotDeleteOwnTokenError, ...UPSTREAM_ERRORS],
      directResult: true,
      union: { name: 'DeleteAccessTokenResult' },
    },
    resolve: async (_root, { id, expectedVersion }, { loaders }) => {
      const deleted = await loaders.gateway.deleteAccessToken(id, { expectedVersion });
      loaders.accessTokenChanged({ id }, true);
      return { id, accessToken: deleted };
    },
  }),
}));
