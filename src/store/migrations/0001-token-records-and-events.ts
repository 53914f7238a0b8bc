import { sql, type Kysely } from 'kysely';

// The first schema: token records (what DatoCMS does not keep) and the event log (every write and
// every change found elsewhere). Migrations are never edited once released: a change is a new file.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_token_records')
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('token_id', 'text', (column) => column.notNull())
    .addColumn('last_seen', 'jsonb', (column) => column.notNull())
    .addColumn('owner', 'text')
    .addColumn('purpose', 'text')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz')
    .addColumn('created_by_token_id', 'text')
    .addColumn('created_by_name', 'text')
    .addColumn('first_seen_at', 'timestamptz', (column) => column.notNull())
    .addColumn('deleted_at', 'timestamptz')
    .addPrimaryKeyConstraint('access_token_records_pkey', ['project_id', 'token_id'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('seq', 'integer', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('resource_type', 'text', (column) => column.notNull())
    .addColumn('resource_id', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('actor_token_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('changes', 'jsonb', (column) => column.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('request_id', 'text')
    .addColumn('intended', 'jsonb')
    .addColumn('settled_at', 'timestamptz')
    .execute();

  // A resource's history, newest first; the project's feed; the writes still waiting for an outcome.
  await db.schema.createIndex('events_resource_idx').on('events').columns(['project_id', 'resource_type', 'resource_id', 'seq']).execute();
  await db.schema.createIndex('events_project_idx').on('events').columns(['project_id', 'seq']).execute();
  await db.schema
    .createIndex('events_pending_idx')
    .on('events')
    .columns(['project_id', 'resource_type', 'resource_id'])
    .where(sql.ref('outcome'), '=', 'PENDING')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('events').execute();
  await db.schema.dropTable('access_token_records').execute();
}
