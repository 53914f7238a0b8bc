// Extends AccessToken with its access reviews (SOC 2's periodic evidence), and adds the mutation
// that records them. Reviews are kept by this API; nothing is sent to the CMA.
import { CmaNotFoundError, InvalidInputError } from '../cma/errors.ts';
import { reviewDue } from '../policy/token-policy.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import { z } from 'zod';
import { ActorType } from './access-token-metadata.ts';
import { builder } from './builder.ts';
import { resultUnionDescription, UPSTREAM_ERRORS } from './errors.ts';
import { AccessTokenRef } from './refs.ts';
import { DateTimeScalar } from './scalars.ts';
import { cmaId, purposeText } from './validators.ts';

const STORE_NOTE = ' Null with a STORE_UNAVAILABLE error while the store cannot be reached.';

builder.objectField(AccessTokenRef, 'lastReviewedAt', (t) =>
  t.field({
    type: DateTimeScalar,
    nullable: true,
    description: 'When someone last confirmed, through reviewAccessTokens, that this token is still needed as it is. Null: never.' + STORE_NOTE,
    resolve: async (token, _args, { loaders }) => (await loaders.recordOf(token))?.last_reviewed_at ?? null,
  }),
);

builder.objectField(AccessTokenRef, 'lastReviewedBy', (t) =>
  t.field({
    type: ActorType,
    nullable: true,
    description: 'Who made the last review.' + STORE_NOTE,
    resolve: async (token, _args, { loaders }) => {
      const record = await loaders.recordOf(token);
      return record?.last_reviewed_at ? { accessTokenId: record.last_reviewed_by_token_id, name: record.last_reviewed_by_name } : null;
    },
  }),
);

builder.objectField(AccessTokenRef, 'reviewDue', (t) =>
  t.boolean({
    nullable: true,
    description: "Whether the project's policy (reviewEveryDays) wants it reviewed now: never reviewed, or not for that long. False without reviewEveryDays." + STORE_NOTE,
    resolve: async (token, _args, { loaders }) => {
      const [record, policy] = await Promise.all([loaders.recordOf(token), loaders.policy()]);
      return reviewDue(policy, record?.last_reviewed_at ?? null, new Date());
    },
  }),
);

const ReviewSuccess = builder.objectRef<{ reviewedAt: Date; accessTokens: CmaAccessToken[] }>('ReviewAccessTokensSuccess').implement({
  description: 'The review is recorded: each token\'s lastReviewedAt, and a REVIEWED event in its history.',
  fields: (t) => ({
    reviewedAt: t.field({ type: DateTimeScalar, resolve: (result) => result.reviewedAt }),
    accessTokens: t.field({ type: [AccessTokenRef], description: 'The tokens reviewed.', resolve: (result) => result.accessTokens }),
  }),
});

builder.mutationFields((t) => ({
  reviewAccessTokens: t.field({
    type: ReviewSuccess,
    description:
      'Records that the caller reviewed these tokens and found them still needed as they are (an access review\'s evidence). ' +
      'All or nothing: an unknown id records none. Needs a caller who may manage API tokens.',
    args: {
      ids: t.arg.idList({ required: true, validate: { schema: z.array(cmaId).min(1).max(1_000) }, description: '1 to 1000 token ids.' }),
      note: t.arg.string({ validate: { schema: purposeText }, description: 'What was checked, kept in each token\'s history.' }),
    },
    errors: {
      types: [InvalidInputError, CmaNotFoundError, ...UPSTREAM_ERRORS],
      directResult: true,
      union: {
        name: 'ReviewAccessTokensResult',
        description: resultUnionDescription('reviewAccessTokens', 'ReviewAccessTokensSuccess', [
          'ValidationError when an id or the note is malformed',
          'NotFoundError when an id names no token (nothing is recorded then)',
        ]),
      },
    },
    resolve: async (_root, { ids, note }, { loaders }) => {
      loaders.accessTokensChanged();
      const tokens = await loaders.accessTokenList();
      const byId = new Map(tokens.map((token) => [token.id, token]));
      const unknown = ids.find((id) => !byId.has(id));
      if (unknown !== undefined) throw new CmaNotFoundError('access_token', unknown);
      const reviewed = [...new Set(ids)].map((id) => byId.get(id)!);
      const reviewedAt = await loaders.writes.accessTokens.review(reviewed, note ?? null);
      loaders.accessTokensChanged();
      return { reviewedAt, accessTokens: reviewed };
    },
  }),
}));
