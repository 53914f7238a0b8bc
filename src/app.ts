import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { CmaClientFactory } from './cma/client-factory.ts';
import { KeyedLock } from './cma/keyed-lock.ts';
import { DEFAULT_LIMITS, type Config, type QueryLimits } from './config.ts';
import { createContextFactory, type GraphQLContext } from './graphql/context.ts';
import { createMaskError } from './graphql/mask-error.ts';
import { schema } from './graphql/schema.ts';
import { useErrorDisclosurePolicy } from './http/error-disclosure.ts';
import { graphiqlOptions } from './http/graphiql.ts';
import { useKnownOperationTypes } from './http/operation-types.ts';
import { createSecurityPlugins } from './http/security-plugins.ts';

export type AppOptions = {
  config: Pick<Config, 'cma' | 'graphiql' | 'introspection'> & { limits?: Partial<QueryLimits>; corsOrigins?: string[] };
  clientFactory: CmaClientFactory;
  /** The local CMA's demo admin token, filled into GraphiQL; unset against DatoCMS. */
  demoToken?: string;
  /** Where Yoga's log lines go; silent in tests unless they capture them. */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error' | { debug: Log; info: Log; warn: Log; error: Log };
};
type Log = (...args: unknown[]) => void;

export type App = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

/** The GraphQL app: a fetch handler that does not listen (src/server.ts does). */
const CORS_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'x-graphql-yoga-csrf', 'x-request-id'];

export function createApp(options: AppOptions): App {
  const corsOrigins = options.config.corsOrigins ?? [];
  let maskError: ReturnType<typeof createMaskError> | undefined;
  const yoga: App = createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: options.config.graphiql ? graphiqlOptions(options.demoToken) : false,
    renderGraphiQL,
    logging: options.logging ?? 'info',
    context: createContextFactory(options.clientFactory, options.config.cma, new KeyedLock()),
    // Closed unless origins are named: the API takes credentials, so no page on another site may call it.
    cors: corsOrigins.length > 0
      ? { origin: corsOrigins, methods: ['GET', 'POST'], allowedHeaders: CORS_REQUEST_HEADERS, credentials: false, maxAge: 600 }
      : false,
    plugins: [
      ...createSecurityPlugins({ ...DEFAULT_LIMITS, ...options.config.limits, introspection: options.config.introspection }),
      useKnownOperationTypes(),
      // With introspection off, error messages must not describe the schema either.
      useErrorDisclosurePolicy({ production: !options.config.introspection }),
    ],
    // Created on first use: it logs through Yoga's logger, which exists once the app does.
    maskedErrors: { maskError: (error, message) => (maskError ??= createMaskError(yoga.logger))(error, message) },
  });
  return yoga;
}
