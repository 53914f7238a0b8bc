import { accessTokenVersion, sameWritableState } from '../cma/access-token-version.ts';
import { CmaCannotDeleteOwnTokenError, CmaInvalidAttributesError, CmaNotFoundError, InvalidInputError, VersionConflictError } from '../cma/errors.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import { rolloverOf, successorName, type Rollover } from '../capabilities/rollover.ts';
import type { Loaders } from '../loaders/create-loaders.ts';
import { builder } from './builder.ts';
import { ErrorInterface, resultUnionDescription, UPSTREAM_ERRORS } from './errors.ts';
import { AccessTokenRef } from './refs.ts';
import { cmaId } from './validators.ts';
import { PolicyViolationError } from '../policy/token-policy.ts';
import { metadataOf } from '../writes/access-token-writes.ts';

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
  description: 'Whether the original of a rollover can be deleted without cutting anything off, by the CMA\'s last-access records.',
  values: {
    WAITING_FOR_USE: { description: 'The successor is not yet used on every API the original is used on.' },
    READY: { description: 'The successor is in use wherever the original is: the original can go.' },
  },
});
const RolloverSurfaceEnum = builder.enumType('RolloverSurface', {
  description: 'An API whose use the CMA records per token (lastCmaAccess, lastCdaAccess).',
  values: {
    CMA: { description: 'The Content Management API.' },
    CDA: { description: 'The Content Delivery API.' },
  } as const,
});

