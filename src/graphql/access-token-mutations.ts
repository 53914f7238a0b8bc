import {
  CmaNonEditableTokenError,
  CmaNotFoundError,
  InvalidInputError,
} from '../cma/errors.ts';
import type { CmaAccessToken } from '../cma/gateway.ts';
import { builder } from './builder.ts';
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
    type: AccessTokenRef,
    description: 'Changes what is given and keeps the rest. Built-in tokens refuse with NonEditableAccessTokenError.',
    args: {
      id: t.arg.id({ required: true, validate: { schema: cmaId } }),
      input: t.arg({ type: UpdateAccessTokenInput, required: true }),
    },
    errors: accessTokenResult('Update', [CmaNonEditableTokenError]),
    resolve: async (_root, { id, input }, { loaders }) => {
      const current: CmaAccessToken = await loaders.accessTokenById.load(id);
      if (current.hardcoded_type != null) throw new CmaNonEditableTokenError(id, current.hardcoded_type);
      // The CMA's PUT wants every attribute; the role is sent only when it changes.
      const updated = await withInputFieldNames(() =>
        loaders.gateway.updateAccessToken(id, {
          name: input.name ?? current.name,
          can_access_cda: input.canAccessCda ?? current.can_access_cda,
          can_access_cda_preview: input.canAccessCdaPreview ?? current.can_access_cda_preview,
          can_access_cma: input.canAccessCma ?? current.can_access_cma,
          ...(input.roleId != null ? { roleId: input.roleId } : {}),
        }),
      );
      loaders.accessTokenChanged(updated);
      return updated;
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
