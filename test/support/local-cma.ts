import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClient, type Client } from '@datocms/cma-client-node';
import { startLocalCma, type LocalCma, type LocalCmaOptions } from '../../src/local-cma/server.ts';
import type { StoredAccessToken } from '../../src/local-cma/types.ts';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

// Seeded tokens the tests lean on (see src/local-cma/seed.ts).
export const SEEDED = {
  readOnlyBuiltIn: '101',
  demoAdmin: '102', // an ordinary token on the Admin role: the demo admin whose secret is TEST_ADMIN_TOKEN
  publicCda: '103',
  previewDrafts: '104',
  importScript: '105', // CMA token on the "Editorial team" role: cannot manage tokens
  ciDeploy: '106',
  newsletterSync: '107',
  roles: { admin: '1', editorial: '2', readOnly: '3', seniorEditor: '4', contributor: '5', developer: '6' },
} as const;

export type TestCma = LocalCma & {
  dataDir: string;
  /** The official client, as a caller holding `apiToken` (the seeded admin by default). */
  client: (apiToken?: string, options?: { autoRetry?: boolean }) => Client;
  secretOf: (tokenId: string) => string;
  /** The token as the local CMA stores it, or undefined once it is gone. */
  stored: (tokenId: string) => StoredAccessToken | undefined;
  /** A new token made through the official client as the seeded admin: CDA and CMA on, drafts off, on the editorial role unless told otherwise. */
  createToken: (name: string, overrides?: { roleId?: string; can_access_cda_preview?: boolean }) => ReturnType<Client['accessTokens']['create']>;
  stop: () => Promise<void>;
};

/** A local CMA on a free loopback port with its own data directory. */
export async function startTestCma(options: Partial<LocalCmaOptions> = {}): Promise<TestCma> {
  const dataDir = await mkdtemp(join(tmpdir(), 'local-cma-test-'));
  const cma = await startLocalCma({
    dataFile: join(dataDir, 'data.json'),
    adminToken: TEST_ADMIN_TOKEN,
    rateLimit: { limit: 10_000, windowMs: 1_000 },
    ...options,
  });
  return Object.assign(cma, {
    dataDir,
    client: (apiToken = TEST_ADMIN_TOKEN, clientOptions: { autoRetry?: boolean } = {}) =>
      buildClient({ apiToken, baseUrl: cma.url, ...clientOptions }),
    stored: (tokenId: string) => cma.store.data.access_tokens.find((candidate) => candidate.id === tokenId),
    createToken: (name: string, overrides: { roleId?: string; can_access_cda_preview?: boolean } = {}) =>
      buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: cma.url }).accessTokens.create({
        name,
        can_access_cda: true,
        can_access_cda_preview: overrides.can_access_cda_preview ?? false,
        can_access_cma: true,
        role: { type: 'role', id: overrides.roleId ?? SEEDED.roles.editorial },
      }),
    secretOf: (tokenId: string) => {
      const token = cma.store.data.access_tokens.find((candidate) => candidate.id === tokenId);
      if (!token) throw new Error(`no token ${tokenId} in the local CMA`);
      return token.secret;
    },
    stop: async () => {
      await cma.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  });
}

/** The api_error code and status of a rejected official-client call. */
export async function apiErrorOf(call: Promise<unknown>): Promise<{ status: number; code: string; details: unknown }> {
  try {
    await call;
  } catch (error) {
    const apiError = error as { response?: { status: number }; errors?: { attributes: { code: string; details: unknown } }[] };
    if (apiError.response && apiError.errors?.[0]) {
      return { status: apiError.response.status, code: apiError.errors[0].attributes.code, details: apiError.errors[0].attributes.details };
    }
    throw error;
  }
  throw new Error('expected the call to be rejected');
}
