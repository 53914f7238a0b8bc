import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallerDirectory } from '../../src/loaders/caller-directory.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { openMemoryStore } from '../support/memory-store.ts';
import { RotateManyDocument } from '../generated/graphql.ts';
import { expectTypename } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { startReplicas, type Replicas } from '../support/replicas.ts';

// Two replicas rotating with one bearer at once, each its own selection of 80 tokens, against the
// CMA's real limit (60 requests per 3 s per token). Each replica alone keeps to the limit; together
// they would send twice the rate, unless they take their budget from one place. On one PostgreSQL
// database they share it (keyed by the bearer's hash); each on its own PGlite they cannot.

const PER_REPLICA = 80;
const CMA_RATE_LIMIT = { limit: 60, windowMs: 3_000 };

type Run = { rateLimited: number; rotationsPerToken: number[]; done: number[]; ms: number };

async function seedExposed(replicas: Replicas): Promise<void> {
  await replicas.cma.store.mutate((draft) => {
    for (const group of ['A', 'B']) {
      for (let i = 0; i < PER_REPLICA; i++) {
        const id = String((group === 'A' ? 2000 : 3000) + i);
        draft.access_tokens.push({
          id, name: `Exposed ${group}${i}`, secret: `${Number(id).toString(16).padStart(6, '0')}${'e'.repeat(24)}`,
          hardcoded_type: null, role_id: SEEDED.roles.editorial, can_access_cda: true, can_access_cda_preview: false, can_access_cma: false,
          last_cma_access_on: null, last_cda_access_on: null,
        });
      }
    }
  });
}

/** Both halves rotated at once, as one bearer (through `targets`, by default one replica each); what the CMA answered and what each client got. */
async function rotateBothHalves(replicas: Replicas, targets = [0, 1]): Promise<Run> {
  const mark = replicas.cma.requests.length;
  const startedAt = performance.now();
  const answers = await Promise.all(
    ['A', 'B'].map((group, index) => replicas.replicas[targets[index]!]!.execute(RotateManyDocument, { select: { filter: { nameContains: `Exposed ${group}` } } })),
  );
  const ms = performance.now() - startedAt;
  const done = answers.map((answer) => {
    expect(answer.errors).toBeUndefined();
    const result = expectTypename(answer.data!.rotateAccessTokens, 'BulkAccessTokenSuccess');
    expect([result.skipped, result.failed]).toEqual([0, 0]);
    return result.done;
  });
  const upstream = replicas.cma.requests.slice(mark);
  const perToken = new Map<string, number>();
  for (const request of upstream) {
    if (request.path.endsWith('/regenerate_token') && request.status === 200) perToken.set(request.path, (perToken.get(request.path) ?? 0) + 1);
  }
  return { rateLimited: upstream.filter((request) => request.status === 429).length, rotationsPerToken: [...perToken.values()], done, ms };
}

describe('bulk rotations from two replicas with one bearer', () => {
  let cluster: PostgresCluster;
  const stores: Store[] = [];
  const figures: Record<string, Run> = {};
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close().catch(() => undefined)));
    await cluster?.stop();
  });

  const scenario = async (name: string, open: () => Promise<Store[]>, check: (replicas: Replicas) => Promise<void> = async () => undefined, targets?: number[]): Promise<Run> => {
    const opened = await open();
    stores.push(...opened);
    const replicas = await startReplicas(opened, { cma: { rateLimit: CMA_RATE_LIMIT } });
    try {
      await seedExposed(replicas);
      const run = await rotateBothHalves(replicas, targets);
      expect(run.done).toEqual([PER_REPLICA, PER_REPLICA]);
      expect(run.rotationsPerToken).toHaveLength(2 * PER_REPLICA);
      expect(run.rotationsPerToken.every((count) => count === 1)).toBe(true);
      figures[name] = run;
      console.info(`${name}: ${run.rateLimited} answers 429 from the CMA, ${Math.round(run.ms)} ms for ${2 * PER_REPLICA} rotations`);
      await check(replicas);
      return run;
    } finally {
      await replicas.stop();
    }
  };

  it('share the budget on one PostgreSQL database: each token rotated once, no 429 from the CMA at all', async () => {
    const url = await cluster.createDatabase(`rate_budget_${process.pid}`);
    const run = await scenario('shared budget (PostgreSQL)', () => Promise.all([0, 1].map(() => openStore({ databaseUrl: url, dataDir: null }))), async (replicas) => {
      // The budget knows the bearer only by its hash.
      const keys = await replicas.replicas[0]!.store.db.withTables<{ cma_rate_budget_slots: { caller_key: string } }>()
        .selectFrom('cma_rate_budget_slots').select('caller_key').distinct().execute();
      expect(keys.map((row) => row.caller_key)).toEqual([CallerDirectory.keyOf(TEST_ADMIN_TOKEN)]);
    });
    expect(run.rateLimited).toBe(0);
    // Waited for, not sent at once: 160 rotations and the reads before them span more than two windows.
    expect(run.ms).toBeGreaterThan(2 * CMA_RATE_LIMIT.windowMs);
  }, 60_000);

  it('share it within one process on PGlite too: two bulk calls at once through one replica, no 429 from the CMA', async () => {
    const run = await scenario('shared budget (one PGlite, two requests)', async () => [await openMemoryStore()], undefined, [0, 0]);
    expect(run.rateLimited).toBe(0);
  }, 60_000);

  it('each on its own PGlite, for contrast: every token still rotated once, but the CMA answers 429s', async () => {
    const run = await scenario('separate budgets (PGlite each)', () => Promise.all([0, 1].map(() => openMemoryStore())));
    expect(run.rateLimited).toBeGreaterThan(0);
  }, 60_000);
});
