import { accessTokenVersion } from '../cma/access-token-version.ts';
import { CmaCannotDeleteOwnTokenError, CmaInvalidAttributesError, CmaNotFoundError, InvalidInputError, VersionConflictError } from '../cma/errors.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import { rolloverOf, successorName, type Rollover } from '../capabilities/rollover.ts';
import type { Loaders } from '../loaders/create-loaders.ts';
import { builder } from './builder.ts';
import { ErrorInterface, UPSTREAM_ERRORS } from './errors.ts';
import { AccessTokenRef } from './refs.ts';
import { cmaId } from './validators.ts';

type TokenRollover = Rollover<CmaAccessToken>;

export class RolloverAlreadyStartedError extends Error {
  override name = 'RolloverAlreadyStartedError';
  constructor(readonly rollover: TokenRollover) {
    super(`API token ${rollover.original.id} is already in a rollover: its successor is ${rollover.successor.id}. Finish or cancel it first.`);
  }
}

export class NoRolloverError extends Error {
  override name = 'NoRolloverError';
  constructor(readonly tokenId: string) {
    super(`API token ${tokenId} takes part in no rollover`);
  }
}

export class RolloverNotReadyError extends Error {
  override name = 'RolloverNotReadyError';
  constructor(readonly rollover: TokenRollover) {
    const surfaces = rollover.unusedSurfaces.join(' and ');
    super(
      `The successor ${rollover.successor.id} has not been used on the ${surfaces} yet, where the original is: deleting the ` +
        'original now would cut off whatever still uses it. Deploy the successor first, or pass force: true.',
    );
  }
}

const RolloverStateEnum = builder.enumType('RolloverState', {
  values: {
    WAITING_FOR_USE: { description: 'The successor is not yet used on every API the original is used on.' },
    READY: { description: 'The successor is in use wherever the original is: the original can go.' },
  },
});
const RolloverSurfaceEnum = builder.enumType('RolloverSurface', { values: ['CMA', 'CDA'] as const });

const RolloverType = builder.objectRef<TokenRollover>('AccessTokenRollover').implement({
  description: 'A rotation with an overlap: a successor with the same role and API surface flags, beside the original until it is in use.',
  fields: (t) => ({
    original: t.field({ type: AccessTokenRef, resolve: (rollover) => rollover.original }),
    successor: t.field({ type: AccessTokenRef, resolve: (rollover) => rollover.successor }),
    state: t.field({ type: RolloverStateEnum, resolve: (rollover) => rollover.state }),
    unusedSurfaces: t.field({
      type: [RolloverSurfaceEnum],
      description: 'APIs the original is used on and the successor not yet (from the CMA\'s last_cma_access / last_cda_access).',
      resolve: (rollover) => rollover.unusedSurfaces,
    }),
  }),
});

builder.objectType(RolloverAlreadyStartedError, {
  name: 'RolloverAlreadyStartedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ rollover: t.field({ type: RolloverType, resolve: (error) => error.rollover }) }),
});
builder.objectType(NoRolloverError, {
  name: 'NoRolloverError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ accessTokenId: t.exposeID('tokenId') }),
});
builder.objectType(RolloverNotReadyError, {
  name: 'RolloverNotReadyError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ rollover: t.field({ type: RolloverType, resolve: (error) => error.rollover }) }),
});

builder.objectField(AccessTokenRef, 'rollover', (t) =>
  t.field({
    type: RolloverType,
    nullable: true,
    description: 'The rollover this token takes part in, as original or successor; null when none.',
    resolve: async (token, _args, { loaders }) => rolloverOf(token, await loaders.accessTokenList()),
  }),
);

/** The rollover `id` takes part in, read fresh from the CMA. */
async function currentRollover(id: string, loaders: Loaders): Promise<TokenRollover> {
  const tokens = await loaders.gateway.listAccessTokens();
  const token = tokens.find((candidate) => candidate.id === id);
  if (!token) throw new CmaNotFoundError('access_token', id);
  const rollover = rolloverOf(token, tokens);
  if (!rollover) throw new NoRolloverError(id);
  return rollover;
}

