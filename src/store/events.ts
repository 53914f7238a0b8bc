import type { Kysely, Transaction } from 'kysely';
import type { Database, EventOutcome, EventTable, FieldChange, StoredEvent } from './database.ts';

type Executor = Kysely<Database> | Transaction<Database>;
type ResourceType = EventTable['resource_type'];

export type Actor = { accessTokenId: string | null; name: string | null };

export type NewEvent = {
  projectId: string;
  resourceType: ResourceType;
  resourceId: string;
  kind: string;
  actor: Actor | null;
  changes: FieldChange[];
  outcome: EventOutcome;
  requestId?: string | null | undefined;
  /** For a PENDING write: the state that shows it happened. */
  intended?: unknown;
};

const toRow = (event: NewEvent) => ({
  project_id: event.projectId,
  resource_type: event.resourceType,
  resource_id: event.resourceId,
  kind: event.kind,
  actor_token_id: event.actor?.accessTokenId ?? null,
  actor_name: event.actor?.name ?? null,
  changes: JSON.stringify(event.changes),
  outcome: event.outcome,
  request_id: event.requestId ?? null,
  intended: event.intended === undefined ? null : JSON.stringify(event.intended),
});

/** Records an event; a write's intent is one with outcome PENDING. Returns its sequence number. */
export async function recordEvent(db: Executor, event: NewEvent): Promise<number> {
  const row = await db.insertInto('events').values(toRow(event)).returning('seq').executeTakeFirstOrThrow();
  return row.seq;
}

/** Records several events in one statement (what one read found changed elsewhere). */
export async function recordEvents(db: Executor, events: NewEvent[]): Promise<void> {
  if (events.length > 0) await db.insertInto('events').values(events.map(toRow)).execute();
}

/**
 * Gives a pending write its outcome, once: an intent another reader already settled is left as
 * it is. `resourceId` names what a create made; `changes` replaces the planned ones when the CMA
 * did something else than planned (a rotation's new expiry, a create's id).
 */
export async function settleEvent(
  db: Executor,
  seq: number,
  outcome: Exclude<EventOutcome, 'PENDING'>,
  update: { resourceId?: string; changes?: FieldChange[] } = {},
): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set({
      outcome,
      settled_at: new Date(),
      ...(update.resourceId === undefined ? {} : { resource_id: update.resourceId }),
      ...(update.changes === undefined ? {} : { changes: JSON.stringify(update.changes) }),
    })
    .where('seq', '=', seq)
    .where('outcome', '=', 'PENDING')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A project's writes whose outcome was never recorded (still in flight, or their server died). */
export function pendingEvents(db: Executor, projectId: string, resourceType: ResourceType): Promise<StoredEvent[]> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('resource_type', '=', resourceType)
    .where('outcome', '=', 'PENDING')
    .orderBy('seq')
    .execute();
}

export type EventFilter = {
  resourceType: ResourceType;
  resourceIds?: readonly string[] | undefined;
  kinds?: readonly string[] | undefined;
  since?: Date | undefined;
};

/** A page of a project's events, newest first, after the sequence number `before` when given. */
export async function eventPage(
  db: Executor,
  projectId: string,
  filter: EventFilter,
  page: { first: number; before?: number | undefined },
): Promise<{ events: StoredEvent[]; hasMore: boolean }> {
  let query = db.selectFrom('events').selectAll().where('project_id', '=', projectId).where('resource_type', '=', filter.resourceType);
  if (filter.resourceIds) query = query.where('resource_id', 'in', filter.resourceIds.length > 0 ? filter.resourceIds : ['']);
  if (filter.kinds && filter.kinds.length > 0) query = query.where('kind', 'in', filter.kinds);
  if (filter.since) query = query.where('at', '>=', filter.since);
  if (page.before !== undefined) query = query.where('seq', '<', page.before);
  const rows = await query.orderBy('seq', 'desc').limit(page.first + 1).execute();
  return { events: rows.slice(0, page.first), hasMore: rows.length > page.first };
}
