import { z } from 'zod';
import type { WebhookSettings } from './notify/deliver.ts';
import { LOG_LEVELS, type LogLevel } from './http/json-logger.ts';
import { DEFAULT_LINGER, type LingerLimits } from './http/lingering-close.ts';

export type QueryLimits = {
  maxBodyBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Objects and lists inside one another in a request's variables, the variables object included. */
  maxVariablesDepth: number;
  /** Values (objects, lists and scalars) in a request's variables. */
  maxVariablesValues: number;
};

// The deepest input of the schema (a role's permission entries) sits 4 levels down; the largest list
// an operation takes is 1000 token ids.
export const DEFAULT_LIMITS: QueryLimits = {
  maxBodyBytes: 100_000,
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2_000,
  maxCost: 5_000,
  maxVariablesDepth: 16,
  maxVariablesValues: 10_000,
};

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const positiveInt = z.coerce.number().int().positive();

/** DatoCMS's documented limit: 60 requests per 3 seconds per API token. */
export const DEFAULT_CMA_RATE_LIMIT = { perWindow: 60, windowMs: 3_000 };

/** A comma-separated list of origins: scheme, host and port only. */
const originList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
  .pipe(
    z.array(
      z.string().refine((origin) => {
        try {
          return /^https?:$/.test(new URL(origin).protocol) && new URL(origin).origin === origin;
        } catch {
          return false;
        }
      }, 'each entry must be an origin such as https://admin.example.com (scheme, host and port only; no "*")'),
    ),
  );

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.string().default('development'),
  /** Unset: start the local CMA in-process and use it. Set: talk to that CMA (e.g. https://site-api.datocms.com). */
  DATOCMS_CMA_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  CMA_REQUEST_TIMEOUT_MS: positiveInt.default(10_000),
  CMA_READ_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  CMA_MAX_RATE_LIMIT_WAIT_MS: z.coerce.number().int().min(0).default(5_000),
  /** The CMA's rate limit per bearer, which bulk writes keep to across every replica sharing the store. */
  CMA_RATE_LIMIT_PER_WINDOW: positiveInt.default(DEFAULT_CMA_RATE_LIMIT.perWindow),
  CMA_RATE_LIMIT_WINDOW_MS: positiveInt.default(DEFAULT_CMA_RATE_LIMIT.windowMs),
  GRAPHQL_MAX_DEPTH: positiveInt.default(DEFAULT_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: positiveInt.default(DEFAULT_LIMITS.maxAliases),
  GRAPHQL_MAX_TOKENS: positiveInt.default(DEFAULT_LIMITS.maxTokens),
  GRAPHQL_MAX_COST: positiveInt.default(DEFAULT_LIMITS.maxCost),
  GRAPHQL_MAX_BODY_BYTES: positiveInt.default(DEFAULT_LIMITS.maxBodyBytes),
  GRAPHQL_MAX_VARIABLES_DEPTH: positiveInt.default(DEFAULT_LIMITS.maxVariablesDepth),
  GRAPHQL_MAX_VARIABLES_VALUES: positiveInt.default(DEFAULT_LIMITS.maxVariablesValues),
  /** Comma-separated origins (https://admin.example.com) allowed to call from a browser; unset: none. */
  CORS_ORIGINS: originList,
  /** Comma-separated origins a policy's webhook URLs may point at; unset: no webhooks at all. */
  WEBHOOK_ALLOWED_ORIGINS: originList,
  /** Signs every webhook delivery (X-Token-Admin-Signature); required once an origin is allowed. */
  WEBHOOK_SIGNING_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
  WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(0).default(500),
  WEBHOOK_TIMEOUT_MS: positiveInt.default(5_000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Set: PostgreSQL, shared by every replica. Unset: PGlite in STORE_DIR, in this process. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  STORE_DIR: z.string().min(1).default('.data/store'),
  /** After a 413, how long and how much of the rest of the body is read away before the connection is cut. */
  HTTP_LINGER_MS: z.coerce.number().int().min(0).default(DEFAULT_LINGER.maxMs),
  HTTP_LINGER_MAX_BYTES: z.coerce.number().int().min(0).default(DEFAULT_LINGER.maxBytes),
  /** How long a stopping server waits for requests in flight before it closes their connections. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  GRAPHIQL: booleanFlag.optional(),
  INTROSPECTION: booleanFlag.optional(),
});

export type Config = {
  port: number;
  host: string;
  production: boolean;
  cmaBaseUrl: string | undefined;
  cma: CmaPolicy;
  graphiql: boolean;
  introspection: boolean;
  corsOrigins: string[];
  logLevel: LogLevel;
  shutdownTimeoutMs: number;
  store: { databaseUrl: string | undefined; dataDir: string };
  webhooks: WebhookSettings;
  linger: LingerLimits;
  limits: QueryLimits;
};

export type CmaPolicy = {
  requestTimeoutMs: number;
  readRetries: number;
  maxRateLimitWaitMs: number;
  /** Requests per window per bearer that bulk writes keep to (DEFAULT_CMA_RATE_LIMIT when left out). */
  rateLimit?: { perWindow: number; windowMs: number };
};

/** The server's settings from the environment; throws one message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  if (values.WEBHOOK_ALLOWED_ORIGINS.length > 0 && !values.WEBHOOK_SIGNING_SECRET) {
    throw new Error('Invalid configuration:\n  WEBHOOK_SIGNING_SECRET: required when WEBHOOK_ALLOWED_ORIGINS names an origin (every delivery is signed)');
  }
  const production = values.NODE_ENV === 'production';
  return {
    port: values.PORT,
    host: values.HOST,
    production,
    cmaBaseUrl: values.DATOCMS_CMA_BASE_URL,
    cma: {
      requestTimeoutMs: values.CMA_REQUEST_TIMEOUT_MS,
      readRetries: values.CMA_READ_RETRIES,
      maxRateLimitWaitMs: values.CMA_MAX_RATE_LIMIT_WAIT_MS,
      rateLimit: { perWindow: values.CMA_RATE_LIMIT_PER_WINDOW, windowMs: values.CMA_RATE_LIMIT_WINDOW_MS },
    },
    // GraphiQL and introspection stay on in development and default off in production.
    graphiql: values.GRAPHIQL ?? !production,
    introspection: values.INTROSPECTION ?? !production,
    corsOrigins: values.CORS_ORIGINS,
    logLevel: values.LOG_LEVEL,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    store: { databaseUrl: values.DATABASE_URL, dataDir: values.STORE_DIR },
    webhooks: {
      allowedOrigins: values.WEBHOOK_ALLOWED_ORIGINS,
      signingSecret: values.WEBHOOK_SIGNING_SECRET ?? null,
      attempts: values.WEBHOOK_ATTEMPTS,
      backoffMs: values.WEBHOOK_BACKOFF_MS,
      timeoutMs: values.WEBHOOK_TIMEOUT_MS,
    },
    linger: { maxMs: values.HTTP_LINGER_MS, maxBytes: values.HTTP_LINGER_MAX_BYTES },
    limits: {
      maxDepth: values.GRAPHQL_MAX_DEPTH,
      maxAliases: values.GRAPHQL_MAX_ALIASES,
      maxTokens: values.GRAPHQL_MAX_TOKENS,
      maxCost: values.GRAPHQL_MAX_COST,
      maxBodyBytes: values.GRAPHQL_MAX_BODY_BYTES,
      maxVariablesDepth: values.GRAPHQL_MAX_VARIABLES_DEPTH,
      maxVariablesValues: values.GRAPHQL_MAX_VARIABLES_VALUES,
    },
  };
}
