// `npm run bench`: the performance figures of the production path (compiled JavaScript, the store
// on), measured side by side in one run on both stores: PGlite (each server its own directory) and
// a throwaway PostgreSQL cluster (each server its own database). It starts local CMAs (one per store
// answering L ms late, one shared answering at once) and a GraphQL server per store on each, all
// from dist/ on free loopback ports. The latency reference is the official client calling the same
// local CMA directly; the throughput reference is the minimal server (scripts/bench/minimal-server.ts)
// on the same CMA, and another minimal server on a CMA L ms late shows what this stack costs a write
// before anything of ours. Arms are interleaved round by round, so a noisy neighbour slows them
// alike; every figure is a median with its range over rounds. BENCH_SCALE=tiny runs a short version
// (what the test suite checks).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClient, type Client } from '@datocms/cma-client-node';
import { startPostgresCluster, type PostgresCluster } from '../test/support/postgres-cluster.ts';
import { cpuMsOf } from './bench/cpu.ts';
import { startProcess, type Running, type StartOptions } from './bench/processes.ts';
import { median, timed, withSpread } from './bench/stats.ts';

// The reference arm runs in this process under tsx: without this it would pay for source-mapped
// stack traces (the official client captures one per call) that compiled code does not.
process.setSourceMapsEnabled(false);

const TINY = process.env.BENCH_SCALE === 'tiny';
const SETTINGS = TINY
  ? { warmUp: { reads: 1, rounds: 0 }, rounds: 2, latencyMs: 30, sizes: [10, 30], throughputRounds: 2, sliceMs: 300, concurrency: 4, heapRequests: 400, heapSamples: 2, capabilityRounds: 3 }
  : { warmUp: { reads: 25, rounds: 3 }, rounds: 11, latencyMs: 100, sizes: [10, 100, 1000], throughputRounds: 12, sliceMs: 1_000, concurrency: 8, heapRequests: 20_000, heapSamples: 4, capabilityRounds: 15 };
const L = SETTINGS.latencyMs;
const ADMIN = 'bench-admin-token-0123456789abcdef';
const STORES = ['PGlite', 'PostgreSQL'] as const;
type StoreName = (typeof STORES)[number];

const READS = {
  'tokens with role and inherited roles': '{ accessTokens { id name role { id name inheritsPermissionsFrom { id name } } } }',
  'roles with their tokens': '{ roles { id name accessTokens { id name } } }',
  audit: '{ accessTokenAudit { severity kind accessToken { id } } }',
  'effective capabilities': '{ accessTokens { id effectiveCapabilities { summary canWrite allowed } } }',
} as const;
const TOKEN_NAMES = '{ accessTokens { id name } }';
const TOKEN_IDS = '{ accessTokens { id } }';

/** One store's servers: the API on the slow CMA (latency rows) and on the shared fast one (the others). */
type Arm = { store: StoreName; slowApi: Running; slowDirect: Client; fastApi: Running };

/**
 * A figure: one value per store, or one shared by both (a reference measured once). `met: null`:
 * a reference printed beside the goals, not one of them.
 */
type Row = { figure: string; values: string[]; goal: string; met: boolean | null };
const rows: Row[] = [];
const record = (figure: string, values: string[], goal: string, met: boolean | null) => rows.push({ figure, values, goal, met });

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
const MINIMAL_UPDATE = 'mutation($id: ID!, $name: String!) { updateAccessToken(id: $id, name: $name) { id } }';
const MINIMAL_DELETE = 'mutation($id: ID!) { deleteAccessToken(id: $id) }';

