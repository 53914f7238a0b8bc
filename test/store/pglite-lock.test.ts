import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/connect.ts';
import { killHard } from '../support/spawn-local-cma.ts';
import { SEEDED, startTestCma, TEST_ADMIN_TOKEN, type TestCma } from '../support/local-cma.ts';

// PGlite is one process's database: a second process on the same files would corrupt them. So a
// second server on the same STORE_DIR refuses to start, in words that say what to do; and a server
// that died does not lock the directory for ever.

let cma: TestCma;
let dir: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  cma = await startTestCma();
  dir = await mkdtemp(join(tmpdir(), 'pglite-lock-'));
});
afterAll(async () => {
  await Promise.all(children.map((child) => killHard(child)));
  await cma?.stop();
  await rm(dir, { recursive: true, force: true });
});

type Server = { child: ChildProcess; url: string | null; exitCode: number | null; output: () => string };

/** `npm start` on STORE_DIR `dir` against the test CMA: resolves once it listens, or once it has exited. */
async function startServer(): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATOCMS_CMA_BASE_URL: cma.url, STORE_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  return new Promise<Server>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server neither started nor stopped:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const match = /GraphQL API on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, exitCode: null, output: () => output });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ child, url: null, exitCode: code, output: () => output });
    });
  });
}

async function graphql(url: string, query: string): Promise<Record<string, any>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` }, body: JSON.stringify({ query }) });
  return (await response.json()) as Record<string, any>;
}

const OWNER = `{ accessToken(id: "${SEEDED.publicCda}") { owner } }`;

describe('one server per PGlite directory', () => {
  let first: Server;

  it('lets a second server on the same STORE_DIR refuse to start, naming the setting and the first server', async () => {
    first = await startServer();
    expect(first.url, first.output()).not.toBeNull();
    const set = await graphql(first.url!, `mutation { updateAccessToken(id: "${SEEDED.publicCda}", input: { owner: "web team" }) { __typename } }`);
    expect(set).toEqual({ data: { updateAccessToken: { __typename: 'UpdateAccessTokenSuccess' } } });

    const second = await startServer();
    expect(second.url).toBeNull();
    expect(second.exitCode).not.toBe(0);
    expect(second.output()).toContain('STORE_DIR');
    expect(second.output()).toContain(`Another server (process ${first.child.pid}) is using the store in ${dir}`);
    expect(second.output()).toMatch(/set STORE_DIR to another directory, or set DATABASE_URL/);
    // The first one was not disturbed.
    expect(await graphql(first.url!, OWNER)).toEqual({ data: { accessToken: { owner: 'web team' } } });

    // In this process too, opening the directory is refused before any file of the database is touched.
    await expect(openStore({ dataDir: dir })).rejects.toThrow(`Another server (process ${first.child.pid})`);
  }, 90_000);

  it('does not outlive a server that was killed: the next one opens the store, its data intact, and frees it on stopping', async () => {
    await killHard(first.child);
    expect(existsSync(join(dir, 'server.lock'))).toBe(true);
    const next = await startServer();
    expect(next.url, next.output()).not.toBeNull();
    expect(await graphql(next.url!, OWNER)).toEqual({ data: { accessToken: { owner: 'web team' } } });

    next.child.kill('SIGTERM');
    const [code] = await once(next.child, 'exit');
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);
    const reopened = await openStore({ dataDir: dir });
    const record = await reopened.db.selectFrom('access_token_records').select(['owner']).where('token_id', '=', SEEDED.publicCda).executeTakeFirst();
    await reopened.close();
    expect(record).toEqual({ owner: 'web team' });
  }, 90_000);
});
