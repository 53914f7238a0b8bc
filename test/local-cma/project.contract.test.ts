import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClient } from '@datocms/cma-client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCmaOptionsFromEnv } from '../../src/local-cma/config.ts';
import { startLocalCma } from '../../src/local-cma/server.ts';
import { apiErrorOf, SEEDED, startTestCma, TEST_ADMIN_TOKEN, type TestCma } from '../support/local-cma.ts';
import { killHard, spawnLocalCma } from '../support/spawn-local-cma.ts';

// GET /environments, /environments/:id and /site: shapes from the official client's Environment and
// Site types, values from DatoCMS's recorded new projects (docs/local-cma-fidelity.md, "Project").

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma();
});
afterAll(() => cma.stop());

async function raw(path: string, token: string | null = TEST_ADMIN_TOKEN) {
  const response = await fetch(`${cma.url}${path}`, {
    headers: { 'X-Api-Version': '3', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
  });
  return { status: response.status, body: (await response.json()) as { data: any } };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('environments', () => {
  it('lists one environment, the primary main, shaped exactly as the Environment type', async () => {
    const response = await raw('/environments');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([{
      id: 'main',
      type: 'environment',
      meta: {
        status: 'ready',
        read_only_mode: false,
        created_at: expect.stringMatching(ISO_INSTANT),
        last_data_change_at: expect.stringMatching(ISO_INSTANT),
        primary: true,
        forked_from: null,
      },
    }]);
    expect(response.body.data[0].meta.created_at).toBe(cma.store.data.site.created_at);
  });

  it('is what the official client finds the primary environment with', async () => {
    const client = cma.client();
    const listed = await client.environments.list();
    expect(listed.find((environment) => environment.meta.primary)?.id).toBe('main');
    expect(await client.environments.find('main')).toEqual(listed[0]);
    expect(await apiErrorOf(client.environments.find('sandbox-test'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('needs a bearer that may use the CMA, like every other route', async () => {
    expect((await raw('/environments', null)).status).toBe(401);
    const cdaOnly = await raw('/environments/main', cma.secretOf(SEEDED.publicCda));
    expect([cdaOnly.status, cdaOnly.body.data[0].attributes.code]).toEqual([401, 'INVALID_AUTHORIZATION_HEADER']);
    // Any CMA token reads them, whatever its role's flags.
    expect((await raw('/environments', cma.secretOf(SEEDED.importScript))).status).toBe(200);
  });
});

describe('site', () => {
  it('answers the project with every key of the Site type, its id a numeric string', async () => {
    const response = await raw('/site');
    expect(response.status).toBe(200);
    const site = response.body.data;
    expect(site.id).toMatch(/^[1-9][0-9]*$/);
    expect(site.id).toBe(cma.store.data.site.id);
    expect(site.type).toBe('site');
    expect(Object.keys(site.attributes).sort()).toEqual([
      'assets_cdn_default_settings', 'domain', 'favicon', 'force_use_of_sandbox_environments', 'global_seo',
      'google_maps_api_token', 'imgix_host', 'internal_domain', 'ip_tracking_enabled', 'last_data_change_at',
      'locales', 'name', 'no_index', 'require_2fa', 'theme', 'timezone',
    ]);
    expect(Object.keys(site.relationships).sort()).toEqual(['account', 'item_types', 'owner']);
    expect(site.meta.created_at).toMatch(ISO_INSTANT);
    expect(site.attributes).toMatchObject({ locales: ['en'], timezone: 'Europe/London', imgix_host: 'www.datocms-assets.com', global_seo: null });
    expect(site.attributes.internal_domain).toMatch(/^[a-z0-9-]+\.admin\.datocms\.com$/);
  });

  it('is what the official client reads', async () => {
    const site = await cma.client().site.find();
    expect(site).toMatchObject({ id: cma.store.data.site.id, type: 'site', name: 'Local project', item_types: [] });
    expect(site.owner).toEqual({ type: 'account', id: cma.store.data.site.owner_account_id });
  });
});

describe('the project id', () => {
  it('is chosen at random when the data file is first seeded, and kept in it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'local-cma-site-'));
    const dataFile = join(dataDir, 'data.json');
    try {
      const ids: string[] = [];
      for (let start = 0; start < 2; start++) {
        const local = await startLocalCma({ dataFile, adminToken: TEST_ADMIN_TOKEN });
        ids.push((await buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: local.url }).site.find()).id);
        await local.close();
      }
      expect(ids[0]).toMatch(/^[1-9][0-9]{5}$/);
      expect(ids[1]).toBe(ids[0]);
      // Another project's id on this data file is refused, naming the setting.
      await expect(startLocalCma({ dataFile, siteId: '1' })).rejects.toThrow(/LOCAL_CMA_SITE_ID/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('is given to a data file seeded before GET /site was served, and kept', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'local-cma-site-'));
    const dataFile = join(dataDir, 'data.json');
    try {
      const seeded = await startLocalCma({ dataFile, adminToken: TEST_ADMIN_TOKEN });
      await seeded.close();
      const { site: _site, ...older } = JSON.parse(await readFile(dataFile, 'utf8'));
      await writeFile(dataFile, JSON.stringify(older));

      const reopened = await startLocalCma({ dataFile, siteId: '555123' });
      const site = await buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: reopened.url }).site.find();
      await reopened.close();
      expect(site.id).toBe('555123');
      expect(JSON.parse(await readFile(dataFile, 'utf8')).site).toMatchObject({ id: '555123', owner_access_token: null });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('is LOCAL_CMA_SITE_ID when set', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'local-cma-site-'));
    const local = await spawnLocalCma({ LOCAL_CMA_DATA: join(dataDir, 'data.json'), LOCAL_CMA_ADMIN_TOKEN: TEST_ADMIN_TOKEN, LOCAL_CMA_SITE_ID: '731942' });
    try {
      expect((await buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: local.url }).site.find()).id).toBe('731942');
    } finally {
      await killHard(local.child);
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(() => localCmaOptionsFromEnv({ LOCAL_CMA_SITE_ID: '0731942' })).toThrow(/LOCAL_CMA_SITE_ID/);
  });
});
