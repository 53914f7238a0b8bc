import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINGER } from '../../src/http/lingering-close.ts';

// The server as `npm start` runs it, in its own process: what a client in another process meets
// when its body is refused depends on the kernel and on Node's HTTP server, not on the app alone.
const ADMIN = 'oversized-admin-token-0123456789ab';
const LINGER_MS = 1_500;
let dir: string;
let child: ChildProcess;
let stdout = '';
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oversized-bodies-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: '0', LOCAL_CMA_DATA: join(dir, 'data.json'), LOCAL_CMA_ADMIN_TOKEN: ADMIN, STORE_DIR: join(dir, 'store'), HTTP_LINGER_MS: String(LINGER_MS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  for (let waited = 0; waited < 20_000 && !url; waited += 50) {
    url = /GraphQL API on (http:\/\/\S+)/.exec(stdout)?.[1] ?? '';
    if (!url) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!url) throw new Error(`the server did not start: ${stdout}`);
});

afterAll(async () => {
  child.kill('SIGTERM');
  await once(child, 'exit');
  await rm(dir, { recursive: true, force: true });
});

type Answer = { status?: number; body?: string; clientError?: string };

/** POSTs `bytes` of body as a Node client does, writing as fast as the socket takes it, on a connection of its own. */
function postBody(bytes: number, framing: 'chunked' | 'content-length'): Promise<Answer> {
  return new Promise((resolve) => {
    const answer: Answer = {};
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${ADMIN}`,
        ...(framing === 'chunked' ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(bytes) }),
      },
    });
    req.on('response', (response) => {
      answer.status = response.statusCode;
      let body = '';
      response.on('data', (chunk) => (body += String(chunk)));
      response.on('end', () => (answer.body = body));
    });
    // Only an error before the answer was read counts: a write cut once it has been read is what closing means.
    req.on('error', (error: NodeJS.ErrnoException) => (answer.clientError ??= answer.body === undefined ? error.code : undefined));
    req.on('close', () => setTimeout(() => resolve(answer), 20));
    const chunk = Buffer.alloc(64 * 1024, '{');
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

async function tokenNames(): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}`, connection: 'close' },
    body: JSON.stringify({ query: '{ roles { name } }' }),
  });
  return [response.status, ((await response.json()) as { data?: { roles: unknown[] } }).data?.roles.length];
}

const cutLines = () =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg: string; reason?: string; discardedBytes?: number })
    .filter((line) => line.msg.startsWith('connection cut'));

describe('a body over the limit (100 000 bytes)', () => {
  const cases = [
    { name: '1 MB chunked', bytes: 1_000_000, framing: 'chunked' },
    { name: '30 MB chunked', bytes: 30_000_000, framing: 'chunked' },
    { name: '1 MB with Content-Length', bytes: 1_000_000, framing: 'content-length' },
    { name: '30 MB with Content-Length', bytes: 30_000_000, framing: 'content-length' },
  ] as const;

  for (const { name, bytes, framing } of cases) {
    it(`${name}: the client reads 413 PAYLOAD_TOO_LARGE, and the next request is answered`, async () => {
      // Before the lingering close a client like this one met EPIPE first in most tries: a few rounds leave no room for luck.
      for (let round = 0; round < 3; round += 1) {
        const answer = await postBody(bytes, framing);
        expect(answer.clientError, `round ${round}`).toBeUndefined();
        expect(answer.status, `round ${round}`).toBe(413);
        expect(JSON.parse(answer.body!)).toEqual({
          errors: [{ message: 'Request body is larger than 100000 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
        });
        expect(await tokenNames()).toEqual([200, 6]);
      }
    });
  }
});

/** A client that ignores the answer and the server's FIN and keeps sending chunks: `everyMs` 0 as fast as it can. */
function keepSending(everyMs: number): Promise<{ statusLine: string; sentBytes: number; ms: number }> {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const started = performance.now();
    const socket = connect({ host: hostname, port: Number(port), allowHalfOpen: true });
    let received = '';
    let sentBytes = 0;
    socket.on('data', (data) => (received += String(data)));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ statusLine: received.split('\r\n')[0]!, sentBytes, ms: performance.now() - started }));
    socket.write(`POST /graphql HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`);
    const chunk = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(0x10000, '['), Buffer.from('\r\n')]);
    const send = () => {
      while (!socket.destroyed) {
        sentBytes += 0x10000;
        if (!socket.write(chunk)) return void socket.once('drain', send);
        if (everyMs > 0) return void setTimeout(send, everyMs);
      }
    };
    send();
  });
}

/** The server's log lines about cut connections after the `before` first, once they have come through its stdout. */
async function cutsAfter(before: number) {
  for (let waited = 0; waited < 2_000 && cutLines().length === before; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return cutLines().slice(before);
}

describe('a client that never stops sending after its 413', () => {
  it('is read from for at most HTTP_LINGER_MAX_BYTES (64 MiB by default), then cut; it had its 413', async () => {
    const before = cutLines().length;
    const flood = await keepSending(0);
    expect(flood.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    const cuts = await cutsAfter(before);
    expect(cuts).toEqual([expect.objectContaining({ reason: 'bytes', discardedBytes: expect.any(Number) })]);
    const discarded = cuts[0]!.discardedBytes!;
    expect(discarded).toBeGreaterThan(DEFAULT_LINGER.maxBytes);
    expect(discarded).toBeLessThan(DEFAULT_LINGER.maxBytes + 1024 * 1024);
    // What the client got into the socket beyond that sat in kernel buffers when the connection went.
    expect(flood.sentBytes).toBeLessThan(DEFAULT_LINGER.maxBytes + 32 * 1024 * 1024);
    expect(await tokenNames()).toEqual([200, 6]);
  });

  it('is read from for at most HTTP_LINGER_MS, then cut; it had its 413', async () => {
    const before = cutLines().length;
    const trickle = await keepSending(100);
    expect(trickle.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(trickle.ms).toBeGreaterThanOrEqual(LINGER_MS);
    expect(trickle.ms).toBeLessThan(LINGER_MS + 1_500);
    expect(await cutsAfter(before)).toEqual([expect.objectContaining({ reason: 'time' })]);
    expect(await tokenNames()).toEqual([200, 6]);
  });
});
