import { sql, type Kysely } from 'kysely';

// Tokens that expire: a policy per project, the warnings already sent (each once per token,
// threshold and expiry), webhook deliveries, and who last reviewed each token.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('token_policies')
    .addColumn('project_id', 'text', (column) => column.primaryKey())
    .addColumn('max_lifetime_days', 'integer')
    .addColumn('default_lifetime_days', 'integer')
    .addColumn('require_owner', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('review_every_days', 'integer')
    .addColumn('on_expiry', 'text', (column) => column.notNull().defaultTo('NOTIFY_ONLY'))
    .addColumn('warn_days_before', 'jsonb', (column) => column.notNull())
    .addColumn('webhook_urls', 'jsonb', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('expiry_warnings')
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('token_id', 'text', (column) => column.notNull())
    // 0: the notice at expiry itself (NOTIFY_ONLY); otherwise a number of days before.
    .addColumn('days_before', 'integer', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('sent_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('expiry_warnings_pkey', ['project_id', 'token_id', 'days_before', 'expires_at'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('seq', 'integer', (column) => column.generatedAlwaysAsIdentity().unique())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('url', 'text', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('access_token_id', 'text', (column) => column.notNull())
    .addColumn('payload', 'jsonb', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('last_attempt_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('webhook_deliveries_project_idx').on('webhook_deliveries').columns(['project_id', 'seq']).execute();

  await db.schema
    .alterTable('access_token_records')
    .addColumn('last_reviewed_at', 'timestamptz')
    .addColumn('last_reviewed_by_token_id', 'text')
    .addColumn('last_reviewed_by_name', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('access_token_records').dropColumn('last_reviewed_at').dropColumn('last_reviewed_by_token_id').dropColumn('last_reviewed_by_name').execute();
  await db.schema.dropTable('webhook_deliveries').execute();
  await db.schema.dropTable('expiry_warnings').execute();
  await db.schema.dropTable('token_policies').execute();
}