const RolloverType = builder.objectRef<TokenRollover>('AccessTokenRollover').implement({
  description: 'A rotation with an overlap: a successor with the same role and API surface flags, beside the original until it is in use.',
  fields: (t) => ({
    original: t.field({
      type: AccessTokenRef,
      description: 'The token being replaced; finishAccessTokenRollover deletes it.',
      resolve: (rollover) => rollover.original,
    }),
    successor: t.field({
      type: AccessTokenRef,
      description: 'The replacement, named "<original name> [rollover of <original id>]": that name is what links the two.',
      resolve: (rollover) => rollover.successor,
    }),
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
  description: 'The token already takes part in a rollover: finish or cancel it first. Nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ rollover: t.field({ type: RolloverType, description: 'The rollover under way.', resolve: (error) => error.rollover }) }),
});
builder.objectType(NoRolloverError, {
  name: 'NoRolloverError',
  description: 'The token takes part in no rollover, as original or successor. Nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ accessTokenId: t.exposeID('tokenId') }),
});
builder.objectType(RolloverNotReadyError, {
  name: 'RolloverNotReadyError',
  description:
    'The successor is not yet used on every API the original is used on: deleting the original now could cut off whatever ' +
    'still uses it. Nothing changed. Deploy the successor first, or pass force: true.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    rollover: t.field({ type: RolloverType, description: 'Its state, with the APIs still waiting in unusedSurfaces.', resolve: (error) => error.rollover }),
  }),
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
  description: "The successor exists beside the original: deploy the successor's secret wherever the original is used, then finishAccessTokenRollover.",
  fields: (t) => ({
    original: t.field({ type: AccessTokenRef, description: 'Unchanged: it keeps working.', resolve: (result) => result.original }),
    successor: t.field({ type: AccessTokenRef, description: 'The new token, with its secret.', resolve: (result) => result.successor }),
  }),
});
const FinishSuccess = builder.objectRef<{ deletedOriginalId: string; successor: CmaAccessToken }>('FinishAccessTokenRolloverSuccess').implement({
  description: 'The rollover is complete: the original is deleted, and the successor carries on as an ordinary token.',
  fields: (t) => ({
    deletedOriginalId: t.exposeID('deletedOriginalId', { description: 'The original, now deleted.' }),
    successor: t.field({
      type: AccessTokenRef,
      description: 'The token that replaces it (its name still ends in "[rollover of <original id>]"; rename it with updateAccessToken if you like).',
      resolve: (result) => result.successor,
    }),
  }),
});
const CancelSuccess = builder.objectRef<{ original: CmaAccessToken; deletedSuccessorId: string }>('CancelAccessTokenRolloverSuccess').implement({
  description: 'The rollover is undone: the successor is deleted, the original is as it was.',
  fields: (t) => ({
    original: t.field({ type: AccessTokenRef, description: 'Unchanged: it keeps working.', resolve: (result) => result.original }),
    deletedSuccessorId: t.exposeID('deletedSuccessorId', { description: 'The successor, now deleted.' }),
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
      types: [InvalidInputError, CmaNotFoundError, RolloverAlreadyStartedError, VersionConflictError, PolicyViolationError, CmaInvalidAttributesError, ...UPSTREAM_ERRORS],
      directResult: true,
      union: {
        name: 'StartAccessTokenRolloverResult',
        description: resultUnionDescription('startAccessTokenRollover', 'StartAccessTokenRolloverSuccess with both tokens', [
          'ValidationError when the id is malformed or the token has no role (a successor needs one)',
          'NotFoundError when no token has this id',
          'RolloverAlreadyStartedError when it already takes part in a rollover',
          'ConflictError when the original changed while its successor was being made (the successor copies its role and flags)',
          "PolicyViolationError when the project's policy forbids the successor (owners required and the original has none)",
          'InvalidAttributesError when the CMA no longer accepts an attribute this API sends',
        ]),
      },
    },
    resolve: async (_root, { id }, { loaders }) => {
      // Read once to name the successor; read again under the token's lock to decide.
      const original = (await loaders.gateway.listAccessTokens()).find((token) => token.id === id);
      if (!original) throw new CmaNotFoundError('access_token', id);
      if (!original.role) throw new InvalidInputError('id', ['id'], `id: API token ${id} has no role, and a successor needs one`);
      let current = original;
      // The successor answers to the same owner, for the same purpose; its expiry follows the policy.
      const record = await loaders.recordOf(original).catch(() => null);
      const { after: successor } = await loaders.writes.accessTokens.create(
        {
          name: successorName(original),
          roleId: original.role.id,
          can_access_cda: original.can_access_cda,
          can_access_cda_preview: original.can_access_cda_preview,
          can_access_cma: original.can_access_cma,
        },
        { owner: record?.owner ?? null, purpose: record?.purpose ?? null },
        {
          on: { id, kind: 'ROLLOVER_STARTED' },
          check: (tokens) => {
            const now = tokens.find((token) => token.id === id);
            if (!now) throw new CmaNotFoundError('access_token', id);
            const existing = rolloverOf(now, tokens);
            if (existing) throw new RolloverAlreadyStartedError(existing);
            if (!sameWritableState(now, original)) {
              const metadata = metadataOf(record);
              throw new VersionConflictError(now, accessTokenVersion(now, metadata), accessTokenVersion(original, metadata));
            }
            current = now;
          },
        },
      );
      loaders.accessTokenChanged(successor);
      return { original: current, successor };
    },
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
      union: {
        name: 'FinishAccessTokenRolloverResult',
        description: resultUnionDescription('finishAccessTokenRollover', 'FinishAccessTokenRolloverSuccess with the successor', [
          'ValidationError when the id is malformed',
          'NotFoundError when no token has this id',
          'NoRolloverError when it takes part in no rollover',
          'RolloverNotReadyError when the successor is not in use yet and force is false',
          'ConflictError when the original changed while the rollover was being finished',
          'CannotDeleteOwnTokenError when the original is the token the request is authenticated with',
        ]),
      },
    },
    resolve: async (_root, { id, force }, { loaders }) => {
      const rollover = await currentRollover(id, loaders);
      if (rollover.state !== 'READY' && !force) throw new RolloverNotReadyError(rollover);
      // Refused if the original changed since it was read: the decision was made on what was read.
      await loaders.writes.accessTokens.delete(rollover.original.id, { unchangedFrom: rollover.original, kind: 'ROLLOVER_FINISHED' });
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
      union: {
        name: 'CancelAccessTokenRolloverResult',
        description: resultUnionDescription('cancelAccessTokenRollover', 'CancelAccessTokenRolloverSuccess with the original', [
          'ValidationError when the id is malformed',
          'NotFoundError when no token has this id',
          'NoRolloverError when it takes part in no rollover',
          'ConflictError when the successor changed while the rollover was being cancelled',
          'CannotDeleteOwnTokenError when the successor is the token the request is authenticated with',
        ]),
      },
    },
    resolve: async (_root, { id }, { loaders }) => {
      const rollover = await currentRollover(id, loaders);
      await loaders.writes.accessTokens.delete(rollover.successor.id, { unchangedFrom: rollover.successor, kind: 'ROLLOVER_CANCELLED' });
      loaders.accessTokenChanged(rollover.successor, true);
      return { original: rollover.original, deletedSuccessorId: rollover.successor.id };
    },
  }),
}));
