import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

export type Running = {
  child: ChildProcess;
  url: string;
  /** Every line the process printed so far, in order. */
  output: () => string[];
  /** Where its output stands now (bytes of its log file, or lines), to read only what it prints after. */
  mark: () => number;
  /** The lines printed since `mark()` returned `from`. */
  outputSince: (from: number) => string[];
  stop: () => Promise<void>;
};

export type StartOptions = {
  env: Record<string, string>;
  /** Matches the line the process prints once it listens; its first group is the URL. */
  ready: RegExp;
  /** Where its output goes instead of a pipe (see below). */
  logFile?: string;
  /** Options for node itself, before the entry. */
  nodeArgs?: string[];
};

function readFrom(path: string, from: number): string {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size <= from) return '';
    const buffer = Buffer.alloc(size - from);
    readSync(fd, buffer, 0, buffer.length, from);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Starts a Node process (compiled JavaScript from dist/, or a script under tsx) and resolves with
 * the URL it prints once it listens. With `logFile`, its output goes to that file, as a production
 * server's logs go to a collector, instead of through a pipe into this busy process (whose slow
 * reading would hold the server's log lines in its memory, and whose CPU the load generator needs).
 */
export async function startProcess(entry: string, { env, ready, logFile, nodeArgs = [] }: StartOptions): Promise<Running> {
  const output = logFile ? openSync(logFile, 'w') : 'pipe';
  const child = spawn(process.execPath, [...nodeArgs, entry], { env: { ...process.env, ...env }, stdio: ['ignore', output, output] });
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
    const timer = setTimeout(() => reject(new Error(`${entry} did not start within a minute:\n${printed().join('\n')}`)), 60_000);
    const poll = setInterval(() => {
      const match = printed().map((line) => ready.exec(line)).find(Boolean);
      if (match) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(match[1]!);
      }
    }, 25);
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`${entry} exited (${code}):\n${printed().join('\n')}`));
    });
  });
  if (logFile) closeSync(output as number);
  return {
    child,
    url,
    output: printed,
    mark: () => (logFile ? statSync(logFile).size : lines.length),
    outputSince: (from) => (logFile ? readFrom(logFile, from).split('\n') : lines.slice(from)),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
