import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import type { Database } from './database.ts';
import { migrationProvider } from './migrations/index.ts';
import { advisoryLocks, inProcessLocks, type WriteLocks } from './write-locks.ts';
import { takePidLock } from '../util/pid-lock.ts';

export type StoreOptions = {
  /** A PostgreSQL URL: the production path, shared by replicas. Unset: PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite's directory (created when missing); null keeps it in memory (tests, throwaway demos). */
  dataDir: string | null;
  /**
   * In memory only: start from this dump of a database (PGlite's dumpDataDir) instead of running
   * initdb, which costs seconds; see dumpMigratedTemplate.
   */
  template?: Blob;
};

export type Store = {
  kind: 'pglite' | 'postgres';
  db: Kysely<Database>;
  locks: WriteLocks;
  /** Where the data is, for a log line: never the URL (it may carry a password). */
  describe: string;
  /** Resolves when the database answers a query. */
  ping: () => Promise<void>;
  close: () => Promise<void>;
  /** PGlite only: the whole database as one file, to start other in-memory stores from (tests). */
  dump?: () => Promise<Blob>;
};

async function migrate(db: Kysely<Database>): Promise<void> {
  // Kysely's migrator takes an advisory lock on PostgreSQL: replicas starting together apply each
  // migration once, the others wait and find nothing left to do.
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`The store's migration ${failed ?? ''} failed: ${(error as Error).message}`);
  }
}

function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Connections per server; a quarter may hold write locks at once, the rest serve their queries and the reads (see advisoryLocks). */
const POOL_SIZE = 20;

async function openPostgres(url: string): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 5_000 });
  // A connection that dies (the server restarted), idle in the pool or checked out between two
  // queries (a write holding its lock while the CMA answers), is an error of the work that uses it,
  // not an 'error' event that would bring the whole process down.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, locks: advisoryLocks(db, POOL_SIZE / 4), describe: describePostgres(url), ping: () => ping(db), close: () => db.destroy() };
}

async function openPglite(dataDir: string | null, template?: Blob): Promise<Store> {
  if (dataDir === null) return pgliteStore(null, 'PGlite in memory', async () => undefined, template);
  await mkdir(dataDir, { recursive: true });
  // PGlite is one process's database: a second process on the same files would corrupt them.
  const lock = await takePidLock(join(dataDir, 'server.lock'), (pid) =>
    `Another server (process ${pid}) is using the store in ${dataDir}. Stop it, set STORE_DIR to another directory, or set DATABASE_URL to share a PostgreSQL database.`,
  );
  try {
    return await pgliteStore(join(dataDir, 'pgdata'), `PGlite in ${dataDir}`, lock.release);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function pgliteStore(pgdata: string | null, describe: string, release: () => Promise<void>, template?: Blob): Promise<Store> {
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([import('@electric-sql/pglite'), import('kysely-pglite-dialect')]);
  const pglite = await PGlite.create(pgdata ?? 'memory://', template ? { loadDataDir: template } : {});
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    dump: () => pglite.dumpDataDir('none'),
    kind: 'pglite',
    db,
    locks: inProcessLocks(),
    describe,
    ping: () => ping(db),
    close: async () => {
      await db.destroy();
      await release();
    },
  };
}

async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Opens the store and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir, options.template);
  try {
    await migrate(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
