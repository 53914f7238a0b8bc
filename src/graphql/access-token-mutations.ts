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
import { resultUnionDescription, UPSTREAM_ERRORS } from './errors.ts';
import { AccessTokenRef } from './refs.ts';
import { camelCase } from './role-permissions.ts';
import { previewedMetadata } from './access-token-metadata.ts';
import { DateTimeScalar } from './scalars.ts';
import { cmaId, futureInstant, ownerText, purposeText, tokenName, versionString } from './validators.ts';
import type { MetadataPatch } from '../writes/access-token-writes.ts';
import { PolicyViolationError } from '../policy/token-policy.ts';

const NAME_DESCRIPTION =
  'Trimmed; 1 to 255 visible characters (no control characters, zero-width or direction marks: a name must not pose as another).';

const OWNER_DESCRIPTION = 'Who answers for the token (a person, a team, an email); kept by this API. 1 to 255 visible characters.';
const PURPOSE_DESCRIPTION = 'What it is for, in words; kept by this API. 1 to 1000 visible characters.';
const EXPIRES_AT_DESCRIPTION = 'When it should stop being used; kept by this API. Must lie in the future.';

const CreateAccessTokenInput = builder.inputType('CreateAccessTokenInput', {
  description: 'A new token. Everything is required, as the CMA requires it; give it only the APIs and the role it needs.',
  fields: (t) => ({
    name: t.string({ required: true, description: NAME_DESCRIPTION, validate: { schema: tokenName } }),
    roleId: t.id({ required: true, description: 'The role that decides what it may do (see roles).', validate: { schema: cmaId } }),
    canAccessCda: t.boolean({ required: true, description: 'May call the Content Delivery API for published content.' }),
    canAccessCdaPreview: t.boolean({ required: true, description: 'May read drafts through the Content Delivery API.' }),
    canAccessCma: t.boolean({ required: true, description: 'May call the Content Management API: needed for anything but reading content.' }),
    owner: t.string({ description: OWNER_DESCRIPTION, validate: { schema: ownerText } }),
    purpose: t.string({ description: PURPOSE_DESCRIPTION, validate: { schema: purposeText } }),
    expiresAt: t.field({ type: DateTimeScalar, description: EXPIRES_AT_DESCRIPTION, validate: { schema: futureInstant } }),
  }),
});

