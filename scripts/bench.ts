// `npm run bench`: the performance figures of the production path (compiled JavaScript), measured
// side by side in one run. It starts two local CMAs (one answering L ms late, one at once) and a
// GraphQL server on each, all from dist/ on free loopback ports; the reference arm is the official
// client calling the same local CMA directly, and for throughput a minimal server shows the ceiling.
// Arms are interleaved round by round, so a noisy neighbour slows them alike; every figure is a
// median with its range over rounds. BENCH_SCALE=tiny runs a few seconds' version (what the test
// suite checks).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClient, type Client } from '@datocms/cma-client-node';
import { startProcess, type Running, type StartOptions } from './bench/processes.ts';
import { median, timed, withSpread } from './bench/stats.ts';

// The reference arm runs in this process under tsx: without this it would pay for source-mapped
// stack traces (the official client captures one per call) that compiled code does not.
process.setSourceMapsEnabled(false);

const TINY = process.env.BENCH_SCALE === 'tiny';
const SETTINGS = TINY
  ? { warmUp: { reads: 1, rounds: 0 }, rounds: 2, latencyMs: 30, sizes: [10, 30], slices: 2, sliceMs: 300, concurrency: 4, heapRequests: 400, heapSamples: 2 }
  : { warmUp: { reads: 25, rounds: 3 }, rounds: 7, latencyMs: 100, sizes: [10, 100, 1000], slices: 8, sliceMs: 1_500, concurrency: 8, heapRequests: 20_000, heapSamples: 4 };
const L = SETTINGS.latencyMs;
const ADMIN = 'bench-admin-token-0123456789abcdef';

const READS = {
  'tokens with role and inherited roles': '{ accessTokens { id name role { id name inheritsPermissionsFrom { id name } } } }',
  'roles with their tokens': '{ roles { id name accessTokens { id name } } }',
  audit: '{ accessTokenAudit { severity kind accessToken { id } } }',
  'effective capabilities': '{ accessTokens { id effectiveCapabilities { summary canWrite allowed } } }',
} as const;
const TOKEN_NAMES = '{ accessTokens { id name } }';
const TOKEN_IDS = '{ accessTokens { id } }';

/** `met: null`: a reference figure printed beside the goals, not one of them. */
type Row = { figure: string; measured: string; goal: string; met: boolean | null };
const rows: Row[] = [];
const record = (figure: string, measured: string, goal: string, met: boolean | null) => rows.push({ figure, measured, goal, met });

async function graphql(api: Running, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body).slice(0, 300)}`);
  for (const value of Object.values(body.data)) {
    if (value && typeof value === 'object' && '__typename' in value && !String(value.__typename).endsWith('Success')) {
      throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(value).slice(0, 300)}`);
    }
  }
  return body.data;
}

const tokenInput = (name: string) => ({ name, roleId: '2', canAccessCda: true, canAccessCdaPreview: false, canAccessCma: true });
const CREATE = 'mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { __typename ... on CreateAccessTokenSuccess { accessToken { id } } } }';
const UPDATE = 'mutation($id: ID!, $name: String!) { updateAccessToken(id: $id, input: { name: $name }) { __typename } }';
const ROTATE = 'mutation($id: ID!) { rotateAccessToken(id: $id) { __typename } }';
const DELETE = 'mutation($id: ID!) { deleteAccessToken(id: $id) { __typename } }';

/**
 * Latency of every read and write, as a multiple of one direct call's latency, L ms away. A server
 * in production is warm: first both arms answer unrecorded requests (each read many times at once,
 * every write for a few rounds), so the figures are the steady state, not V8 compiling the path.
 */
async function latencies(api: Running, direct: Client) {
  const ratios: Record<string, number[]> = {};
  const reads = [...Object.values(READS).map((query) => () => graphql(api, query)), () => direct.accessTokens.list()];
  await Promise.all(
    reads.flatMap((read) =>
      Array.from({ length: SETTINGS.concurrency }, async () => {
        for (let i = 0; i < SETTINGS.warmUp.reads; i++) await read();
      }),
    ),
  );
  const target = (await graphql(api, CREATE, { input: tokenInput('Bench target') })).createAccessToken.accessToken.id as string;
  for (let round = -SETTINGS.warmUp.rounds; round < SETTINGS.rounds; round++) {
    const reference = (await timed(() => direct.accessTokens.list())).ms;
    // Warm-up rounds (below 0) run every write but record nothing.
    const add = (name: string, ms: number) => {
      if (round >= 0) (ratios[name] ??= []).push(ms / reference);
    };
    for (const [name, query] of Object.entries(READS)) add(name, (await timed(() => graphql(api, query))).ms);
    add('updateAccessToken', (await timed(() => graphql(api, UPDATE, { id: target, name: `Bench target ${round}` }))).ms);
    const created = await timed(() => graphql(api, CREATE, { input: tokenInput(`Bench create ${round}`) }));
    add('createAccessToken', created.ms);
    add('rotateAccessToken', (await timed(() => graphql(api, ROTATE, { id: target }))).ms);
    add('deleteAccessToken', (await timed(() => graphql(api, DELETE, { id: created.value.createAccessToken.accessToken.id }))).ms);
  }
  for (const name of Object.keys(READS)) record(`read latency / L: ${name}`, withSpread(ratios[name]!), '≤ 1.1', median(ratios[name]!) <= 1.1);
  record('updateAccessToken latency / L', withSpread(ratios.updateAccessToken!), '≤ 2.1', median(ratios.updateAccessToken!) <= 2.1);
  for (const name of ['createAccessToken', 'rotateAccessToken']) record(`${name} latency / L`, withSpread(ratios[name]!), '≤ 2.1', median(ratios[name]!) <= 2.1);
  record('deleteAccessToken latency / L', withSpread(ratios.deleteAccessToken!), '≤ 1.1', median(ratios.deleteAccessToken!) <= 1.1);
}

