import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The server as an operator runs it: a process, signals, a port that may be taken.
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function startServer(env: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'server-lifecycle-'));
  dirs.push(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      LOCAL_CMA_DATA: join(dir, 'data.json'),
      LOCAL_CMA_ADMIN_TOKEN: 'lifecycle-admin-token-0123456789ab',
      // A store of its own: the checkout's .data/store belongs to `npm start`, and a PGlite directory to one process.
      STORE_DIR: join(dir, 'store'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = once(child, 'exit') as Promise<[number | null]>;
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function urlOf(server: { output: () => { stdout: string }; child: ChildProcess }): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    const match = /GraphQL API on (http:\/\/\S+)/.exec(server.output().stdout);
    if (match) return match[1]!;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not start: ${JSON.stringify(server.output())}`);
}

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, answers the request in flight, says so and exits 0', async () => {
    const server = await startServer({ LOCAL_CMA_FAULTS: JSON.stringify([{ kind: 'latency', latencyMs: 1_500, path: '^/roles$' }]) });
    const url = await urlOf(server);
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer lifecycle-admin-token-0123456789ab' },
      body: JSON.stringify({ query: '{ roles { id } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await fetch(url.replace('/graphql', '/health')).then(() => 'answered', () => 'refused');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { roles: unknown[] } }).data.roles).toHaveLength(6);
    expect(refused).toBe('refused');
    const [code] = await server.exited;
    expect(code).toBe(0);
    const lines = server.output().stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg: string; inFlight?: number });
    expect(lines.find((line) => line.msg === 'stopping')).toMatchObject({ signal: 'SIGTERM', inFlight: 1 });
    expect(lines.at(-1)!.msg).toBe('stopped: every request in flight was answered');
  });
});

describe('start-up failures', () => {
  it('names PORT when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const server = await startServer({ PORT: String(port) });
      const [code] = await server.exited;
      expect(code).toBe(1);
      expect(server.output().stderr).toContain(`Port ${port} on 127.0.0.1 is already in use: set PORT to a free port.`);
    } finally {
      taken.close();
    }
  });

  it('names HOST when it is not an address of this machine', async () => {
    const server = await startServer({ HOST: '192.0.2.1' }); // TEST-NET-1: never a local address
    const [code] = await server.exited;
    expect(code).toBe(1);
    expect(server.output().stderr).toContain('HOST 192.0.2.1 is not an address of this machine: set HOST');
  });
});
