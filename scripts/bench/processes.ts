import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
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

/**
 * Starts compiled JavaScript from dist/ and resolves with the URL it prints once it listens. With
 * `logFile`, its output goes to that file, as a production server's logs go to a collector, instead
 * of through a pipe into this busy process (whose slow reading would hold the server's log lines in
 * its memory); `lines` then holds nothing.
 */
export async function startCompiled(entry: string, env: Record<string, string>, ready: RegExp, logFile?: string): Promise<Running> {
  const output = logFile ? openSync(logFile, 'w') : 'pipe';
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: ['ignore', output, output] });
  const lines: string[] = [];
  let pending = '';
  const collect = (chunk: Buffer) => {
    pending += String(chunk);
    const parts = pending.split('\n');
    pending = parts.pop()!;
    lines.push(...parts);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const printed = () => (logFile ? readFileSync(logFile, 'utf8').split('\n') : lines);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${printed().join('\n')}`)), 20_000);
    const poll = setInterval(() => {
      const match = printed().map((line) => ready.exec(line)).find(Boolean);
      if (match) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(match[1]!);
      }
    }, 25);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`${entry} exited (${code}):\n${printed().join('\n')}`));
    });
  });
  if (logFile) closeSync(output as number);
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
