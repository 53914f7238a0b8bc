import { sql, type Kysely, type Transaction } from 'kysely';
import type { AccessTokenRecord, Database, LastSeenState, NewAccessTokenRecord } from './database.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** What this API keeps about a token beside the CMA's attributes; null clears. */
export type TokenMetadata = { owner: string | null; purpose: string | null; expiresAt: Date | null };

export function loadRecords(db: Executor, projectId: string, tokenIds?: readonly string[]): Promise<AccessTokenRecord[]> {
  let query = db.selectFrom('access_token_records').selectAll().where('project_id', '=', projectId);
  if (tokenIds) query = query.where('token_id', 'in', tokenIds.length > 0 ? tokenIds : ['']);
  return query.execute();
}

/** Inserts the records that do not exist yet; returns the ids of those it inserted (another reader may have won). */
export async function insertMissingRecords(db: Executor, rows: NewAccessTokenRecord[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insertInto('access_token_records')
    .values(rows)
    .onConflict((conflict) => conflict.columns(['project_id', 'token_id']).doNothing())
    .returning('token_id')
    .execute();
  return new Set(inserted.map((row) => row.token_id));
}

/**
 * Replaces the recorded state only if it is still `expected`: of two readers that find the same
 * change made elsewhere, one records it.
 */
export async function replaceLastSeen(db: Executor, projectId: string, tokenId: string, expected: LastSeenState, next: LastSeenState): Promise<boolean> {
  const result = await db
    .updateTable('access_token_records')
    .set({ last_seen: JSON.stringify(next) })
    .where('project_id', '=', projectId)
    .where('token_id', '=', tokenId)
    .where('last_seen', '=', sql<LastSeenState>`${JSON.stringify(expected)}::jsonb`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records a token as gone, once. */
export async function markDeleted(db: Executor, projectId: string, tokenId: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('access_token_records')
    .set({ deleted_at: at })
    .where('project_id', '=', projectId)
    .where('token_id', '=', tokenId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** After a write of ours: the token's state as the CMA answered, and its metadata as written. */
export async function saveRecord(db: Executor, row: NewAccessTokenRecord, update: Partial<NewAccessTokenRecord>): Promise<void> {
  await db
    .insertInto('access_token_records')
    .values(row)
    .onConflict((conflict) => conflict.columns(['project_id', 'token_id']).doUpdateSet(update))
    .execute();
}
