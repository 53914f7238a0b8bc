import type { Kysely } from 'kysely';

// The CMA's rate limit is per bearer, not per replica: the slots of each bearer's budget live here so
// that every replica draws on the same one (see store/rate-budget.ts). A bearer is known only by its
// hash (CallerDirectory.keyOf), never by itself.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cma_rate_budget_slots')
    .addColumn('id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('caller_key', 'text', (column) => column.notNull())
    .addColumn('counts_until', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('cma_rate_budget_slots_caller_idx').on('cma_rate_budget_slots').columns(['caller_key', 'counts_until']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cma_rate_budget_slots').execute();
}
