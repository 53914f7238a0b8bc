import { setTimeout as delay } from 'node:timers/promises';
import { sql, type Generated, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import { StoreUnavailableError } from './errors.ts';

/** One CMA request of a bearer's budget (migration 0002): counted until `counts_until`. */
interface RateBudgetSlotTable {
  id: Generated<string>;
  /** The bearer's hash (CallerDirectory.keyOf), never the bearer. */
  caller_key: string;
  counts_until: Date;
}
type BudgetDatabase = Database & { cma_rate_budget_slots: RateBudgetSlotTable };

export type RateBudgetLimits = {
  /** Requests a bearer may make per window (the CMA's: 60 per 3 s). */
  perWindow: number;
  windowMs: number;
  /**
   * How long a slot taken for a request still under way is held before its answer is reported: a
   * replica that dies mid-write frees its slots after this, plus the window.
   */
  leaseMs: number;
};

/** One bearer's share of the budget, as a bulk call draws on it. */
export type CallerBudget = {
  /**
   * Records `alreadySent` requests made without a slot (this request's reads, already answered),
   * then waits for a free slot. Resolves with `answered`, to call once the request is answered:
   * from then on the slot counts for one window.
   */
  take(alreadySent: number): Promise<() => void>;
};

// A waiter looks again at least this often: a slot under way may be answered, and freed, sooner
// than its lease says.
const MAX_WAIT_MS = 250;

const countsFor = (ms: number) => sql<Date>`clock_timestamp() + make_interval(secs => ${ms / 1_000})`;

/**
 * The CMA's rate limit is per bearer: replicas writing with one bearer share one budget, kept in
 * the store. A sliding window: a slot counts from its take until one window after its request's
 * answer, so at most `perWindow` requests of a bearer reach the CMA in any window, however the
 * CMA's own window is aligned and however long each request takes on the way. Slots are taken one
 * at a time per bearer (a transaction-level advisory lock on the bearer's hash), on the database's
 * clock (replicas' clocks may differ). On PGlite, the one process's writers share it alike.
 */
export class RateBudget {
  readonly #db: Kysely<BudgetDatabase>;

  constructor(
    db: Kysely<Database>,
    private readonly limits: RateBudgetLimits,
  ) {
    this.#db = db.withTables<{ cma_rate_budget_slots: RateBudgetSlotTable }>();
  }

  forCaller(callerKey: string): CallerBudget {
    return { take: (alreadySent) => this.#take(callerKey, alreadySent) };
  }

  async #take(callerKey: string, alreadySent: number): Promise<() => void> {
    let charge = alreadySent;
    for (;;) {
      let attempt: { id: string } | { waitMs: number };
      try {
        attempt = await this.#tryTake(callerKey, charge);
      } catch {
        throw new StoreUnavailableError('write');
      }
      charge = 0;
      if ('id' in attempt) {
        const { id } = attempt;
        return () => void this.#answered(id).catch(() => undefined);
      }
      await delay(Math.min(Math.max(attempt.waitMs, 1), MAX_WAIT_MS));
    }
  }

  #tryTake(callerKey: string, charge: number): Promise<{ id: string } | { waitMs: number }> {
    const { perWindow, windowMs, leaseMs } = this.limits;
    return this.#db.transaction().execute(async (transaction) => {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`cma-rate-budget:${callerKey}`}, 0))`.execute(transaction);
      // Any bearer's slots past their window: nothing counts them any more.
      await transaction.deleteFrom('cma_rate_budget_slots').where('counts_until', '<=', sql<Date>`clock_timestamp()`).execute();
      if (charge > 0) {
        await transaction
          .insertInto('cma_rate_budget_slots')
          .values(Array.from({ length: charge }, () => ({ caller_key: callerKey, counts_until: countsFor(windowMs) })))
          .execute();
      }
      const { used, waitMs } = await transaction
        .selectFrom('cma_rate_budget_slots')
        .where('caller_key', '=', callerKey)
        .select([
          sql<number>`count(*)::int`.as('used'),
          sql<number | null>`(extract(epoch from min(counts_until) - clock_timestamp()) * 1000)::float8`.as('waitMs'),
        ])
        .executeTakeFirstOrThrow();
      if (used >= perWindow) return { waitMs: waitMs ?? 0 };
      return transaction
        .insertInto('cma_rate_budget_slots')
        .values({ caller_key: callerKey, counts_until: countsFor(windowMs + leaseMs) })
        .returning('id')
        .executeTakeFirstOrThrow();
    });
  }

  async #answered(id: string): Promise<void> {
    await this.#db.updateTable('cma_rate_budget_slots').set({ counts_until: countsFor(this.limits.windowMs) }).where('id', '=', id).execute();
  }
}