const UpdateAccessTokenInput = builder.inputType('UpdateAccessTokenInput', {
  description:
    'Only what is given changes. A CMA attribute left out (or null) keeps its current value, the role included; ' +
    'owner, purpose and expiresAt left out keep theirs, and null clears them. Metadata alone never calls the CMA\'s write, ' +
    'and can be set on built-in tokens too.',
  fields: (t) => ({
    name: t.string({ description: NAME_DESCRIPTION, validate: { schema: tokenName } }),
    roleId: t.id({ description: 'Binds the token to another role.', validate: { schema: cmaId } }),
    canAccessCda: t.boolean(),
    canAccessCdaPreview: t.boolean(),
    canAccessCma: t.boolean(),
    owner: t.string({ description: `${OWNER_DESCRIPTION} Null clears it.`, validate: { schema: ownerText } }),
    purpose: t.string({ description: `${PURPOSE_DESCRIPTION} Null clears it.`, validate: { schema: purposeText } }),
    expiresAt: t.field({ type: DateTimeScalar, description: `${EXPIRES_AT_DESCRIPTION} Null clears it.`, validate: { schema: futureInstant } }),
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
    description: 'The token was updated, or with dryRun would be; `capabilityChanges` says what it gains and loses.',
    fields: (t) => ({
      accessToken: t.field({ type: AccessTokenRef, description: 'As updated, or with dryRun as it would be.', resolve: (result) => result.accessToken }),
      dryRun: t.exposeBoolean('dryRun', { description: 'True: nothing was written.' }),
      capabilityChanges: t.field({
        type: CapabilityChangesType,
        description: 'Its effective capabilities after the change compared with before: check `lost` before removing access.',
        resolve: (result) => result.capabilityChanges,
      }),
    }),
  });

const DeleteAccessTokenSuccess = builder.objectRef<{ id: string; accessToken: CmaAccessToken | null }>('DeleteAccessTokenSuccess').implement({
  description: 'The token is gone.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The deleted token.' }),
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

/** Metadata as given: a field left out keeps its value (undefined), null clears it. */
function metadataPatchOf(input: { owner?: string | null; purpose?: string | null; expiresAt?: Date | null }): MetadataPatch {
  return { owner: input.owner, purpose: input.purpose, expiresAt: input.expiresAt };
}

/** An unknown role is a ValidationError on roleId, as the CMA's own refusal would be. */
async function requireRole(roleId: string, loaders: Loaders): Promise<void> {
  try {
    await loaders.roleById.load(roleId);
  } catch (error) {
    if (!(error instanceof CmaNotFoundError)) throw error;
    throw new InvalidInputError('roleId', ['input', 'roleId'], `input.roleId: Role ${roleId} does not exist`);
  }
}

/** A result union built by the errors plugin around a returned token, each part described for the Docs pane. */
const accessTokenResult = (
  operation: string,
  errors: (new (...args: never[]) => Error)[],
  descriptions: { success: string; accessToken: string; union: string },
) => ({
  types: [InvalidInputError, CmaNotFoundError, ...errors, ...UPSTREAM_ERRORS],
  result: { name: `${operation}AccessTokenSuccess`, description: descriptions.success },
  union: { name: `${operation}AccessTokenResult`, description: descriptions.union },
  dataField: { name: 'accessToken', description: descriptions.accessToken },
});

const EXPECTED_VERSION_DESCRIPTION = 'Write only if the token still has this version (AccessToken.version); otherwise ConflictError.';

builder.mutationFields((t) => ({
  createAccessToken: t.field({
    type: AccessTokenRef,
    description: 'Creates a token. The success carries its secret. A lost answer is settled by reading back, never by creating again.',
    args: { input: t.arg({ type: CreateAccessTokenInput, required: true }) },
    errors: accessTokenResult('Create', [CmaInvalidAttributesError, PolicyViolationError], {
      success: 'The token was created. Its secret is what a client sends as its bearer token.',
      accessToken: "The new token, with its secret when the caller's role can manage API tokens.",
      union: resultUnionDescription('createAccessToken', 'CreateAccessTokenSuccess with the new token', [
        'ValidationError when an input field is refused, by this API or by the CMA (a roleId naming no role included)',
        'NotFoundError if the CMA answers 404',
        "PolicyViolationError when the project's token policy forbids it (no owner, an expiry too far away); nothing is sent",
        'InvalidAttributesError when the CMA no longer accepts an attribute this API sends',
      ]),
    }),
    resolve: async (_root, { input }, { loaders }) => {
      const { after: created } = await withInputFieldNames(() =>
        loaders.writes.accessTokens.create(
          {
            name: input.name,
            roleId: input.roleId,
            can_access_cda: input.canAccessCda,
            can_access_cda_preview: input.canAccessCdaPreview,
            can_access_cma: input.canAccessCma,
          },
          metadataPatchOf(input),
        ),
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
        PolicyViolationError,
        ...UPSTREAM_ERRORS,
      ],
      directResult: true,
      union: {
        name: 'UpdateAccessTokenResult',
        description: resultUnionDescription('updateAccessToken', 'UpdateAccessTokenSuccess with the token and its capability changes', [
          'ValidationError when an input field is refused (a roleId naming no role too)',
          "PolicyViolationError when the project's token policy forbids the change (clearing a required owner, an expiry too far away)",
          'NotFoundError when no token has this id',
          'NonEditableAccessTokenError for a built-in token',
          'ConflictError when expectedVersion no longer matches',
          'InvalidAttributesError when the CMA no longer accepts an attribute this API sends',
        ]),
      },
    },
    resolve: async (_root, { id, input, expectedVersion, dryRun }, { loaders }) => {
      const preview = dryRun ?? false;
      // The capability diff needs the roles: read them while the token is read, not after the write.
      loaders.prefetch.roles();
      // An unknown role is refused here, real call or dry run, rather than sent for the CMA to refuse.
      if (input.roleId) await requireRole(input.roleId, loaders);
      const { before, after, metadataAfter } = await withInputFieldNames(() =>
        loaders.writes.accessTokens.update(
          id,
          {
            name: input.name ?? undefined,
            roleId: input.roleId ?? undefined,
            can_access_cda: input.canAccessCda ?? undefined,
            can_access_cda_preview: input.canAccessCdaPreview ?? undefined,
            can_access_cma: input.canAccessCma ?? undefined,
          },
          metadataPatchOf(input),
          { expectedVersion, dryRun: preview },
        ),
      );
      if (preview) previewedMetadata.set(after, metadataAfter);
      else loaders.accessTokenChanged(after);
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
    errors: accessTokenResult('Rotate', [VersionConflictError], {
      success: 'The token has a new secret; the old one no longer works. Deploy the new one wherever the token is used.',
      accessToken: 'The token with its new secret.',
      union: resultUnionDescription('rotateAccessToken', 'RotateAccessTokenSuccess with the new secret', [
        'ValidationError when the id or expectedVersion is malformed',
        'NotFoundError when no token has this id',
        'ConflictError when expectedVersion no longer matches',
      ]),
    }),
    resolve: async (_root, { id, expectedVersion }, { loaders }) => {
      const { after: rotated } = await loaders.writes.accessTokens.rotate(id, { expectedVersion });
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
      union: {
        name: 'DeleteAccessTokenResult',
        description: resultUnionDescription('deleteAccessToken', 'DeleteAccessTokenSuccess', [
          'ValidationError when the id or expectedVersion is malformed',
          'NotFoundError when no token has this id',
          'CannotDeleteOwnTokenError for the token the request is authenticated with',
          'ConflictError when expectedVersion no longer matches',
        ]),
      },
    },
    resolve: async (_root, { id, expectedVersion }, { loaders }) => {
      const deleted = await loaders.writes.accessTokens.delete(id, { expectedVersion });
      loaders.accessTokenChanged({ id }, true);
      return { id, accessToken: deleted };
    },
  }),
}));