/**
 * Requests per second of `{ accessTokens { id name } }`, through the API and through the official
 * client directly; between them, the minimal server (scripts/bench/minimal-server.ts) shows the most
 * any server on this stack does here.
 */
async function throughput(api: Running, minimal: Running, direct: Client) {
  const closedLoop = async (call: () => Promise<unknown>) => {
    let done = 0;
    const until = performance.now() + SETTINGS.sliceMs;
    await Promise.all(
      Array.from({ length: SETTINGS.concurrency }, async () => {
        while (performance.now() < until) {
          await call();
          done += 1;
        }
      }),
    );
    return (done * 1_000) / SETTINGS.sliceMs;
  };
  const arms = {
    api: () => graphql(api, TOKEN_NAMES),
    minimal: () => graphql(minimal, TOKEN_NAMES),
    direct: () => direct.accessTokens.list(),
  };
  for (const arm of Object.values(arms)) await closedLoop(arm); // warm-up
  const rps = { api: [] as number[], minimal: [] as number[], direct: [] as number[] };
  const ratios = { api: [] as number[], minimal: [] as number[] };
  for (let slice = 0; slice < SETTINGS.slices; slice += 2) {
    for (const [arm, call] of Object.entries(arms)) rps[arm as keyof typeof arms].push(await closedLoop(call));
    ratios.api.push(rps.api.at(-1)! / rps.direct.at(-1)!);
    ratios.minimal.push(rps.minimal.at(-1)! / rps.direct.at(-1)!);
  }
  const perSecond = (arm: keyof typeof rps) => Math.round(median(rps[arm]));
  record(
    `requests/s of ${TOKEN_NAMES} ÷ official client (${perSecond('api')} vs ${perSecond('direct')} req/s)`,
    withSpread(ratios.api),
    '≥ 0.7',
    median(ratios.api) >= 0.7,
  );
  record(
    `  the same for the minimal server, Yoga + official client alone (${perSecond('minimal')} req/s)`,
    withSpread(ratios.minimal),
    'reference',
    null,
  );
}

/** The API server's heap after a full collection (scripts/bench/heap-probe.mjs prints it on SIGUSR2). */
async function heapAfterGc(api: Running): Promise<number> {
  const PROBE = /^heap after gc: ([\d.]+) MB$/;
  const before = api.output().filter((line) => PROBE.test(line)).length;
  api.child.kill('SIGUSR2');
  for (const deadline = performance.now() + 10_000; performance.now() < deadline; ) {
    const printed = api.output().filter((line) => PROBE.test(line));
    if (printed.length > before) return Number(PROBE.exec(printed.at(-1)!)![1]);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The API server printed no heap figure within 10 s of SIGUSR2 (is scripts/bench/heap-probe.mjs preloaded?)');
}

/**
 * Heap of the API server while it answers many requests: flat means no leak. Measured after a full
 * collection, because resident memory follows the collector's sawtooth (it swung by 40 % between
 * samples here) and would hide a leak or invent one.
 */
async function heap(api: Running) {
  const samples = [await heapAfterGc(api)];
  const perSample = SETTINGS.heapRequests / SETTINGS.heapSamples;
  for (let sample = 0; sample < SETTINGS.heapSamples; sample++) {
    for (let sent = 0; sent < perSample; sent += SETTINGS.concurrency) {
      await Promise.all(Array.from({ length: SETTINGS.concurrency }, () => graphql(api, TOKEN_NAMES)));
    }
    samples.push(await heapAfterGc(api));
  }
  // Flat: after the first slice (warm-up, JIT, pools), the heap grows by less than 10 %.
  const growth = (samples.at(-1)! - samples[1]!) / samples[1]!;
  record(`heap after gc (MB) every ${perSample} of ${SETTINGS.heapRequests} requests`, samples.map((mb) => mb.toFixed(0)).join(' → '), 'flat (< 10 % after warm-up)', growth < 0.1);
}

/** Upstream calls per read query as the project grows, counted in the local CMA's request log. */
async function upstreamCalls(api: Running, cma: Running, direct: Client) {
  const counts: string[] = [];
  let most = 0;
  for (const size of SETTINGS.sizes) {
    const existing = (await direct.accessTokens.list()).length;
    for (let next = existing; next < size; next += 20) {
      await Promise.all(
        Array.from({ length: Math.min(20, size - next) }, (_, i) =>
          direct.accessTokens.create({
            name: `Bench seed ${next + i}`, role: { type: 'role', id: String(1 + ((next + i) % 6)) },
            can_access_cda: true, can_access_cda_preview: (next + i) % 3 === 0, can_access_cma: (next + i) % 2 === 0,
          }),
        ),
      );
    }
    const perQuery: number[] = [];
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100)); // the CMA's log lines arrive through a pipe
    for (const query of Object.values(READS)) {
      await settle();
      const mark = cma.output().length;
      await graphql(api, query);
      await settle();
      perQuery.push(cma.output().slice(mark).filter((line) => /^\[local-cma\] (GET|POST|PUT|DELETE) /.test(line)).length);
    }
    most = Math.max(most, ...perQuery);
    counts.push(`N=${size}: ${Math.max(...perQuery)}`);
  }
  record('upstream calls per read query (most of the four)', counts.join(', '), '≤ 2', most <= 2);
}

