import {
  CmaNonEditableTokenError,
  CmaNotFoundError,
  InvalidInputError,
} from '../cma/errors.ts';
import type { CmaAccessToken } from '../cma/gateway.ts';
import { capabilityChanges, effectiveCapabilities } from '../capabilities/effective-capabilities.ts';
import type { Loaders } from '../loaders/create-loaders.ts';
import { builder } from './builder.ts';
import { CapabilityChangesType, type CapabilityChanges } from './capabilities.ts';
import { roleLayerOf } from './role-layer.ts';
import { UPSTREAM_ERRORS } from './errors.ts';
import { AccessTokenRef } from './refs.ts';
import { camelCase } from './role-permissions.ts';
import { cmaId, tokenName } from './validators.ts';

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

builder.mutationFields((t) => ({
  createAccessToken: t.field({
    type: AccessTokenRef,
    description: 'Creates a token. The success carries its secret.',
    args: { input: t.arg({ type: CreateAccessTokenInput, required: true }) },
    errors: accessTokenResult('Create', []),
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
      'Changes what is given and keeps the rest. With dryRun, changes nothing and returns the token as it would be. ' +
      'Either way `capabilityChanges` says what the token gains and loses. Built-in tokens refuse with NonEditableAccessTokenError.',
    args: {
      id: t.arg.id({ required: true, validate: { schema: cmaId } }),
      input: t.arg({ type: UpdateAccessTokenInput, required: true }),
      dryRun: t.arg.boolean({ defaultValue: false, description: 'Preview only: nothing is written.' }),
    },
    errors: {
      types: [InvalidInputError, CmaNotFoundError, CmaNonEditableTokenError, ...UPSTREAM_ERRORS],
      directResult: true,
      union: { name: 'UpdateAccessTokenResult' },
    },
    resolve: async (_root, { id, input, dryRun }, { loaders }) => {
      const current: CmaAccessToken = await loaders.accessTokenById.load(id);
      if (current.hardcoded_type != null) throw new CmaNonEditableTokenError(id, current.hardcoded_type);
      // The CMA's PUT wants every attribute; the role is sent only when it changes.
      const attributes = {
        name: input.name ?? current.name,
        can_access_cda: input.canAccessCda ?? current.can_access_cda,
        can_access_cda_preview: input.canAccessCdaPreview ?? current.can_access_cda_preview,
        can_access_cma: input.canAccessCma ?? current.can_access_cma,
      };
      const roleId = input.roleId ?? undefined;
      const before = effectiveCapabilities(current, await roleLayerOf(current, loaders));

      let next: CmaAccessToken;
      if (dryRun) {
        next = { ...current, ...attributes, role: roleId ? { type: 'role', id: roleId } : current.role };
        if (roleId) await requireRole(roleId, loaders);
      } else {
        next = await withInputFieldNames(() => loaders.gateway.updateAccessToken(id, { ...attributes, roleId }));
        loaders.accessTokenChanged(next);
      }
      const after = effectiveCapabilities(next, await roleLayerOf(next, loaders));
      return { accessToken: next, dryRun: dryRun ?? false, capabilityChanges: capabilityChanges(before, after) };
    },
  }),

  rotateAccessToken: t.field({
    type: AccessTokenRef,
    description: 'Issues a new secret; the old one stops working at once. Never sent twice.',
    args: { id: t.arg.id({ required: true, validate: { schema: cmaId } }) },
    errors: accessTokenResult('Rotate', []),
    resolve: async (_root, { id }, { loaders }) => {
      const rotated = await loaders.gateway.rotateAccessToken(id);
      loaders.accessTokenChanged(rotated);
      return rotated;
    },
  }),

  deleteAccessToken: t.field({
    type: AccessTokenRef,
    description: 'Deletes a token (built-in ones included). The success carries the token as it was.',
    args: { id: t.arg.id({ required: true, validate: { schema: cmaId } }) },
    errors: accessTokenResult('Delete', []),
    resolve: async (_root, { id }, { loaders }) => {
      const deleted = await loaders.gateway.deleteAccessToken(id);
      loaders.accessTokenChanged(deleted, true);
      return deleted;
    },
  }),
}));