/** Each round in another order, so that no arm always follows the same one. */
const rotated = <T>(items: readonly T[], round: number): T[] => {
  const shift = ((round % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
};

/**
 * Latency of every read and write, as a multiple of one direct call's latency, L ms away. A server
 * in production is warm: first every arm answers unrecorded requests (each read many times at once,
 * every write for a few rounds), so the figures are the steady state, not V8 compiling the path.
 * Among them the first read of the bearer, which asks the CMA for its project (GET /site) once.
 */
async function latencies(arms: Arm[], minimal: { api: Running; direct: Client }) {
  const ratios = new Map(arms.map((arm) => [arm, {} as Record<string, number[]>]));
  // The minimal server making the CMA calls the API makes for an update (the token and the roles
  // together, then the PUT) and a delete: what this stack costs a write before anything of ours.
  const floor = { update: [] as number[], delete: [] as number[] };
  const minimalTarget = (await minimal.direct.accessTokens.create({ name: 'Bench minimal target', role: { type: 'role', id: '2' }, can_access_cda: true, can_access_cda_preview: false, can_access_cma: true })).id;
  for (const arm of arms) {
    const reads = [...Object.values(READS).map((query) => () => graphql(arm.slowApi, query)), () => arm.slowDirect.accessTokens.list()];
    await Promise.all(
      reads.flatMap((read) =>
        Array.from({ length: SETTINGS.concurrency }, async () => {
          for (let i = 0; i < SETTINGS.warmUp.reads; i++) await read();
        }),
      ),
    );
  }
  const targets = new Map<Arm, string>();
  for (const arm of arms) targets.set(arm, (await graphql(arm.slowApi, CREATE, { input: tokenInput('Bench target') })).createAccessToken.accessToken.id);
  for (let round = -SETTINGS.warmUp.rounds; round < SETTINGS.rounds; round++) {
    for (const arm of rotated(arms, round)) {
      const api = arm.slowApi;
      const target = targets.get(arm)!;
      const reference = (await timed(() => arm.slowDirect.accessTokens.list())).ms;
      // Warm-up rounds (below 0) run every write but record nothing.
      const add = (name: string, ms: number) => {
        if (round >= 0) (ratios.get(arm)![name] ??= []).push(ms / reference);
      };
      for (const [name, query] of Object.entries(READS)) add(name, (await timed(() => graphql(api, query))).ms);
      add('updateAccessToken', (await timed(() => graphql(api, UPDATE, { id: target, name: `Bench target ${round}` }))).ms);
      const created = await timed(() => graphql(api, CREATE, { input: tokenInput(`Bench create ${round}`) }));
      add('createAccessToken', created.ms);
      add('rotateAccessToken', (await timed(() => graphql(api, ROTATE, { id: target }))).ms);
      add('deleteAccessToken', (await timed(() => graphql(api, DELETE, { id: created.value.createAccessToken.accessToken.id }))).ms);
    }
    const reference = (await timed(() => minimal.direct.accessTokens.list())).ms;
    const updated = (await timed(() => graphql(minimal.api, MINIMAL_UPDATE, { id: minimalTarget, name: `Bench minimal ${round}` }))).ms;
    const doomed = (await minimal.direct.accessTokens.create({ name: `Bench minimal delete ${round}`, role: { type: 'role', id: '2' }, can_access_cda: true, can_access_cda_preview: false, can_access_cma: true })).id;
    const deleted = (await timed(() => graphql(minimal.api, MINIMAL_DELETE, { id: doomed }))).ms;
    if (round >= 0) {
      floor.update.push(updated / reference);
      floor.delete.push(deleted / reference);
    }
  }
  const goal = (figure: string, name: string, most: number) => {
    const values = arms.map((arm) => ratios.get(arm)![name]!);
    record(figure, values.map((ratio) => withSpread(ratio)), `≤ ${most}`, values.every((ratio) => median(ratio) <= most));
  };
  for (const name of Object.keys(READS)) goal(`read latency / L: ${name}`, name, 1.1);
  for (const name of ['updateAccessToken', 'createAccessToken', 'rotateAccessToken']) goal(`${name} latency / L`, name, 2.1);
  goal('deleteAccessToken latency / L', 'deleteAccessToken', 1.1);
  record('  the minimal server, same CMA calls: update / L; delete / L', [`${withSpread(floor.update)}; ${withSpread(floor.delete)}`], 'reference', null);
}

/**
 * Requests per second of `{ accessTokens { id name } }` through the API on each store and through
 * the minimal server (scripts/bench/minimal-server.ts: Yoga, no plugins, one resolver calling the
 * official client), all on the same CMA, each round in turn; the goal is held against the minimal
 * server of the same round. Beside it the server's CPU per request (its own process: for PGlite
 * that includes the store, for PostgreSQL not the database's processes), and the official client
 * called directly from here, the old reference.
 */
async function throughput(arms: Arm[], minimal: Running, direct: Client) {
  const closedLoop = async (call: () => Promise<unknown>, pid: number | undefined) => {
    let done = 0;
    const cpuBefore = pid === undefined ? 0 : cpuMsOf(pid);
    const startedAt = performance.now();
    const until = startedAt + SETTINGS.sliceMs;
    await Promise.all(
      Array.from({ length: SETTINGS.concurrency }, async () => {
        while (performance.now() < until) {
          await call();
          done += 1;
        }
      }),
    );
    const elapsed = performance.now() - startedAt;
    return { rps: (done * 1_000) / elapsed, cpuMs: pid === undefined ? Number.NaN : (cpuMsOf(pid) - cpuBefore) / done };
  };
  type Target = { name: StoreName | 'minimal' | 'direct'; call: () => Promise<unknown>; pid: number | undefined };
  const targets: Target[] = [
    ...arms.map((arm) => ({ name: arm.store, call: () => graphql(arm.fastApi, TOKEN_NAMES), pid: arm.fastApi.child.pid })),
    { name: 'minimal', call: () => graphql(minimal, TOKEN_NAMES), pid: minimal.child.pid },
    { name: 'direct', call: () => direct.accessTokens.list(), pid: undefined },
  ];
  for (const target of targets) await closedLoop(target.call, undefined); // warm-up
  const rps = new Map(targets.map((target) => [target.name, [] as number[]]));
  const cpu = new Map(targets.map((target) => [target.name, [] as number[]]));
  const ofMinimal = new Map(arms.map((arm) => [arm.store, [] as number[]]));
  const ofDirect = new Map(arms.map((arm) => [arm.store, [] as number[]]));
  for (let round = 0; round < SETTINGS.throughputRounds; round++) {
    for (const target of rotated(targets, round)) {
      const slice = await closedLoop(target.call, target.pid);
      rps.get(target.name)!.push(slice.rps);
      cpu.get(target.name)!.push(slice.cpuMs);
    }
    for (const arm of arms) {
      ofMinimal.get(arm.store)!.push(rps.get(arm.store)!.at(-1)! / rps.get('minimal')!.at(-1)!);
      ofDirect.get(arm.store)!.push(rps.get(arm.store)!.at(-1)! / rps.get('direct')!.at(-1)!);
    }
  }
  record(`requests/s of ${TOKEN_NAMES}`, arms.map((arm) => withSpread(rps.get(arm.store)!, 0)), 'reference', null);
  record(
    '  ÷ the minimal server in the same round',
    arms.map((arm) => withSpread(ofMinimal.get(arm.store)!)),
    '≥ 0.8',
    arms.every((arm) => median(ofMinimal.get(arm.store)!) >= 0.8),
  );
  record('  server CPU per request (ms)', arms.map((arm) => withSpread(cpu.get(arm.store)!)), 'reference', null);
  record(
    'minimal server, Yoga + official client alone: requests/s; CPU per request (ms)',
    [`${withSpread(rps.get('minimal')!, 0)}; ${withSpread(cpu.get('minimal')!)}`],
    'reference',
    null,
  );
  record('official client called directly: requests/s', [withSpread(rps.get('direct')!, 0)], 'reference', null);
  record('  API ÷ official client (the old goal, 0.7, retired)', arms.map((arm) => withSpread(ofDirect.get(arm.store)!)), 'reference', null);
}

/** The API server's heap after a full collection (scripts/bench/heap-probe.mjs prints it on SIGUSR2). */
async function heapAfterGc(api: Running): Promise<number> {
  const PROBE = /^heap after gc: ([\d.]+) MB$/;
  const mark = api.mark();
  api.child.kill('SIGUSR2');
  for (const deadline = performance.now() + 10_000; performance.now() < deadline; ) {
    const printed = api.outputSince(mark).filter((line) => PROBE.test(line));
    if (printed.length > 0) return Number(PROBE.exec(printed.at(-1)!)![1]);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The API server printed no heap figure within 10 s of SIGUSR2 (is scripts/bench/heap-probe.mjs preloaded?)');
}

/**
 * Heap of each API server while it answers many requests: flat means no leak. Measured after a full
 * collection, because resident memory follows the collector's sawtooth (it swung by 40 % between
 * samples here) and would hide a leak or invent one.
 */
async function heap(arms: Arm[]) {
  const perSample = SETTINGS.heapRequests / SETTINGS.heapSamples;
  const samples = new Map(arms.map((arm) => [arm, [] as number[]]));
  for (const arm of arms) {
    const api = arm.fastApi;
    samples.get(arm)!.push(await heapAfterGc(api));
    for (let sample = 0; sample < SETTINGS.heapSamples; sample++) {
      for (let sent = 0; sent < perSample; sent += SETTINGS.concurrency) {
        await Promise.all(Array.from({ length: SETTINGS.concurrency }, () => graphql(api, TOKEN_NAMES)));
      }
      samples.get(arm)!.push(await heapAfterGc(api));
    }
  }
  // Flat: after the first slice (warm-up, JIT, pools), the heap grows by less than 10 %.
  const flat = (values: number[]) => (values.at(-1)! - values[1]!) / values[1]! < 0.1;
  record(
    `heap after gc (MB) every ${perSample} of ${SETTINGS.heapRequests} requests`,
    arms.map((arm) => samples.get(arm)!.map((mb) => mb.toFixed(0)).join(' → ')),
    'flat (< 10 % after warm-up)',
    arms.every((arm) => flat(samples.get(arm)!)),
  );
}

/**
 * CMA calls per read query as the project grows, counted in the local CMA's request log. Each
 * count follows a read that made the bearer's project known (GET /site is asked once per bearer,
 * then remembered for minutes), as it is for every read but one.
 */
async function upstreamCalls(arms: Arm[], cma: Running, direct: Client) {
  const counts = new Map(arms.map((arm) => [arm, [] as string[]]));
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
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100)); // the CMA's log lines reach its file a moment later
    for (const arm of arms) {
      await graphql(arm.fastApi, TOKEN_IDS);
      const perQuery: number[] = [];
      for (const query of Object.values(READS)) {
        await settle();
        const mark = cma.mark();
        await graphql(arm.fastApi, query);
        await settle();
        perQuery.push(cma.outputSince(mark).filter((line) => /^\[local-cma\] (GET|POST|PUT|DELETE) /.test(line)).length);
      }
      most = Math.max(most, ...perQuery);
      counts.get(arm)!.push(`N=${size}: ${Math.max(...perQuery)}`);
    }
  }
  record('CMA calls per read query (most of the four)', arms.map((arm) => counts.get(arm)!.join(', ')), '≤ 2', most <= 2);
}

