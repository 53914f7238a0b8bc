import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { recordAttempt, recordDelivery } from '../store/webhook-deliveries.ts';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from './signature.ts';
import { refusedWebhookUrl } from './webhook-targets.ts';

export const WEBHOOK_EVENT_TYPES = ['access_token.expires_soon', 'access_token.expired', 'access_token.rotated_on_expiry', 'access_token.deleted_on_expiry'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export type WebhookSettings = {
  /** WEBHOOK_SIGNING_SECRET: every delivery is signed with it. */
  signingSecret: string | null;
  allowedOrigins: string[];
  attempts: number;
  /** The first retry waits this long, each next one twice as long. */
  backoffMs: number;
  timeoutMs: number;
};

/** What a receiver gets: never a secret, only who the token is and when it expires. */
export type WebhookEvent = {
  type: WebhookEventType;
  occurredAt: Date;
  projectId: string;
  accessToken: { id: string; name: string; owner: string | null; expiresAt: Date | null };
};

async function attempt(url: string, body: string, deliveryId: string, settings: WebhookSettings): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      // A redirect could lead anywhere: it is a failure, not followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'datocms-token-admin',
        [DELIVERY_HEADER]: deliveryId,
        [SIGNATURE_HEADER]: signatureHeader(settings.signingSecret!, body, Math.floor(Date.now() / 1000)),
      },
      body,
    });
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300 ? null : `HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? 'no answer in time' : 'connection failed';
  }
}

/**
 * POSTs one event to every URL, each a delivery of its own: recorded PENDING before the first
 * attempt, retried with backoff, recorded DELIVERED or FAILED. URLs the operator no longer allows
 * are skipped (the policy was saved under another WEBHOOK_ALLOWED_ORIGINS).
 */
export async function deliverEvent(db: Kysely<Database>, settings: WebhookSettings, urls: readonly string[], event: WebhookEvent): Promise<void> {
  if (!settings.signingSecret) return;
  await Promise.all(
    urls
      .filter((url) => refusedWebhookUrl(url, settings.allowedOrigins) === null)
      .map(async (url) => {
        const id = randomUUID();
        const payload = {
          id,
          type: event.type,
          occurredAt: event.occurredAt.toISOString(),
          project: { id: event.projectId },
          accessToken: { ...event.accessToken, expiresAt: event.accessToken.expiresAt?.toISOString() ?? null },
        };
        await recordDelivery(db, { id, projectId: event.projectId, url, type: event.type, accessTokenId: event.accessToken.id, payload });
        const body = JSON.stringify(payload);
        for (let tries = 1; ; tries++) {
          const failure = await attempt(url, body, id, settings);
          const last = failure === null || tries >= settings.attempts;
          await recordAttempt(db, id, failure === null ? 'DELIVERED' : last ? 'FAILED' : 'PENDING', tries, failure);
          if (last) return;
          await delay(settings.backoffMs * 2 ** (tries - 1));
        }
      }),
  );
}
