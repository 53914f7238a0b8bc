import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClient } from '@datocms/cma-client-node';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalCma } from '../../src/local-cma/server.ts';
import type { StoreData } from '../../src/local-cma/types.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';
import { killHard, spawnLocalCma } from '../support/spawn-local-cma.ts';
import { once } from 'node:events';
import { spawn } from 'node:child_process';

const dirs: string[] = [];
async function dataFile() {
  const dir = await mkdtemp(join(tmpdir(), 'local-cma-durability-'));
  dirs.push(dir);
  return join(dir, 'data.json');
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const tokenBody = (name: string) => ({
  name, role: { type: 'role' as const, id: '3' }, can_access_cda: true, can_access_cda_preview: false, can_access_cma: false,
});

describe('local CMA durability', () => {
  it('keeps its data across a restart', async () => {
    const file = await dataFile();
    const first = await startLocalCma({ dataFile: file, adminToken: TEST_ADMIN_TOKEN });
    const created = await buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: first.url }).accessTokens.create(tokenBody('Survivor'));
    await first.close();

    const second = await startLocalCma({ dataFile: file });
    try {
      const client = buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: second.url });
      expect(await client.accessTokens.find(created.id)).toMatchObject({ name: 'Survivor', token: created.token });
      expect(second.adminToken()).toBe(TEST_ADMIN_TOKEN);
    } finally {
      await second.close();
    }
  });

  it('loses no update under concurrent writes', async () => {
    const file = await dataFile();
    const cma = await startLocalCma({ dataFile: file, adminToken: TEST_ADMIN_TOKEN, rateLimit: { limit: 10_000, windowMs: 1_000 } });
    try {
      const client = buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: cma.url });
      const created = await Promise.all(Array.from({ length: 40 }, (_, i) => client.accessTokens.create(tokenBody(`Parallel ${i}`))));
      expect(new Set(created.map((token) => token.id)).size).toBe(40);
      await Promise.all(
        created.map((token, i) => client.accessTokens.update(token.id, { name: `Renamed ${i}`, can_access_cda: true, can_access_cda_preview: false, can_access_cma: false })),
      );
      const onDisk = JSON.parse(await readFile(file, 'utf8')) as StoreData;
      const names = new Set(onDisk.access_tokens.map((token) => token.name));
      for (let i = 0; i < 40; i++) expect(names.has(`Renamed ${i}`)).toBe(true);
    } finally {
      await cma.close();
    }
  });

  it('leaves a valid file holding every acknowledged write when killed with SIGKILL mid-burst', async () => {
    const file = await dataFile();
    const { child, url } = await spawnLocalCma({
      LOCAL_CMA_DATA: file, LOCAL_CMA_ADMIN_TOKEN: TEST_ADMIN_TOKEN, LOCAL_CMA_RATE_LIMIT: '100000',
    });
    const client = buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: url, autoRetry: false });
    const acknowledged: string[] = [];
    let sent = 0;
    // Eight writers in parallel; the process is killed while they are still writing.
    const writers = Array.from({ length: 8 }, async () => {
      for (;;) {
        try {
          const token = await client.accessTokens.create(tokenBody(`Burst ${sent++}`));
          acknowledged.push(token.id);
        } catch {
          return;
        }
      }
    });
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
    await killHard(child);
    await Promise.all(writers);

    const onDisk = JSON.parse(await readFile(file, 'utf8')) as StoreData;
    const stored = new Set(onDisk.access_tokens.map((token) => token.id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(sent).toBeGreaterThan(acknowledged.length);
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);

    // The killed process's lock is stale: a new local CMA takes the file over.
    const restarted = await startLocalCma({ dataFile: file });
    try {
      expect(restarted.store.data.access_tokens.length).toBe(onDisk.access_tokens.length);
    } finally {
      await restarted.close();
    }
  });
});

describe('one data file, one local CMA', () => {
  it('refuses to start a second local CMA on a data file another process is serving, naming the way out', async () => {
    const file = await dataFile();
    const { child } = await spawnLocalCma({ LOCAL_CMA_DATA: file, LOCAL_CMA_ADMIN_TOKEN: TEST_ADMIN_TOKEN });
    try {
      const second = spawn(process.execPath, ['--import', 'tsx', 'src/local-cma/main.ts'], {
        env: { ...process.env, LOCAL_CMA_PORT: '0', LOCAL_CMA_DATA: file },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      second.stdout!.on('data', (chunk) => (output += String(chunk)));
      second.stderr!.on('data', (chunk) => (output += String(chunk)));
      const [code] = (await once(second, 'exit')) as [number];
      expect(code).toBe(1);
      expect(output).toContain(`Another local CMA (process ${child.pid}) is using ${file}`);
      expect(output).toContain('LOCAL_CMA_DATA');
      expect(output).not.toContain('listening');
    } finally {
      await killHard(child);
    }
  });

  it('refuses a second local CMA on the same file inside one process too, and frees the file on close', async () => {
    const file = await dataFile();
    const first = await startLocalCma({ dataFile: file, adminToken: TEST_ADMIN_TOKEN });
    await expect(startLocalCma({ dataFile: file })).rejects.toThrow(/Another local CMA/);
    await first.close();
    const second = await startLocalCma({ dataFile: file });
    await second.close();
  });

  it('removes the temporary files a crash left beside the data file (they hold secrets), and nothing else', async () => {
    const file = await dataFile();
    const first = await startLocalCma({ dataFile: file, adminToken: TEST_ADMIN_TOKEN });
    await first.close();
    await writeFile(`${file}.3141592653`, '{"secret":"left by a crash"}');
    await writeFile(`${file}.backup`, 'kept: not a temporary file');
    const restarted = await startLocalCma({ dataFile: file });
    try {
      const dir = file.slice(0, file.lastIndexOf('/'));
      expect((await readdir(dir)).sort()).toEqual(['data.json', 'data.json.backup', 'data.json.lock']);
    } finally {
      await restarted.close();
    }
  });
});
