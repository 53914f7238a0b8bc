import { z } from 'zod';
import type { FaultRule } from './fault-injector.ts';
import type { LocalCmaOptions } from './server.ts';

const faultRules = z.array(
  z.strictObject({
    kind: z.enum(['latency', 'status', 'rate_limit', 'drop_request', 'drop_response', 'stall_body']),
    method: z.string().optional(),
    path: z.string().transform((pattern) => new RegExp(pattern)).optional(),
    latencyMs: z.number().int().nonnegative().optional(),
    status: z.number().int().min(400).max(599).optional(),
    code: z.string().regex(/^[A-Z_]{1,64}$/).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    resetSeconds: z.number().int().positive().optional(),
    times: z.number().int().positive().optional(),
  }),
);

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();

const localCmaEnvironment = z.object({
  LOCAL_CMA_PORT: port.default(4010),
  LOCAL_CMA_HOST: z.string().default('127.0.0.1'),
  LOCAL_CMA_DATA: z.string().min(1).default('.data/local-cma.json'),
  // What a data file that does not exist yet is seeded with: the demo project, or a brand-new DatoCMS
  // project's contents (two roles, the read-only token; LOCAL_CMA_ADMIN_TOKEN is then the owner's credential).
  LOCAL_CMA_SEED: z.enum(['demo', 'fresh']).default('demo'),
  LOCAL_CMA_ADMIN_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/, 'must be 16 to 128 letters, digits, "-" or "_"')
    .optional(),
  // The project id GET /site answers; a random one is chosen when the data file is first seeded.
  LOCAL_CMA_SITE_ID: z.string().regex(/^[1-9][0-9]{0,15}$/, 'must be a project id: digits, not starting with 0').optional(),
  LOCAL_CMA_RATE_LIMIT: positiveInt.default(60),
  LOCAL_CMA_RATE_WINDOW_MS: positiveInt.default(3_000),
  // Fault rules for trying a client against a misbehaving CMA, e.g.
  // [{"kind":"latency","latencyMs":2000,"path":"^/roles"},{"kind":"status","status":503,"method":"POST","times":1}]
  LOCAL_CMA_FAULTS: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === '') return [];
      try {
        return faultRules.parse(JSON.parse(value));
      } catch (error) {
        context.addIssue({ code: 'custom', message: `must be a JSON array of fault rules (${(error as Error).message.split('\n')[0]})` });
        return z.NEVER;
      }
    }),
});

/** The local CMA's settings from the environment; throws a message naming each bad variable. */
export function localCmaOptionsFromEnv(env: NodeJS.ProcessEnv): Omit<LocalCmaOptions, 'log'> {
  const parsed = localCmaEnvironment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid local CMA configuration:\n  ${problems.join('\n  ')}`);
  }
  const config = parsed.data;
  return {
    port: config.LOCAL_CMA_PORT,
    host: config.LOCAL_CMA_HOST,
    dataFile: config.LOCAL_CMA_DATA,
    seed: config.LOCAL_CMA_SEED,
    ...(config.LOCAL_CMA_ADMIN_TOKEN === undefined ? {} : { adminToken: config.LOCAL_CMA_ADMIN_TOKEN }),
    ...(config.LOCAL_CMA_SITE_ID === undefined ? {} : { siteId: config.LOCAL_CMA_SITE_ID }),
    rateLimit: { limit: config.LOCAL_CMA_RATE_LIMIT, windowMs: config.LOCAL_CMA_RATE_WINDOW_MS },
    faults: config.LOCAL_CMA_FAULTS as FaultRule[],
  };
}
