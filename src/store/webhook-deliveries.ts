import type { Kysely, Transaction } from 'kysely';
import type { Database, DeliveryStatus, WebhookDelivery } from './database.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type NewDelivery = { id: string; projectId: string; url: string; type: string; accessTokenId: string; payload: unknown };

/** Recorded before the first attempt, so a delivery that never got through is still listed. */
export async function recordDelivery(db: Executor, delivery: NewDelivery): Promise<void> {
  await db
    .insertInto('webhook_deliveries')
    .values({
      id: delivery.id,
      project_id: delivery.projectId,
      url: delivery.url,
      type: delivery.type,
      access_token_id: delivery.accessTokenId,
      payload: JSON.stringify(delivery.payload),
      status: 'PENDING',
    })
    .execute();
}

export async function recordAttempt(db: Executor, id: string, status: DeliveryStatus, attempts: number, error: string | null): Promise<void> {
  await db.updateTable('webhook_deliveries').set({ status, attempts, last_attempt_at: new Date(), last_error: error }).where('id', '=', id).execute();
}

/** A page of the project's deliveries, newest first. */
export async function deliveryPage(db: Executor, projectId: string, page: { first: number; before?: number | undefined }): Promise<{ deliveries: WebhookDelivery[]; hasMore: boolean }> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('project_id', '=', projectId);
  if (page.before !== undefined) query = query.where('seq', '<', page.before);
  const rows = await query.orderBy('seq', 'desc').limit(page.first + 1).execute();
  return { deliveries: rows.slice(0, page.first), hasMore: rows.length > page.first };
}
