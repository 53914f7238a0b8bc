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
 * more than one connection of the pool while it waits.
 */
export function advisoryLocks(db: Kysely<Database>): WriteLocks {
  const local = new KeyedLock();
  const underAdvisoryLock = async <T>(key: string, work: () => Promise<T>): Promise<T> => {
    let done: { value: T } | undefined;
    let locked = false;
    try {
      await db.transaction().execute(async (transaction) => {
        await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(transaction);
        locked = true;
        done = { value: await work() };
      });
    } catch (error) {
      // The work finished and only the empty transaction's end failed: the lock is released
      // with the connection, and the work's result stands.
      if (done) return done.value;
      // No connection, or the lock could not be taken: the work never started, nothing was sent.
      if (!locked) throw new StoreUnavailableError('write');
      throw error;
    }
    return done!.value;
  };
  return { run: (key, work) => local.run(key, () => underAdvisoryLock(key, work)) };
}
