import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm start` as a separate process (so it can be killed hard, as a crashed replica is): the
 * production entry against `cmaUrl` and the PostgreSQL database `databaseUrl`, on a free port.
 * Ready once it prints its URL.
 */
export async function spawnReplica(cmaUrl: string, databaseUrl: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, DATOCMS_CMA_BASE_URL: cmaUrl, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start:\n${output}`)), 20_000);
    const check = () => {
      const match = /GraphQL API on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`replica exited early:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}
