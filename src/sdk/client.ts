import {
  AccessReviewDocument,
  AccessTokenDocument,
  AccessTokenEventsDocument,
  AccessTokenHistoryDocument,
  AuditDocument,
  CreateAccessTokenDocument,
  DeleteAccessTokenDocument,
  EnforceTokenPolicyDocument,
  ListAccessTokensDocument,
  ReviewAccessTokensDocument,
  RotateAccessTokenDocument,
  TokenPolicyDocument,
  UpdateAccessTokenDocument,
  UpdateTokenPolicyDocument,
  WebhookDeliveriesDocument,
  type AccessTokenEventFilter,
  type AccessTokenFilter,
  type AuditSeverity,
  type CreateAccessTokenInput,
  type EnforceTokenPolicyMutation,
  type TokenPolicyInput,
  type TypedDocumentString,
  type UpdateAccessTokenInput,
} from './generated/graphql.ts';

export type TokenAdminClientOptions = {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** The caller's DatoCMS API token: the server forwards it to the CMA, whose permissions apply. */
  token: string;
  fetch?: typeof fetch;
};

/**
 * The request as a whole failed: no data came back (not authenticated, an invalid operation, the
 * server unreachable, a field error). What a mutation can run into is not this: it comes back as
 * data, in the mutation's result union (`__typename` says which).
 */
export class TokenAdminRequestError extends Error {
  override name = 'TokenAdminRequestError';
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

type WriteOptions = { expectedVersion?: string };
/** A page of a cursor connection: at most `first` (the server's default 20, at most 100), after the cursor `after`. */
export type PageOptions = { first?: number; after?: string };

type EnforceResult = EnforceTokenPolicyMutation['enforceTokenPolicy'];

/**
 * The server returns every outcome's token with its secret (the caller may manage tokens), but only a
 * rotation's new secret is the caller's to deploy: the others are dropped here, so that a tool
 * logging its outcomes cannot leak a secret it never needed.
 */
function onlyRotatedSecrets(result: EnforceResult): EnforceResult {
  if (result.__typename !== 'EnforceTokenPolicySuccess') return result;
  return {
    ...result,
    outcomes: result.outcomes.map((outcome) =>
      outcome.status === 'ROTATED' ? outcome : { ...outcome, accessToken: { ...outcome.accessToken, token: null } },
    ),
  };
}

/** A typed client for internal tools. Every method returns what codegen typed for its operation. */
export function createTokenAdminClient(options: TokenAdminClientOptions) {
  const fetchFn = options.fetch ?? fetch;

  async function execute<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    const response = await fetchFn(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${options.token}`,
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new TokenAdminRequestError(response.status, undefined, `The server answered ${response.status} without a GraphQL response`);
    }
    const [error] = body.errors ?? [];
    if (error || !body.data) {
      throw new TokenAdminRequestError(response.status, error?.extensions?.code, error?.message ?? 'The server answered without data');
    }
    return body.data;
  }

  /** A field the schema lets be null only beside an error, which `execute` has already thrown. */
  function present<T>(value: T | null | undefined, field: string): T {
    if (value == null) throw new TokenAdminRequestError(200, undefined, `The server answered no ${field}`);
    return value;
  }

  return {
    /** Runs any typed document: the SDK's own or one generated from your operations. */
    execute,
    listAccessTokens: async (filter?: AccessTokenFilter) => (await execute(ListAccessTokensDocument, { filter })).accessTokens,
    /** The token, or null when no token has this id. */
    getAccessToken: async (id: string) => (await execute(AccessTokenDocument, { id })).accessToken,
    audit: async (severities?: AuditSeverity[]) => (await execute(AuditDocument, { severities })).accessTokenAudit,
    /** A token's recorded changes, newest first; null when no token has this id (a deleted one's are in `events`). */
    history: async (id: string, page: PageOptions = {}) => (await execute(AccessTokenHistoryDocument, { id, ...page })).accessToken?.history ?? null,
    /** The project's token events, newest first, deleted tokens' included. */
    events: async (filter?: AccessTokenEventFilter, page: PageOptions = {}) =>
      (await execute(AccessTokenEventsDocument, { filter, ...page })).accessTokenEvents,
    tokenPolicy: async () => present((await execute(TokenPolicyDocument, {})).tokenPolicy, 'tokenPolicy'),
    /** Partial: what `input` leaves out keeps its value, null clears a limit. */
    updateTokenPolicy: async (input: TokenPolicyInput, write: WriteOptions = {}) =>
      (await execute(UpdateTokenPolicyDocument, { input, ...write })).updateTokenPolicy,
    /**
     * Applies the project's policy (with dryRun, only says what it would do). A ROTATED outcome's
     * `accessToken.token` is the new secret, shown nowhere else; every other outcome's is null.
     */
    enforceTokenPolicy: async ({ dryRun = false }: { dryRun?: boolean } = {}) =>
      onlyRotatedSecrets((await execute(EnforceTokenPolicyDocument, { dryRun })).enforceTokenPolicy),
    /** Records that the caller reviewed these tokens and found them still needed as they are. */
    reviewAccessTokens: async (ids: string[], note?: string) => (await execute(ReviewAccessTokensDocument, { ids, note })).reviewAccessTokens,
    webhookDeliveries: async (page: PageOptions = {}) => (await execute(WebhookDeliveriesDocument, page)).webhookDeliveries,
    /** The policy, every token with its metadata, capabilities and review state, and the audit's findings: one request. */
    accessReview: async () => {
      const review = await execute(AccessReviewDocument, {});
      return { ...review, tokenPolicy: present(review.tokenPolicy, 'tokenPolicy') };
    },
    createAccessToken: async (input: CreateAccessTokenInput) => (await execute(CreateAccessTokenDocument, { input })).createAccessToken,
    updateAccessToken: async (id: string, input: UpdateAccessTokenInput, write: WriteOptions & { dryRun?: boolean } = {}) =>
      (await execute(UpdateAccessTokenDocument, { id, input, ...write })).updateAccessToken,
    rotateAccessToken: async (id: string, write: WriteOptions = {}) => (await execute(RotateAccessTokenDocument, { id, ...write })).rotateAccessToken,
    deleteAccessToken: async (id: string, write: WriteOptions = {}) => (await execute(DeleteAccessTokenDocument, { id, ...write })).deleteAccessToken,
  };
}

export type TokenAdminClient = ReturnType<typeof createTokenAdminClient>;
