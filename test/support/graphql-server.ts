import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createApp, type App } from '../../src/app.ts';
import { createCmaClientFactory } from '../../src/cma/client-factory.ts';
import type { CmaPolicy } from '../../src/config.ts';
import type { WebhookSettings } from '../../src/notify/deliver.ts';
import type { LocalCmaOptions, RecordedRequest } from '../../src/local-cma/server.ts';
import type { Store } from '../../src/store/connect.ts';
import { openMemoryStore } from './memory-store.ts';
import { startTestCma, TEST_ADMIN_TOKEN, type TestCma } from './local-cma.ts';

/** A GraphQL HTTP request as the app's server saw it, timed with performance.now() like the local CMA's `requests`. */
export type RecordedGraphQLRequest = { requestId: string | undefined; startedAt: number; endedAt: number | undefined };

export type GraphQLResponse<T> = { status: number; data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };

export type TestStack = {
  cma: TestCma;
  app: App;
  /** The stack's store: PGlite in memory unless the test gave one. */
  store: Store;
  url: string;
  /** Every log line of the app and the local CMA. */
  logs: string[];
  /**
   * Sends a typed operation over real HTTP, as `token` (the seeded admin by default; null: no bearer).
   * `requestId` goes out as X-Request-Id, to find the request in `requests`.
   */
  execute: <T, V>(
    document: TypedDocumentNode<T, V>,
    variables?: V,
    token?: string | null,
    options?: { requestId?: string },
  ) => Promise<GraphQLResponse<T>>;
  /** Sends a raw query over real HTTP (as the seeded admin by default); a test of the API's answer shape, not codegen's. */
  graphql: (query: string, variables?: Record<string, unknown>, token?: string) => Promise<GraphQLResponse<Record<string, any>>>;
  /** Every request the app's HTTP server received, from its arrival; `endedAt` once its answer is sent. */
  requests: RecordedGraphQLRequest[];
  /** Resolves once the request sent with this X-Request-Id has reached the app's server. */
  arrivalOf: (requestId: string) => Promise<RecordedGraphQLRequest>;
  /** The upstream requests made while `work` ran. */
  upstreamDuring: (work: () => Promise<unknown>) => Promise<RecordedRequest[]>;
  stop: () => Promise<void>;
};

export const TEST_POLICY: CmaPolicy = { requestTimeoutMs: 2_000, readRetries: 2, maxRateLimitWaitMs: 2_000 };

/** Local CMA + GraphQL app, both on loopback ports: the whole real path. */
export async function startTestStack(
  options: {
    cma?: Partial<LocalCmaOptions>;
    policy?: Partial<CmaPolicy>;
    production?: boolean;
    corsOrigins?: string[];
    /** A store the test opened (a PostgreSQL database, a replica's); the stack leaves it open. */
    store?: Store;
    pendingGraceMs?: number;
    /** A replica: another app over this CMA (which the stack neither starts nor stops), with its own store and port. */
    sharedCma?: TestCma;
    /** Policy webhooks (allowed origins, signing secret, attempts, backoff): off unless given, as in the app. */
    webhooks?: Partial<WebhookSettings>;
  } = {},
): Promise<TestStack> {
  const logs: string[] = [];
  const [cma, store] = await Promise.all([
    options.sharedCma ?? startTestCma({ log: (line) => logs.push(`local-cma ${line}`), ...options.cma }),
    options.store ?? openMemoryStore(),
  ]);
  const app = createApp({
    store,
    ...(options.pendingGraceMs === undefined ? {} : { pendingGraceMs: options.pendingGraceMs }),
    ...(options.webhooks === undefined ? {} : { webhooks: options.webhooks }),
    config: {
      cma: { ...TEST_POLICY, ...options.policy },
      graphiql: !options.production,
      introspection: !options.production,
      corsOrigins: options.corsOrigins ?? [],
    },
    clientFactory: createCmaClientFactory({ baseUrl: cma.url, policy: { ...TEST_POLICY, ...options.policy } }),
    demoToken: TEST_ADMIN_TOKEN,
    cmaBaseUrl: cma.url,
    log: { level: 'debug', write: (line) => logs.push(line) },
  });
  const server: Server = createServer(app);
  const requests: RecordedGraphQLRequest[] = [];
  const waiting = new Map<string, (request: RecordedGraphQLRequest) => void>();
  // Before the app's own listener, so `startedAt` is the moment the request reached the server.
  server.prependListener('request', (request, response) => {
    const header = request.headers['x-request-id'];
    const recorded: RecordedGraphQLRequest = { requestId: typeof header === 'string' ? header : undefined, startedAt: performance.now(), endedAt: undefined };
    requests.push(recorded);
    response.once('finish', () => (recorded.endedAt = performance.now()));
    if (recorded.requestId !== undefined) waiting.get(recorded.requestId)?.(recorded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  return {
    cma,
    app,
    store,
    url,
    logs,
    requests,
    arrivalOf: (requestId) => {
      const arrived = requests.find((request) => request.requestId === requestId);
      if (arrived) return Promise.resolve(arrived);
      return new Promise((resolve) => {
        waiting.set(requestId, (request) => {
          waiting.delete(requestId);
          resolve(request);
        });
      });
    },
    execute: async (document, variables, token = TEST_ADMIN_TOKEN, options = {}) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/graphql-response+json',
          ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
          ...(options.requestId === undefined ? {} : { 'X-Request-Id': options.requestId }),
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    graphql: async (query, variables = {}, token = TEST_ADMIN_TOKEN) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    upstreamDuring: async (work) => {
      const before = cma.requests.length;
      await work();
      return cma.requests.slice(before);
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.sharedCma) await cma.stop();
      if (!options.store) await store.close();
    },
  };
}

/** A response's data, failing the test when it carries errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`expected data, got ${JSON.stringify(response).slice(0, 500)}`);
  return response.data;
}

/** Narrows a mutation result union to the member named `typename`, failing the test otherwise. */
export function expectTypename<T extends { __typename?: string }, N extends T['__typename']>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (value?.__typename !== typename) {
    throw new Error(`expected ${String(typename)}, got ${JSON.stringify(value)}`);
  }
  return value as Extract<T, { __typename?: N }>;
}