/** Time the capability work adds to listing the tokens, at the largest N, L = 0. */
async function capabilityWork(arms: Arm[]) {
  const extra = new Map(arms.map((arm) => [arm, { capabilities: [] as number[], audit: [] as number[] }]));
  for (const arm of arms) await graphql(arm.fastApi, READS.audit); // the store reconciles the list grown above
  for (let round = 0; round < SETTINGS.capabilityRounds; round++) {
    for (const arm of rotated(arms, round)) {
      const plain = (await timed(() => graphql(arm.fastApi, TOKEN_IDS))).ms;
      extra.get(arm)!.capabilities.push((await timed(() => graphql(arm.fastApi, READS['effective capabilities']))).ms - plain);
      extra.get(arm)!.audit.push((await timed(() => graphql(arm.fastApi, READS.audit))).ms - plain);
    }
  }
  const size = SETTINGS.sizes.at(-1);
  for (const [figure, key] of [[`effectiveCapabilities at N=${size}: ms beyond listing the tokens`, 'capabilities'], [`accessTokenAudit at N=${size}: ms beyond listing the tokens`, 'audit']] as const) {
    const values = arms.map((arm) => extra.get(arm)![key]);
    record(figure, values.map((ms) => withSpread(ms, 1)), '≤ 15', values.every((ms) => median(ms) <= 15));
  }
}

