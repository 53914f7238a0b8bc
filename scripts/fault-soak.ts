// `npm run soak`: rounds of 200 concurrent GraphQL requests while the local CMA injects faults.
// Prints per-round outcomes and latencies, and heap use after each round (memory should stay flat).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { createCmaClientFactory } from '../src/cma/client-factory.ts';
import { startLocalCma } from '../src/local-cma/server.ts';
import { openStore } from '../src/store/connect.ts';

const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 10);
const CONCURRENCY = 200;
const ADMIN = 'soak-admin-token-0123456789abcdef';
const policy = { requestTimeoutMs: 300, readRetries: 1, maxRateLimitWaitMs: 500 };

const dir = await mkdtemp(join(tmpdir(), 'soak-'));
const cma = await startLocalCma({ dataFile: join(dir, 'data.json'), adminToken: ADMIN, rateLimit: { limit: 100_000, windowMs: 1_000 } });
const app = createApp({
  store: await openStore({ dataDir: null }),
  config: { cma: policy, graphiql: false, introspection: false },
  clientFactory: createCmaClientFactory({ baseUrl: cma.url, policy }),
  cmaBaseUrl: cma.url,
  log: { level: 'error', write: () => undefined },
});
const server = createServer(app);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

const queries = [
  '{ accessTokens { id name role { name inheritsPermissionsFrom { name } } effectiveCapabilities { canWrite } } }',
  '{ accessToken(id: "105") { name token } }',
  '{ accessTokenAudit { severity kind } }',
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

console.info(`round  data  typed-errors  5xx  p50 ms  p95 ms  max ms  heap`);
for (let round = 1; round <= ROUNDS; round++) {
  cma.faults.clear();
  cma.faults.inject({ kind: 'latency', latencyMs: 1_000, path: '/roles', times: 30 });
  cma.faults.inject({ kind: 'status', status: 503, path: /^\/access_tokens/, times: 50 });
  cma.faults.inject({ kind: 'drop_request', times: 20 });
  cma.faults.inject({ kind: 'rate_limit', resetSeconds: 30, times: 20 });
  const latencies: number[] = [];
  const counts = { data: 0, typed: 0, server: 0 };
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, i) => {
      const startedAt = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
        body: JSON.stringify({ query: queries[i % queries.length] }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      latencies.push(performance.now() - startedAt);
      if (response.status >= 500) counts.server += 1;
      else if (body.errors) counts.typed += 1;
      else counts.data += 1;
    }),
  );
  globalThis.gc?.();
  latencies.sort((a, b) => a - b);
  console.info(
    [round, counts.data, counts.typed, counts.server, percentile(latencies, 50), percentile(latencies, 95), latencies.at(-1)!]
      .map((value) => String(typeof value === 'number' ? Math.round(value) : value).padStart(5))
      .join('  ') + `  ${mb(process.memoryUsage().heapUsed)}`,
  );
}

server.closeAllConnections();
server.close();
await cma.close();
await rm(dir, { recursive: true, force: true });
