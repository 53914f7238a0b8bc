import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export type Running = {
  child: ChildProcess;
  url: string;
  /** Every line the process printed so far, in order. */
  lines: string[];
  /** Resident memory in MB (Linux /proc). */
  rssMb: () => Promise<number>;
  stop: () => Promise<void>;
};

/** Starts compiled JavaScript from dist/ and resolves with the URL it prints once it listens. */
export async function startCompiled(entry: string, env: Record<string, string>, ready: RegExp): Promise<Running> {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let pending = '';
  const collect = (chunk: Buffer) => {
    pending += String(chunk);
    const parts = pending.split('\n');
    pending = parts.pop()!;
    lines.push(...parts);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${lines.join('\n')}`)), 20_000);
    const check = () => {
      const match = lines.map((line) => ready.exec(line)).find(Boolean);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}):\n${lines.join('\n')}`)));
  });
  return {
    child,
    url,
    lines,
    rssMb: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
