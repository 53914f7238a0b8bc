// Extends AccessToken with what this API keeps beside the CMA (src/store): owner, purpose, expiry,
// creation and first sighting. DatoCMS keeps none of them.
import { accessTokenVersion } from '../cma/access-token-version.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import type { Actor } from '../store/events.ts';
import type { TokenMetadata } from '../store/token-records.ts';
import type { AccessTokenRecord } from '../store/database.ts';
import type { GraphQLContext } from './context.ts';
import { builder } from './builder.ts';
import { AccessTokenRef } from './refs.ts';
import { DateTimeScalar } from './scalars.ts';

/**
 * The metadata a dry run would leave a token with: its answer shows the token as it would be,
 * metadata included, though nothing was written.
 */
export const previewedMetadata = new WeakMap<CmaAccessToken, TokenMetadata>();

export const ActorType = builder.objectRef<Actor>('Actor').implement({
  description:
    'Who made a change: the API token the request was authenticated with, by id and name as they were then. ' +
    'Null where it could not be known (a change made outside this API, or a caller who may not see token secrets).',
  fields: (t) => ({
    accessTokenId: t.exposeID('accessTokenId', { nullable: true, description: 'The token the caller authenticated with.' }),
    name: t.exposeString('name', { nullable: true, description: "That token's name at the time." }),
  }),
});

const recordOf = (token: CmaAccessToken, context: GraphQLContext): Promise<AccessTokenRecord | null> => context.loaders.recordOf(token);

async function metadataOf(token: CmaAccessToken, context: GraphQLContext): Promise<TokenMetadata | null> {
  const previewed = previewedMetadata.get(token);
  if (previewed) return previewed;
  const record = await recordOf(token, context);
  return record && { owner: record.owner, purpose: record.purpose, expiresAt: record.expires_at };
}

/**
 * AccessToken.version: the writable CMA state and the metadata, as the writes check expectedVersion
 * against it (requireVersion), so that a version read is one a write accepts. While the store cannot
 * be reached every write is refused anyway: the CMA attributes alone make the version then, and the
 * token is still answered.
 */
export async function versionOf(token: CmaAccessToken, context: GraphQLContext): Promise<string> {
  let metadata: TokenMetadata | null = null;
  try {
    metadata = await metadataOf(token, context);
  } catch {
    // The store is unreachable: see above.
  }
  return accessTokenVersion(token, metadata);
}

const STORE_NOTE = ' Null with a STORE_UNAVAILABLE error while the store cannot be reached (the CMA fields still answer).';

builder.objectField(AccessTokenRef, 'owner', (t) =>
  t.string({
    nullable: true,
    description: 'Who answers for the token (a person, a team, an email): kept by this API, set through createAccessToken and updateAccessToken.' + STORE_NOTE,
    resolve: async (token, _args, context) => (await metadataOf(token, context))?.owner ?? null,
  }),
);

builder.objectField(AccessTokenRef, 'purpose', (t) =>
  t.string({
    nullable: true,
    description: 'What the token is for, in words: kept by this API.' + STORE_NOTE,
    resolve: async (token, _args, context) => (await metadataOf(token, context))?.purpose ?? null,
  }),
);

builder.objectField(AccessTokenRef, 'expiresAt', (t) =>
  t.field({
    type: DateTimeScalar,
    nullable: true,
    description: 'When the token should stop being used: kept by this API (DatoCMS tokens never expire by themselves). Null: no expiry.' + STORE_NOTE,
    resolve: async (token, _args, context) => (await metadataOf(token, context))?.expiresAt ?? null,
  }),
);

builder.objectField(AccessTokenRef, 'createdAt', (t) =>
  t.field({
    type: DateTimeScalar,
    nullable: true,
    description: 'When it was created, exact for tokens created through this API; null for the others (the CMA does not say).' + STORE_NOTE,
    resolve: async (token, _args, context) => (await recordOf(token, context))?.created_at ?? null,
  }),
);

builder.objectField(AccessTokenRef, 'createdBy', (t) =>
  t.field({
    type: ActorType,
    nullable: true,
    description: 'Who created it through this API; null for tokens created elsewhere.' + STORE_NOTE,
    resolve: async (token, _args, context) => {
      const record = await recordOf(token, context);
      return record?.created_at ? { accessTokenId: record.created_by_token_id, name: record.created_by_name } : null;
    },
  }),
);

builder.objectField(AccessTokenRef, 'firstSeenAt', (t) =>
  t.field({
    type: DateTimeScalar,
    nullable: true,
    description:
      'When this API first saw the token (its creation, for tokens created here): a lower bound of its age. ' +
      'Null only while the store cannot be reached, with a STORE_UNAVAILABLE error.',
    resolve: async (token, _args, context) => (await recordOf(token, context))?.first_seen_at ?? null,
  }),
);
