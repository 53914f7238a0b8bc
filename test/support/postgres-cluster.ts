import { execFile, spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian installs the server's programs under /usr/lib/postgresql/<major>/bin; the newest one serves. */
async function binDir(): Promise<string> {
  const majors = (await readdir('/usr/lib/postgresql').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  if (majors.length === 0) throw new Error('No PostgreSQL server is installed: apt-get install postgresql (.ci/run does this)');
  return `/usr/lib/postgresql/${majors.sort((a, b) => Number(b) - Number(a))[0]}/bin`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type PostgresCluster = {
  /** A new empty database on the cluster, for one test file or one scenario. */
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
  /** Stops the server, keeping its files, and starts it again (a store outage). */
  pause: () => Promise<void>;
  resume: () => Promise<void>;
};

const asPostgres = (bin: string, args: string[]) => run('runuser', ['-u', 'postgres', '--', bin, ...args]);

/**
 * A throwaway PostgreSQL cluster from Debian's package: initdb in a temp directory, run as the
 * postgres user (the server refuses root), on a free loopback port, its socket in that directory.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = await binDir();
  const dir = await mkdtemp(join(tmpdir(), 'token-admin-pg-'));
  await chmod(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  await asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const pgCtl = (action: 'start' | 'stop') =>
    action === 'start'
      ? asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start'])
      : asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'fast', 'stop']);
  await pgCtl('start');
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    async createDatabase(name) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn('runuser', ['-u', 'postgres', '--', join(bin, 'createdb'), '-h', '127.0.0.1', '-p', String(port), name], { stdio: 'ignore' });
        child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`createdb ${name} exited ${code}`))));
      });
      return `${base}/${name}`;
    },
    pause: async () => void (await pgCtl('stop')),
    resume: async () => void (await pgCtl('start')),
    async stop() {
      await pgCtl('stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
