import { CmaNotFoundError, CmaPermissionDeniedError, InvalidInputError } from '../cma/errors.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import type { Loaders } from '../loaders/create-loaders.ts';
import { AccessTokenFilterInput, isEmptyFilter, selectTokens, type AccessTokenFilter } from './access-token-filter.ts';
import { builder } from './builder.ts';
import { ErrorInterface, resultUnionDescription, UPSTREAM_ERRORS } from './errors.ts';
import { AccessTokenRef } from './refs.ts';
import { errorAsValue, isTypedFailure, writeWithinRateLimit } from './per-token-outcomes.ts';
import { cmaId } from './validators.ts';

// Incident response: rotate or delete every token a selection names, in one call, within the CMA's
// rate limit. Each token follows the write rules of a single write (lock, never replayed, lost
// answers settled by reading back); a 429 is a refusal (nothing was done), so it is waited out and
// the same write sent again, never surfaced.

type Operation = 'ROTATE' | 'DELETE';
type Status = 'DONE' | 'SKIPPED' | 'FAILED' | 'WOULD_ROTATE' | 'WOULD_DELETE';
type Outcome = { id: string; accessToken: CmaAccessToken | null; status: Status; reason: string | null; error: Error | null };

const CONCURRENCY = 4;

const BulkStatusEnum = builder.enumType('BulkOutcomeStatus', {
  description: 'What a bulk rotation or deletion did, or in a dry run would do, to one token.',
  values: {
    DONE: { description: 'Rotated (the token carries its new secret) or deleted.' },
    SKIPPED: { description: 'Left alone on purpose: see reason.' },
    FAILED: { description: 'Refused or not confirmed: see error (outcomeUnknown on UpstreamUnavailableError says whether it may have happened).' },
    WOULD_ROTATE: { description: 'Dry run: would be rotated.' },
    WOULD_DELETE: { description: 'Dry run: would be deleted.' },
  },
});

const OutcomeType = builder.objectRef<Outcome>('BulkAccessTokenOutcome').implement({
  description: 'One token of a bulk rotation or deletion: its status, and why when it was skipped or failed.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The token, or an id given in the selection that no token has.' }),
    accessToken: t.field({
      type: AccessTokenRef,
      nullable: true,
      description: 'Rotated: with its new secret. Otherwise as it was listed. Null for an id no token has.',
      resolve: (outcome) => outcome.accessToken,
    }),
    status: t.field({ type: BulkStatusEnum, resolve: (outcome) => outcome.status }),
    reason: t.exposeString('reason', { nullable: true, description: 'With SKIPPED: why it was left alone. Null otherwise.' }),
    error: t.field({
      type: ErrorInterface,
      nullable: true,
      description:
        'With FAILED: the typed error, e.g. NotFoundError for an unknown id, PermissionDeniedError when the caller may not write ' +
        'the token, UpstreamUnavailableError when the answer was lost. Null otherwise.',
      resolve: (outcome) => errorAsValue(outcome.error),
    }),
  }),
});

const BulkSuccess = builder.objectRef<{ dryRun: boolean; outcomes: Outcome[] }>('BulkAccessTokenSuccess').implement({
  description:
    'The bulk operation ran (or, with dryRun, was planned) token by token. A success even when some tokens failed: read `failed` and the outcomes.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True: nothing was changed; the outcomes say WOULD_ROTATE or WOULD_DELETE.' }),
    outcomes: t.field({ type: [OutcomeType], description: 'One per selected token (and per unknown id), in id order.', resolve: (result) => result.outcomes }),
    done: t.int({
      description: 'Tokens rotated or deleted (0 in a dry run).',
      resolve: (result) => result.outcomes.filter((outcome) => outcome.status === 'DONE').length,
    }),
    skipped: t.int({
      description: "Tokens left alone on purpose (the caller's own).",
      resolve: (result) => result.outcomes.filter((outcome) => outcome.status === 'SKIPPED').length,
    }),
    failed: t.int({
      description: 'Tokens refused or not confirmed, unknown ids included.',
      resolve: (result) => result.outcomes.filter((outcome) => outcome.status === 'FAILED').length,
    }),
  }),
});

const SelectionInput = builder.inputType('AccessTokenSelection', {
  description: 'The tokens a bulk operation acts on: those matching `filter`, among `ids` when given. An empty selection is refused unless `all` is true.',
  fields: (t) => ({
    filter: t.field({ type: AccessTokenFilterInput, description: 'Tokens matching every condition given.' }),
    ids: t.idList({
      description: 'Only these tokens (at most 1000). An id no token has gets a FAILED outcome with NotFoundError.',
      validate: { items: { schema: cmaId }, maxLength: 1_000 },
    }),
    all: t.boolean({ description: 'Act on every token of the project (still never the caller\'s own).' }),
  }),
});
type Selection = { filter?: AccessTokenFilter | null; ids?: string[] | null; all?: boolean | null };

