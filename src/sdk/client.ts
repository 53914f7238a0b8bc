import {
  AuditDocument,
  CreateAccessTokenDocument,
  DeleteAccessTokenDocument,
  ListAccessTokensDocument,
  RotateAccessTokenDocument,
  UpdateAccessTokenDocument,
  type AccessTokenFilter,
  type AuditSeverity,
  type CreateAccessTokenInput,
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

  return {
    /** Runs any typed document: the SDK's own or one generated from your operations. */
    execute,
    listAccessTokens: async (filter?: AccessTokenFilter) => (await execute(ListAccessTokensDocument, { filter })).accessTokens,
    audit: async (severities?: AuditSeverity[]) => (await execute(AuditDocument, { severities })).accessTokenAudit,
    createAccessToken: async (input: CreateAccessTokenInput) => (await execute(CreateAccessTokenDocument, { input })).createAccessToken,
    updateAccessToken: async (id: string, input: UpdateAccessTokenInput, write: WriteOptions & { dryRun?: boolean } = {}) =>
      (await execute(UpdateAccessTokenDocument, { id, input, ...write })).updateAccessToken,
    rotateAccessToken: async (id: string, write: WriteOptions = {}) => (await execute(RotateAccessTokenDocument, { id, ...write })).rotateAccessToken,
    deleteAccessToken: async (id: string, write: WriteOptions = {}) => (await execute(DeleteAccessTokenDocument, { id, ...write })).deleteAccessToken,
  };
}

export type TokenAdminClient = ReturnType<typeof createTokenAdminClient>;
