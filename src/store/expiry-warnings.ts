import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The thresholds already warned, per token, for each token's expiry as it is now (a renewed expiry starts afresh). */
export async function sentWarnings(db: Executor, projectId: string, expiries: { tokenId: string; expiresAt: Date }[]): Promise<Map<string, Set<number>>> {
  const sent = new Map<string, Set<number>>();
  if (expiries.length === 0) return sent;
  const rows = await db
    .selectFrom('expiry_warnings')
    .select(['token_id', 'days_before', 'expires_at'])
    .where('project_id', '=', projectId)
    .where('token_id', 'in', expiries.map((expiry) => expiry.tokenId))
    .execute();
  const current = new Map(expiries.map((expiry) => [expiry.tokenId, expiry.expiresAt.getTime()]));
  for (const row of rows) {
    if (current.get(row.token_id) !== row.expires_at.getTime()) continue;
    if (!sent.has(row.token_id)) sent.set(row.token_id, new Set());
    sent.get(row.token_id)!.add(row.days_before);
  }
  return sent;
}

/** Records thresholds as warned; returns false when another run recorded them first (nothing to send then). */
export async function recordWarnings(db: Executor, projectId: string, tokenId: string, expiresAt: Date, daysBefore: number[]): Promise<boolean> {
  const inserted = await db
    .insertInto('expiry_warnings')
    .values(daysBefore.map((days) => ({ project_id: projectId, token_id: tokenId, days_before: days, expires_at: expiresAt })))
    .onConflict((conflict) => conflict.columns(['project_id', 'token_id', 'days_before', 'expires_at']).doNothing())
    .returning('days_before')
    .execute();
  return inserted.length > 0;
}

/**
 * When each token's current lifetime began by a rotation at expiry (its last EXPIRED_ROTATED done):
 * a renewal by "the lifetime it had" counts from there, not from the token's first sighting, or
 * each renewal would add the whole time since then.
 */
export async function lastRenewals(db: Executor, projectId: string, tokenIds: string[]): Promise<Map<string, Date>> {
  if (tokenIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('events')
    .select((eb) => ['resource_id', eb.fn.max('at').as('at')])
    .where('project_id', '=', projectId)
    .where('resource_type', '=', 'access_token')
    .where('kind', '=', 'EXPIRED_ROTATED')
    .where('outcome', '=', 'DONE')
    .where('resource_id', 'in', tokenIds)
    .groupBy('resource_id')
    .execute();
  return new Map(rows.map((row) => [row.resource_id, new Date(row.at)]));
}
