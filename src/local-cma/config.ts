import { z } from 'zod';
import type { LocalCmaOptions } from './server.ts';

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();

const localCmaEnvironment = z.object({
  LOCAL_CMA_PORT: port.default(4010),
  LOCAL_CMA_HOST: z.string().default('127.0.0.1'),
  LOCAL_CMA_DATA: z.string().min(1).default('.data/local-cma.json'),
  LOCAL_CMA_ADMIN_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/, 'must be 16 to 128 letters, digits, "-" or "_"')
    .optional(),
  LOCAL_CMA_RATE_LIMIT: positiveInt.default(60),
  LOCAL_CMA_RATE_WINDOW_MS: positiveInt.default(3_000),
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
    ...(config.LOCAL_CMA_ADMIN_TOKEN === undefined ? {} : { adminToken: config.LOCAL_CMA_ADMIN_TOKEN }),
    rateLimit: { limit: config.LOCAL_CMA_RATE_LIMIT, windowMs: config.LOCAL_CMA_RATE_WINDOW_MS },
  };
}
