import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { CmaClientFactory } from './cma/client-factory.ts';
import { DEFAULT_LIMITS, type Config, type QueryLimits } from './config.ts';
import { createContextFactory, type GraphQLContext } from './graphql/context.ts';
import { createErrorReporting } from './graphql/mask-error.ts';
import { schema } from './graphql/schema.ts';
import type { Store } from './store/connect.ts';
import type { WebhookSettings } from './notify/deliver.ts';
import { useBearerChallenge } from './http/bearer-challenge.ts';
import { useErrorDisclosurePolicy } from './http/error-disclosure.ts';
import { createJsonLogger, type LogLevel } from './http/json-logger.ts';
import { createMetrics, type Metrics } from './http/metrics.ts';
import { useReadiness } from './http/readiness.ts';
import { useRequestLog } from './http/request-log.ts';
import { graphiqlOptions, renderGraphiQLPage } from './http/graphiql.ts';
import { useGraphiQLAssets } from './http/graphiql-assets.ts';
import { useKnownOperationTypes } from './http/operation-types.ts';
import { createSecurityPlugins } from './http/security-plugins.ts';
import { useVariableCoercionCode } from './http/variable-coercion.ts';

export type AppOptions = {
  config: Pick<Config, 'cma' | 'graphiql' | 'introspection'> & { limits?: Partial<QueryLimits>; corsOrigins?: string[] };
  clientFactory: CmaClientFactory;
  /** The CMA the client factory calls: /readiness probes it. */
  cmaBaseUrl: string;
  /** The local CMA's demo admin token, filled into GraphiQL; unset against DatoCMS. */
  demoToken?: string;
  /** JSON log lines: at or above `level`, each handed to `write` (stdout by default). */
  log?: { level?: LogLevel; write?: (line: string) => void };
  /** What the API keeps beside the CMA (src/store); opened by the caller, which also closes it. */
  store: Store;
  /** See StoreSettings.pendingGraceMs; 2 minutes by default (longer than any write's CMA calls). */
  pendingGraceMs?: number;
  /** Policy warnings by webhook; off (no allowed origin, no signing secret) by default. */
  webhooks?: Partial<WebhookSettings>;
};

export const DEFAULT_WEBHOOKS: WebhookSettings = { signingSecret: null, allowedOrigins: [], attempts: 4, backoffMs: 500, timeoutMs: 5_000 };

export type App = YogaServerInstance<Record<string, unknown>, GraphQLContext> & { metrics: Metrics };

const CORS_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'x-graphql-yoga-csrf', 'x-request-id'];

/** The GraphQL app: a fetch handler that does not listen (src/server.ts does). */
export function createApp(options: AppOptions): App {
  const corsOrigins = options.config.corsOrigins ?? [];
  const logger = createJsonLogger({
    level: options.log?.level ?? 'info',
    write: options.log?.write ?? ((line) => process.stdout.write(`${line}\n`)),
  });
  const metrics = createMetrics();
  const { maskError, logging, requestIds } = createErrorReporting(logger);
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: options.config.graphiql ? graphiqlOptions(options.demoToken) : false,
    renderGraphiQL: renderGraphiQLPage,
    logging,
    // The body limit is ours (useBodySizeLimit, in the security plugins): a declared length is
    // checked at once, a chunked body counted as it arrives, and either gets a 413 the client can
    // read. Yoga's own, on top, piped every body through a TransformStream (an abort signal and a
    // DOMException per request): a fifth of the server's CPU per request in the bench.
    maxRequestBodySize: false,
    context: createContextFactory(options.clientFactory, options.config.cma, metrics.recordUpstream, {
      store: options.store,
      pendingGraceMs: options.pendingGraceMs ?? 120_000,
      webhooks: { ...DEFAULT_WEBHOOKS, ...options.webhooks },
    }),
    // Closed unless origins are named: the API takes credentials, so no page on another site may call it.
    cors: corsOrigins.length > 0
      ? { origin: corsOrigins, methods: ['GET', 'POST'], allowedHeaders: CORS_REQUEST_HEADERS, credentials: false, maxAge: 600 }
      : false,
    plugins: [
      // First: every request gets its id and its log line, refused ones included.
      useRequestLog(logger),
      // The masker's lines carry the request id of each error it logs.
      requestIds,
      useBearerChallenge(),
      metrics.plugin,
      // GraphiQL's scripts and styles, on their own cacheable paths; none of them while GraphiQL is off.
      ...(options.config.graphiql ? [useGraphiQLAssets()] : []),
      useReadiness({ cmaBaseUrl: options.cmaBaseUrl, timeoutMs: Math.min(options.config.cma.requestTimeoutMs, 2_000), store: options.store }),
      ...createSecurityPlugins({ ...DEFAULT_LIMITS, ...options.config.limits, introspection: options.config.introspection }),
      useKnownOperationTypes(),
      useVariableCoercionCode(),
      // With introspection off, error messages must not describe the schema either.
      useErrorDisclosurePolicy({ production: !options.config.introspection }),
    ],
    maskedErrors: { maskError },
  });
  return Object.assign(yoga, { metrics });
}
