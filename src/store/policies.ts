import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_POLICY, type TokenPolicy } from '../policy/token-policy.ts';
import type { Database } from './database.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The project's policy; the defaults when it never set one. */
export async function loadPolicy(db: Executor, projectId: string): Promise<TokenPolicy> {
  const row = await db.selectFrom('token_policies').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  if (!row) return DEFAULT_POLICY;
  return {
    maxLifetimeDays: row.max_lifetime_days,
    defaultLifetimeDays: row.default_lifetime_days,
    requireOwner: row.require_owner,
    reviewEveryDays: row.review_every_days,
    onExpiry: row.on_expiry,
    warnDaysBefore: row.warn_days_before,
    webhookUrls: row.webhook_urls,
  };
}

export async function savePolicy(db: Executor, projectId: string, policy: TokenPolicy): Promise<void> {
  const values = {
    max_lifetime_days: policy.maxLifetimeDays,
    default_lifetime_days: policy.defaultLifetimeDays,
    require_owner: policy.requireOwner,
    review_every_days: policy.reviewEveryDays,
    on_expiry: policy.onExpiry,
    warn_days_before: JSON.stringify(policy.warnDaysBefore),
    webhook_urls: JSON.stringify(policy.webhookUrls),
    updated_at: new Date(),
  };
  await db
    .insertInto('token_policies')
    .values({ project_id: projectId, ...values })
    .onConflict((conflict) => conflict.column('project_id').doUpdateSet(values))
    .execute();
}
