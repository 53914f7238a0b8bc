import { sql } from 'kysely';
import type { RecordedRequest } from '../../src/local-cma/server.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { openMemoryStore } from '../support/memory-store.ts';
import type { GraphQLResponse, TestStack } from '../support/graphql-server.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

// What the store tests share: raw GraphQL over HTTP with a chosen X-Request-Id (the history records
// it), the fields this API keeps beside the CMA, and the store's own tables read directly.

/** Every field of AccessToken that the store answers for. */
export const METADATA_FIELDS = 'id version name owner purpose expiresAt createdAt createdBy { accessTokenId name } firstSeenAt';
export const EVENT_FIELDS = 'id at kind accessTokenId actor { accessTokenId name } changes { field from to } outcome requestId';

export type Gql = GraphQLResponse<Record<string, any>>;

/** A raw query over real HTTP, as `token` (the seeded admin by default), with `requestId` as X-Request-Id. */
export async function gql(
  stack: TestStack,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; requestId?: string } = {},
): Promise<Gql> {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${options.token ?? TEST_ADMIN_TOKEN}`,
      ...(options.requestId === undefined ? {} : { 'x-request-id': options.requestId }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** The data of an answer that must carry no error. */
export function ok(response: Gql): Record<string, any> {
  if (response.errors?.length || !response.data) throw new Error(`expected data, got ${JSON.stringify(response).slice(0, 800)}`);
  return response.data;
}

/** The upstream requests as "METHOD /path", in order. */
export const calls = (requests: RecordedRequest[]) => requests.map((request) => `${request.method} ${request.path}`);

/** A token's history, newest first (every event, up to 50). */
export async function historyOf(stack: TestStack, id: string, token?: string): Promise<Record<string, any>[]> {
  const data = ok(await gql(stack, `query($id: ID!) { accessToken(id: $id) { history(first: 50) { nodes { ${EVENT_FIELDS} } } } }`, { id }, token ? { token } : {}));
  return data.accessToken.history.nodes;
}

export const CREATE = `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) {
  __typename ... on CreateAccessTokenSuccess { accessToken { ${METADATA_FIELDS} token } }
  ... on ValidationError { field path } ... on Error { message } } }`;

export const UPDATE = `mutation($id: ID!, $input: UpdateAccessTokenInput!, $expectedVersion: String, $dryRun: Boolean) {
  updateAccessToken(id: $id, input: $input, expectedVersion: $expectedVersion, dryRun: $dryRun) {
  __typename ... on UpdateAccessTokenSuccess { dryRun accessToken { ${METADATA_FIELDS} canAccessCda canAccessCma } }
  ... on ValidationError { field path } ... on ConflictError { expectedVersion currentVersion }
  ... on NonEditableAccessTokenError { accessTokenId } ... on UpstreamUnavailableError { outcomeUnknown } ... on Error { message } } }`;

export const ROTATE = `mutation($id: ID!, $expectedVersion: String) { rotateAccessToken(id: $id, expectedVersion: $expectedVersion) {
  __typename ... on RotateAccessTokenSuccess { accessToken { id token } } ... on Error { message } } }`;

export const DELETE = `mutation($id: ID!, $expectedVersion: String) { deleteAccessToken(id: $id, expectedVersion: $expectedVersion) {
  __typename ... on DeleteAccessTokenSuccess { id } ... on Error { message } } }`;

export const TOKEN = `query($id: ID!) { accessToken(id: $id) { ${METADATA_FIELDS} } }`;

/** A new token's input: CDA and CMA on, drafts off, on the read-only role. */
export const newToken = (name: string, extra: Record<string, unknown> = {}) => ({
  input: { name, roleId: '3', canAccessCda: true, canAccessCdaPreview: false, canAccessCma: true, ...extra },
});

/** Creates a token through the API and returns it (with its secret). */
export async function createThroughApi(stack: TestStack, name: string, extra: Record<string, unknown> = {}, requestId?: string): Promise<Record<string, any>> {
  const result = ok(await gql(stack, CREATE, newToken(name, extra), requestId ? { requestId } : {})).createAccessToken;
  if (result.__typename !== 'CreateAccessTokenSuccess') throw new Error(`expected a creation, got ${JSON.stringify(result)}`);
  return result.accessToken;
}

/** Every row of every table of the store's public schema, as JSON text (migration bookkeeping included). */
export async function dumpStore(store: Store): Promise<Record<string, string[]>> {
  const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(store.db);
  const dump: Record<string, string[]> = {};
  for (const { table_name: table } of tables.rows) {
    const rows = await sql<{ row: unknown }>`select row_to_json(t) as row from ${sql.table(table)} as t`.execute(store.db);
    dump[table] = rows.rows.map((row) => JSON.stringify(row.row));
  }
  return dump;
}

/** The events of a project as stored, oldest first. */
export async function storedEvents(store: Store, projectId?: string) {
  let query = store.db.selectFrom('events').selectAll().orderBy('seq');
  if (projectId !== undefined) query = query.where('project_id', '=', projectId);
  return query.execute();
}

/**
 * The stores a test runs on: PGlite in memory, and a database of one throwaway PostgreSQL cluster
 * per file (started on first use, stopped by `stopAll`).
 */
export function storeKinds() {
  let cluster: Promise<PostgresCluster> | undefined;
  const opened: Store[] = [];
  let databases = 0;
  const open = async (kind: 'pglite' | 'postgres'): Promise<Store> => {
    let store: Store;
    if (kind === 'pglite') store = await openMemoryStore();
    else {
      cluster ??= startPostgresCluster();
      const url = await (await cluster).createDatabase(`store_test_${process.pid}_${++databases}`);
      store = await openStore({ databaseUrl: url, dataDir: null });
    }
    opened.push(store);
    return store;
  };
  return {
    open,
    async stopAll() {
      await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
      if (cluster) await (await cluster).stop();
    },
  };
}