/** What the server says it opened, from its `listening` log line (never a URL's password). */
function storeOf(api: Running): string {
  for (const line of api.output()) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; store?: string };
    if (entry.msg === 'listening' && entry.store) return entry.store;
  }
  return 'unknown';
}

function table(): string[] {
  const columns = STORES.map((store) => Math.max(store.length, ...rows.filter((row) => row.values.length > 1).map((row) => row.values[STORES.indexOf(store)]!.length)));
  const width = Math.max(...rows.map((row) => row.figure.length));
  const both = columns.reduce((sum, column) => sum + column, 0) + 2 * (columns.length - 1);
  const cells = (values: string[]) =>
    values.length === 1 ? values[0]!.padEnd(both) : values.map((value, index) => value.padEnd(columns[index]!)).join('  ');
  return [
    `${'figure'.padEnd(width)}  ${cells([...STORES])}  goal`,
    ...rows.map((row) => {
      const verdict = row.met === null ? '' : row.met ? ' met' : ' NOT MET';
      return `${row.figure.padEnd(width)}  ${cells(row.values)}  ${row.goal}${verdict}`;
    }),
  ];
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'token-admin-bench-'));
  const started: Running[] = [];
  let cluster: PostgresCluster | undefined;
  const start = async (entry: string, options: StartOptions) => {
    const running = await startProcess(entry, options);
    started.push(running);
    return running;
  };
  const stores: string[] = [];
  try {
    cluster = await startPostgresCluster();
    const localCma = (name: string, faults: unknown[]) =>
      start('dist/local-cma/main.js', {
        env: {
          LOCAL_CMA_PORT: '0', LOCAL_CMA_DATA: join(dir, `${name}.json`), LOCAL_CMA_ADMIN_TOKEN: ADMIN,
          LOCAL_CMA_RATE_LIMIT: '100000000', LOCAL_CMA_FAULTS: JSON.stringify(faults),
        },
        ready: /listening on (http:\/\/\S+)/,
        logFile: join(dir, `cma-${name}.log`),
      });
    // The store as production has it: PGlite in a directory of its own (two servers on one refuse
    // to start), or its own database on the PostgreSQL cluster.
    const server = async (name: string, cma: Running, store: StoreName) =>
      start('dist/server.js', {
        env: {
          PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', DATOCMS_CMA_BASE_URL: cma.url,
          ...(store === 'PGlite' ? { STORE_DIR: join(dir, `store-${name}`) } : { DATABASE_URL: await cluster!.createDatabase(`bench_${name}`) }),
        },
        ready: /GraphQL API on (http:\/\/\S+)/,
        logFile: join(dir, `server-${name}.log`),
        nodeArgs: ['--expose-gc', '--import', './scripts/bench/heap-probe.mjs'],
      });
    const [slowPglite, slowPostgres, slowMinimalCma, fastCma] = await Promise.all([
      localCma('slow-pglite', [{ kind: 'latency', latencyMs: L }]),
      localCma('slow-postgres', [{ kind: 'latency', latencyMs: L }]),
      localCma('slow-minimal', [{ kind: 'latency', latencyMs: L }]),
      localCma('fast', []),
    ]);
    const client = (cma: Running) => buildClient({ apiToken: ADMIN, baseUrl: cma.url, autoRetry: false });
    const minimalServer = (cma: Running) =>
      start('scripts/bench/minimal-server.ts', {
        // Production, as the API runs: graphql-js skips its development checks there.
        env: { DATOCMS_CMA_BASE_URL: cma.url, NODE_ENV: 'production' },
        ready: /minimal GraphQL server on (http:\/\/\S+)/,
        nodeArgs: ['--import', 'tsx'],
      });
    const minimal = await minimalServer(fastCma);
    const slowMinimal = await minimalServer(slowMinimalCma);
    // One after the other: a new PGlite runs initdb, seconds of CPU, and four at once on a busy
    // machine outlast any sensible start-up timeout.
    const slowPgliteApi = await server('slow_pglite', slowPglite, 'PGlite');
    const slowPostgresApi = await server('slow_postgres', slowPostgres, 'PostgreSQL');
    const fastPgliteApi = await server('fast_pglite', fastCma, 'PGlite');
    const fastPostgresApi = await server('fast_postgres', fastCma, 'PostgreSQL');
    const arms: Arm[] = [
      { store: 'PGlite', slowApi: slowPgliteApi, slowDirect: client(slowPglite), fastApi: fastPgliteApi },
      { store: 'PostgreSQL', slowApi: slowPostgresApi, slowDirect: client(slowPostgres), fastApi: fastPostgresApi },
    ];
    for (const arm of arms) stores.push(`${arm.store}: ${storeOf(arm.slowApi)} and ${storeOf(arm.fastApi)}`);

    await latencies(arms, { api: slowMinimal, direct: client(slowMinimalCma) });
    await throughput(arms, minimal, client(fastCma));
    await heap(arms);
    await upstreamCalls(arms, fastCma, client(fastCma));
    await capabilityWork(arms);
  } finally {
    await Promise.all(started.map((running) => running.stop()));
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  }

  const goals = rows.filter((row) => row.met !== null);
  const lines = [
    `L = ${L} ms injected on every CMA route for the latency rows; L = 0 for the others. Median (range) over rounds.`,
    ...stores.map((store) => `store ${store}`),
    ...table(),
    `bench${TINY ? ' (tiny)' : ''}: ${goals.filter((row) => row.met).length}/${goals.length} goals met on both stores`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