const StartSuccess = builder.objectRef<{ original: CmaAccessToken; successor: CmaAccessToken }>('StartAccessTokenRolloverSuccess').implement({
  fields: (t) => ({
    original: t.field({ type: AccessTokenRef, description: 'Unchanged: it keeps working.', resolve: (result) => result.original }),
    successor: t.field({ type: AccessTokenRef, description: 'The new token, with its secret.', resolve: (result) => result.successor }),
  }),
});
const FinishSuccess = builder.objectRef<{ deletedOriginalId: string; successor: CmaAccessToken }>('FinishAccessTokenRolloverSuccess').implement({
  fields: (t) => ({
    deletedOriginalId: t.exposeID('deletedOriginalId'),
    successor: t.field({ type: AccessTokenRef, resolve: (result) => result.successor }),
  }),
});
const CancelSuccess = builder.objectRef<{ original: CmaAccessToken; deletedSuccessorId: string }>('CancelAccessTokenRolloverSuccess').implement({
  fields: (t) => ({
    original: t.field({ type: AccessTokenRef, resolve: (result) => result.original }),
    deletedSuccessorId: t.exposeID('deletedSuccessorId'),
  }),
});

builder.mutationFields((t) => ({
  startAccessTokenRollover: t.field({
    type: StartSuccess,
    description:
      'Creates a successor with the same role and API surface flags, named "<original name> [rollover of <id>]"; the original keeps ' +
      'working. Deploy the successor\'s secret, then finish the rollover. Built-in tokens can be rolled over (the successor is ordinary).',
    args: { id: t.arg.id({ required: true, validate: { schema: cmaId } }) },
    errors: {
      types: [InvalidInputError, CmaNotFoundError, RolloverAlreadyStartedError, CmaInvalidAttributesError, ...UPSTREAM_ERRORS],
      directResult: true,
      union: { name: 'StartAccessTokenRolloverResult' },
    },
    resolve: (_root, { id }, { loaders }) =>
      loaders.gateway.exclusivelyFor(id, async () => {
        const tokens = await loaders.gateway.listAccessTokens();
        const original = tokens.find((token) => token.id === id);
        if (!original) throw new CmaNotFoundError('access_token', id);
        const existing = rolloverOf(original, tokens);
        if (existing) throw new RolloverAlreadyStartedError(existing);
        if (!original.role) throw new InvalidInputError('id', ['id'], `id: API token ${id} has no role, and a successor needs one`);
        const successor = await loaders.gateway.createAccessToken({
          name: successorName(original),
          roleId: original.role.id,
          can_access_cda: original.can_access_cda,
          can_access_cda_preview: original.can_access_cda_preview,
          can_access_cma: original.can_access_cma,
        });
        loaders.accessTokenChanged(successor);
        return { original, successor };
      }),
  }),

  finishAccessTokenRollover: t.field({
    type: FinishSuccess,
    description:
      'Deletes the original (given either token\'s id) once the successor is used on every API the original is used on; ' +
      'otherwise RolloverNotReadyError, unless force: true.',
    args: {
      id: t.arg.id({ required: true, validate: { schema: cmaId } }),
      force: t.arg.boolean({ defaultValue: false, description: 'Delete the original even if the successor is not in use yet.' }),
    },
    errors: {
      types: [InvalidInputError, CmaNotFoundError, NoRolloverError, RolloverNotReadyError, VersionConflictError, CmaCannotDeleteOwnTokenError, ...UPSTREAM_ERRORS],
      directResult: true,
      union: { name: 'FinishAccessTokenRolloverResult' },
    },
    resolve: async (_root, { id, force }, { loaders }) => {
      const rollover = await currentRollover(id, loaders);
      if (rollover.state !== 'READY' && !force) throw new RolloverNotReadyError(rollover);
      // Refused if the original changed since it was read: the decision was made on what was read.
      await loaders.gateway.deleteAccessToken(rollover.original.id, { expectedVersion: accessTokenVersion(rollover.original) });
      loaders.accessTokenChanged(rollover.original, true);
      return { deletedOriginalId: rollover.original.id, successor: rollover.successor };
    },
  }),

  cancelAccessTokenRollover: t.field({
    type: CancelSuccess,
    description: 'Deletes the successor (given either token\'s id); the original stays as it is.',
    args: { id: t.arg.id({ required: true, validate: { schema: cmaId } }) },
    errors: {
      types: [InvalidInputError, CmaNotFoundError, NoRolloverError, VersionConflictError, CmaCannotDeleteOwnTokenError, ...UPSTREAM_ERRORS],
      directResult: true,
      union: { name: 'CancelAccessTokenRolloverResult' },
    },
    resolve: async (_root, { id }, { loaders }) => {
      const rollover = await currentRollover(id, loaders);
      await loaders.gateway.deleteAccessToken(rollover.successor.id, { expectedVersion: accessTokenVersion(rollover.successor) });
      loaders.accessTokenChanged(rollover.successor, true);
      return { original: rollover.original, deletedSuccessorId: rollover.successor.id };
    },
  }),
}));