/** Runs `work` over `items`, at most `limit` at a time, keeping their order in the results. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

async function runBulk(loaders: Loaders, operation: Operation, selection: Selection, dryRun: boolean): Promise<{ dryRun: boolean; outcomes: Outcome[] }> {
  const { gateway } = loaders;
  if (isEmptyFilter(selection.filter) && !selection.ids?.length && !selection.all) {
    throw new InvalidInputError('select', ['select'], 'select: name the tokens with filter or ids, or pass all: true to act on every token');
  }
  // Read fresh (this request's list loader may hold an older read), and reconciled with the store.
  loaders.accessTokensChanged();
  const tokens = await loaders.accessTokenList();
  const byId = new Map(tokens.map((token) => [token.id, token]));
  const unknownIds = (selection.ids ?? []).filter((id) => !byId.has(id));
  const selected = await selectTokens(
    tokens.filter((token) => !selection.ids?.length || selection.ids.includes(token.id)),
    selection.filter,
    loaders,
  );
  const unknown: Outcome[] = unknownIds.map((id) => ({ id, accessToken: null, status: 'FAILED', reason: null, error: new CmaNotFoundError('access_token', id) }));

  // What is decided without a write: the caller's own token, and tokens the caller may not write.
  const decided = (token: CmaAccessToken): Outcome | null => {
    if (gateway.isCallersOwn(token)) {
      return { id: token.id, accessToken: token, status: 'SKIPPED', reason: 'This request is authenticated with it: a bulk call never rotates or deletes its own token', error: null };
    }
    // The CMA shows secrets only to callers who may manage tokens, and refuses the others' writes.
    if (token.token == null) return { id: token.id, accessToken: token, status: 'FAILED', reason: null, error: CmaPermissionDeniedError.insufficientPermissions() };
    if (dryRun) return { id: token.id, accessToken: token, status: operation === 'ROTATE' ? 'WOULD_ROTATE' : 'WOULD_DELETE', reason: null, error: null };
    return null;
  };
  const outcomes = await inPool(selected, CONCURRENCY, async (token): Promise<Outcome> => {
    const outcome = decided(token);
    if (outcome) return outcome;
    try {
      const done =
        operation === 'ROTATE'
          ? (await writeWithinRateLimit(gateway, () => loaders.writes.accessTokens.rotate(token.id, { listed: token }))).after
          : ((await writeWithinRateLimit(gateway, () => loaders.writes.accessTokens.delete(token.id))) ?? token);
      return { id: token.id, accessToken: done, status: 'DONE', reason: null, error: null };
    } catch (error) {
      if (!isTypedFailure(error)) throw error;
      return { id: token.id, accessToken: token, status: 'FAILED', reason: null, error: error as Error };
    }
  });
  return { dryRun, outcomes: [...outcomes, ...unknown].sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id)) };
}

const bulkField = (operation: Operation, description: string) =>
  builder.mutationField(operation === 'ROTATE' ? 'rotateAccessTokens' : 'deleteAccessTokens', (t) =>
    t.field({
      type: BulkSuccess,
      description,
      args: {
        select: t.arg({ type: SelectionInput, required: true }),
        dryRun: t.arg.boolean({ defaultValue: false, description: 'List what would happen; change nothing.' }),
      },
      errors: {
        types: [InvalidInputError, ...UPSTREAM_ERRORS],
        directResult: true,
        union: {
          name: operation === 'ROTATE' ? 'RotateAccessTokensResult' : 'DeleteAccessTokensResult',
          description: resultUnionDescription(
            operation === 'ROTATE' ? 'rotateAccessTokens' : 'deleteAccessTokens',
            'BulkAccessTokenSuccess with one outcome per token (a token that fails is an outcome, not an error)',
            ['ValidationError when the selection is empty without all: true, or an id is malformed'],
          ) + ' Any of these errors means no token was touched.',
        },
      },
      resolve: async (_root, { select, dryRun }, { loaders }) => {
        const result = await runBulk(loaders, operation, select as Selection, dryRun ?? false);
        if (!result.dryRun) loaders.accessTokensChanged();
        return result;
      },
    }),
  );

bulkField('ROTATE', 'Rotates every selected token, within the CMA\'s rate limit: one outcome per token (done with its new secret, skipped with the reason, or failed with a typed error). Never the caller\'s own token.');
bulkField('DELETE', 'Deletes every selected token, within the CMA\'s rate limit: one outcome per token. Never the caller\'s own token.');
