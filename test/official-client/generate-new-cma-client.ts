// Ported from datocms/js-rest-api-clients, jest-helpers/generateNewCmaClient.ts, at commit
// b63cc97785405032c2514c374099d55073d0e896 (23 July 2026).
//
// Only the set-up differs. DatoCMS's helper logs into the account API, creates a new project
// (dashboardClient.sites.create) and builds a client with that project's `site.access_token`. Here a
// new project is a local CMA of its own, started as its own process on loopback with
// LOCAL_CMA_SEED=fresh (a brand-new project's contents, docs/local-cma-fidelity.md), and the token is
// the project owner's credential it prints at start, as the account API hands `access_token` back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClient, type ClientConfigOptions } from '@datocms/cma-client-node';
import { afterAll } from 'vitest';
import { killHard, spawnLocalCma } from '../support/spawn-local-cma.ts';

const projects: { stop: () => Promise<void> }[] = [];

// DatoCMS deletes its test projects on its own schedule; local ones end with the test file.
afterAll(async () => {
  await Promise.all(projects.splice(0).map((project) => project.stop()));
});

async function createLocalProject(): Promise<{ baseUrl: string; accessToken: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'official-client-project-'));
  const local = await spawnLocalCma({ LOCAL_CMA_DATA: join(dataDir, 'data.json'), LOCAL_CMA_SEED: 'fresh' });
  projects.push({
    stop: async () => {
      await killHard(local.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  });
  const accessToken = /Project owner's token: (\S+)/.exec(local.output())?.[1];
  if (accessToken === undefined) throw new Error(`the local CMA printed no owner's token:\n${local.output()}`);
  return { baseUrl: local.url, accessToken };
}

export async function generateNewCmaClient(
  extraConfig?: Partial<ClientConfigOptions>,
) {
  const site = await createLocalProject();

  return buildClient({
    ...extraConfig,
    apiToken: site.accessToken,
    baseUrl: site.baseUrl,
  });
}
