import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';
import { killHard, spawnLocalCma } from '../support/spawn-local-cma.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-cma-faults-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run local-cma with LOCAL_CMA_FAULTS', () => {
  it('injects the configured faults per route, then answers normally', async () => {
    const { child, url } = await spawnLocalCma({
      LOCAL_CMA_DATA: join(dir, 'data.json'),
      LOCAL_CMA_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      LOCAL_CMA_FAULTS: JSON.stringify([
        { kind: 'status', status: 503, method: 'GET', path: '^/roles$', times: 1 },
        { kind: 'rate_limit', path: '^/access_tokens$', resetSeconds: 9, times: 1 },
      ]),
    });
    try {
      const get = (path: string) => fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'X-Api-Version': '3' } });
      expect((await get('/roles')).status).toBe(503);
      expect((await get('/roles')).status).toBe(200);
      const limited = await get('/access_tokens');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('x-ratelimit-reset')).toBe('9');
      expect((await get('/access_tokens')).status).toBe(200);
    } finally {
      await killHard(child);
    }
  });

  it('refuses to start on a malformed fault list, naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/local-cma/main.ts'], {
      env: { ...process.env, LOCAL_CMA_PORT: '0', LOCAL_CMA_DATA: join(dir, 'other.json'), LOCAL_CMA_FAULTS: '[{"kind":"explode"}]' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('LOCAL_CMA_FAULTS');
  });
});
