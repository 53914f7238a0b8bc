import { sql, type Kysely } from 'kysely';
import { KeyedLock } from './keyed-lock.ts';
import type { Database } from './database.ts';
import { StoreUnavailableError } from './errors.ts';

/** Runs work alone for a key: in this process, and on PostgreSQL in every replica that shares it. */
export type WriteLocks = { run<T>(key: string, work: () => Promise<T>): Promise<T> };

/** PGlite is one process's database: a lock in this process is a lock on every writer. */
export function inProcessLocks(): WriteLocks {
  const local = new KeyedLock();
  return { run: (key, work) => local.run(key, work) };
}

/**
 * A transaction-level advisory lock per key, taken in a transaction that spans the whole
 * read-modify-write, so every replica on this database takes turns. PostgreSQL releases it when
 * the transaction ends, whatever happens: a replica that dies (its connection closes) or a work that
 * throws never leaves it held. Writers in this process queue in memory first, so one key never holds
 * more than one connection of the pool while it waits, and at most `maxHolders` keys hold one at once.
 */
export function advisoryLocks(db: Kysely<Database>, maxHolders: number): WriteLocks {
  const local = new KeyedLock();
  const holders = semaphore(maxHolders);
  const underAdvisoryLock = async <T>(key: string, work: () => Promise<T>): Promise<T> => {
    let done: { value: T } | undefined;
    let failed: { error: unknown } | undefined;
    let locked = false;
    try {
      await db.transaction().execute(async (transaction) => {
        await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(transaction);
        locked = true;
        try {
          done = { value: await work() };
        } catch (error) {
          failed = { error };
          throw error;
        }
      });
    } catch (error) {
      // The work finished and only the transaction's end failed (its connection died): the lock
      // went with the connection, and the work's own result or error stands, not the rollback's.
      if (done) return done.value;
      if (failed) throw failed.error;
      // No connection, or the lock could not be taken: the work never started, nothing was sent.
      if (!locked) throw new StoreUnavailableError('write');
      throw error;
    }
    return done!.value;
  };
  // Each holder keeps one pooled connection for its lock and needs others for its own queries:
  // holders are capped below the pool's size, so a burst of writes waits here instead of starving
  // the pool (which would refuse them as if the store were down).
  return { run: (key, work) => local.run(key, () => holders(() => underAdvisoryLock(key, work))) };
}

/** At most `limit` tasks at a time, the others queued in arrival order. */
function semaphore(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A slot is handed straight to the next in line, so a newcomer can never slip in between.
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