/** Time the capability work adds to listing the tokens, at the largest N, L = 0. */
async function capabilityWork(api: Running) {
  const extra = { capabilities: [] as number[], audit: [] as number[] };
  for (let round = 0; round < (TINY ? 3 : 15); round++) {
    const plain = (await timed(() => graphql(api, TOKEN_IDS))).ms;
    extra.capabilities.push((await timed(() => graphql(api, READS['effective capabilities']))).ms - plain);
    extra.audit.push((await timed(() => graphql(api, READS.audit))).ms - plain);
  }
  const size = SETTINGS.sizes.at(-1);
  record(`effectiveCapabilities at N=${size}: ms beyond listing the tokens`, withSpread(extra.capabilities, 1), '≤ 15', median(extra.capabilities) <= 15);
  record(`accessTokenAudit at N=${size}: ms beyond listing the tokens`, withSpread(extra.audit, 1), '≤ 15', median(extra.audit) <= 15);
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'token-admin-bench-'));
  const started: Running[] = [];
  const start = async (entry: string, options: StartOptions) => {
    const running = await startProcess(entry, options);
    started.push(running);
    return running;
  };
  try {
    const localCma = (name: string, faults: unknown[]) =>
      start('dist/local-cma/main.js', {
        env: {
          LOCAL_CMA_PORT: '0', LOCAL_CMA_DATA: join(dir, `${name}.json`), LOCAL_CMA_ADMIN_TOKEN: ADMIN,
          LOCAL_CMA_RATE_LIMIT: '100000000', LOCAL_CMA_FAULTS: JSON.stringify(faults),
        },
        ready: /listening on (http:\/\/\S+)/,
      });
    const server = (cma: Running) =>
      start('dist/server.js', {
        env: { PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', DATOCMS_CMA_BASE_URL: cma.url },
        ready: /GraphQL API on (http:\/\/\S+)/,
        logFile: join(dir, `server-${cma.url.split(':').at(-1)}.log`),
        nodeArgs: ['--expose-gc', '--import', './scripts/bench/heap-probe.mjs'],
      });
    const [slowCma, fastCma] = await Promise.all([localCma('slow', [{ kind: 'latency', latencyMs: L }]), localCma('fast', [])]);
    const [slowApi, fastApi, minimal] = await Promise.all([
      server(slowCma),
      server(fastCma),
      start('scripts/bench/minimal-server.ts', {
        env: { DATOCMS_CMA_BASE_URL: fastCma.url },
        ready: /minimal GraphQL server on (http:\/\/\S+)/,
        nodeArgs: ['--import', 'tsx'],
      }),
    ]);
    const client = (cma: Running) => buildClient({ apiToken: ADMIN, baseUrl: cma.url, autoRetry: false });

    await latencies(slowApi, client(slowCma));
    await throughput(fastApi, minimal, client(fastCma));
    await heap(fastApi);
    await upstreamCalls(fastApi, fastCma, client(fastCma));
    await capabilityWork(fastApi);
  } finally {
    await Promise.all(started.map((running) => running.stop()));
    await rm(dir, { recursive: true, force: true });
  }

  const goals = rows.filter((row) => row.met !== null);
  const width = Math.max(...rows.map((row) => row.figure.length));
  const measuredWidth = Math.max(...rows.map((row) => row.measured.length));
  const lines = [
    `L = ${L} ms injected on every CMA route for the latency rows; L = 0 for the others. Median (range) over rounds.`,
    `${'figure'.padEnd(width)}  ${'measured'.padEnd(measuredWidth)}  goal`,
    ...rows.map((row) => {
      const verdict = row.met === null ? '' : row.met ? ' met' : ' NOT MET';
      return `${row.figure.padEnd(width)}  ${row.measured.padEnd(measuredWidth)}  ${row.goal}${verdict}`;
    }),
    `bench${TINY ? ' (tiny)' : ''}: ${goals.filter((row) => row.met).length}/${goals.length} goals met`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
