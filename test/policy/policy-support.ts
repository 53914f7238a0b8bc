import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookSettings } from '../../src/notify/deliver.ts';
import type { Store } from '../../src/store/connect.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import type { TestCma } from '../support/local-cma.ts';
import { gql, ok } from '../store/store-support.ts';

// What the policy tests share: a real webhook receiver on loopback, a stack wired to it, and the
// policy's mutations over HTTP. The receiver checks signatures with its own HMAC code (not the
// API's signature.ts), so a mistake in signing cannot also pass its own check.

export const SIGNING_SECRET = 'whsec-test-0f1e2d3c4b5a69788796a5b4c3d2e1f0';
export const DAY_MS = 86_400_000;
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);

export type ReceivedWebhook = {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  payload: Record<string, any>;
  /** Checked as a receiver would: HMAC-SHA256 of "<t>.<body>" with the secret, t within 5 minutes. */
  signatureValid: boolean;
  /** The status this receiver answered. */
  answered: number;
};

export type WebhookReceiver = {
  origin: string;
  /** A URL on this receiver (each path may stand for another team's endpoint). */
  url: (path?: string) => string;
  /** Every POST received, failed ones included, in order. */
  received: ReceivedWebhook[];
  /** The POSTs answered 200. */
  delivered: () => ReceivedWebhook[];
  /** 500 for the first `failFirst` attempts of each delivery id; `failAlways`: every one. */
  failures: { failFirst: number; failAlways: boolean };
  stop: () => Promise<void>;
};

/** Verifies an X-Token-Admin-Signature as the README tells receivers to. */
export function verifiedBy(secret: string, body: string, header: string | undefined, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const [, t, v1] = match;
  if (Math.abs(nowSeconds - Number(t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1!, 'hex'));
}

export async function startWebhookReceiver(options: { secret?: string; failFirst?: number; failAlways?: boolean } = {}): Promise<WebhookReceiver> {
  const secret = options.secret ?? SIGNING_SECRET;
  const received: ReceivedWebhook[] = [];
  const failures = { failFirst: options.failFirst ?? 0, failAlways: options.failAlways ?? false };
  const attemptsOf = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const deliveryId = String(request.headers['x-token-admin-delivery'] ?? '');
      const attempt = (attemptsOf.get(deliveryId) ?? 0) + 1;
      attemptsOf.set(deliveryId, attempt);
      const answered = failures.failAlways || attempt <= failures.failFirst ? 500 : 200;
      let payload: Record<string, any> = {};
      try {
        payload = JSON.parse(body) as Record<string, any>;
      } catch {
        // Kept as {}: the test then fails on the payload's fields, with the body in `received`.
      }
      received.push({
        path: request.url ?? '',
        headers: request.headers,
        body,
        payload,
        signatureValid: request.method === 'POST' && verifiedBy(secret, body, request.headers['x-token-admin-signature'] as string | undefined),
        answered,
      });
      response.writeHead(answered, { 'content-type': 'text/plain' }).end(answered === 200 ? 'ok' : 'try again');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '/hooks/token-admin') => `${origin}${path}`,
    received,
    delivered: () => received.filter((request) => request.answered === 200),
    failures,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Short backoff so retries finish within a test; three attempts at most. */
export const TEST_WEBHOOKS = { signingSecret: SIGNING_SECRET, attempts: 3, backoffMs: 20, timeoutMs: 2_000 } satisfies Partial<WebhookSettings>;

/** A stack whose operator allows webhooks to these origins. */
export function startPolicyStack(
  allowedOrigins: string[],
  options: { store?: Store; sharedCma?: TestCma; webhooks?: Partial<WebhookSettings> } = {},
): Promise<TestStack> {
  return startTestStack({
    ...(options.store ? { store: options.store } : {}),
    ...(options.sharedCma ? { sharedCma: options.sharedCma } : {}),
    webhooks: { ...TEST_WEBHOOKS, allowedOrigins, ...options.webhooks },
  });
}

export const POLICY_FIELDS = 'maxLifetimeDays defaultLifetimeDays requireOwner reviewEveryDays onExpiry warnDaysBefore webhookUrls version';

export const UPDATE_POLICY = `mutation($input: TokenPolicyInput!, $expectedVersion: String) {
  updateTokenPolicy(input: $input, expectedVersion: $expectedVersion) {
    __typename
    ... on UpdateTokenPolicySuccess { tokenPolicy { ${POLICY_FIELDS} } }
    ... on PolicyConflictError { expectedVersion currentPolicy { ${POLICY_FIELDS} } }
    ... on WebhookUrlRefusedError { url }
    ... on ValidationError { field path }
    ... on PermissionDeniedError { upstreamCode }
    ... on Error { message }
  } }`;

export async function readPolicy(stack: TestStack, token?: string): Promise<Record<string, any>> {
  return ok(await gql(stack, `{ tokenPolicy { ${POLICY_FIELDS} } }`, {}, token ? { token } : {})).tokenPolicy;
}

/** Saves a policy over HTTP, failing the test when it is not saved. */
export async function setPolicy(stack: TestStack, input: Record<string, unknown>): Promise<Record<string, any>> {
  const result = ok(await gql(stack, UPDATE_POLICY, { input })).updateTokenPolicy;
  if (result.__typename !== 'UpdateTokenPolicySuccess') throw new Error(`expected the policy saved, got ${JSON.stringify(result)}`);
  return result.tokenPolicy;
}

export const ENFORCE = `mutation($dryRun: Boolean) {
  enforceTokenPolicy(dryRun: $dryRun) {
    __typename
    ... on EnforceTokenPolicySuccess {
      dryRun acted failed
      outcomes { accessToken { id name token } status reason expiresAt error { __typename message } }
    }
    ... on Error { message }
  } }`;

export type Outcome = { accessToken: { id: string; name: string; token: string | null }; status: string; reason: string | null; expiresAt: string | null; error: { __typename: string; message: string } | null };
export type EnforceResult = { __typename: string; dryRun: boolean; acted: number; failed: number; outcomes: Outcome[] };

export async function enforce(stack: TestStack, options: { dryRun?: boolean; token?: string; requestId?: string } = {}): Promise<EnforceResult> {
  const response = await gql(stack, ENFORCE, { dryRun: options.dryRun ?? false }, {
    ...(options.token ? { token: options.token } : {}),
    ...(options.requestId ? { requestId: options.requestId } : {}),
  });
  return ok(response).enforceTokenPolicy as EnforceResult;
}

/** One token's outcome of a run, failing the test when the run has none for it. */
export function outcomeOf(result: EnforceResult, tokenId: string): Outcome {
  const outcome = result.outcomes.find((candidate) => candidate.accessToken.id === tokenId);
  if (!outcome) throw new Error(`no outcome for token ${tokenId} in ${JSON.stringify(result).slice(0, 800)}`);
  return outcome;
}

/**
 * Sets a token's expiry in the store, as time passing would: the API refuses an expiry in the past.
 * The token must have been seen by the API already (a list read records every token).
 */
export async function setStoredExpiry(stack: TestStack, tokenId: string, expiresAt: Date | null): Promise<void> {
  const updated = await stack.store.db.updateTable('access_token_records').set({ expires_at: expiresAt }).where('token_id', '=', tokenId).executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new Error(`no record of token ${tokenId} to set its expiry`);
}

/** A new token made on the CMA directly, then seen by the API (a list read), with this expiry and owner in the store. */
export async function tokenExpiringAt(stack: TestStack, name: string, expiresAt: Date | null, owner: string | null = null): Promise<{ id: string; name: string; secret: string }> {
  const created = await stack.cma.createToken(name);
  ok(await gql(stack, '{ accessTokens { id } }'));
  await setStoredExpiry(stack, created.id, expiresAt);
  if (owner !== null) await stack.store.db.updateTable('access_token_records').set({ owner }).where('token_id', '=', created.id).execute();
  return { id: created.id, name, secret: created.token! };
}

export const DELIVERIES = `query($first: Int, $after: String) { webhookDeliveries(first: $first, after: $after) {
  nodes { id url type accessTokenId status attempts lastAttemptAt lastError } hasNextPage endCursor } }`;

export async function deliveries(stack: TestStack): Promise<Record<string, any>[]> {
  return ok(await gql(stack, DELIVERIES, { first: 100 })).webhookDeliveries.nodes;
}

/** A token's events from the project's feed, oldest first (the feed keeps deleted tokens' events). */
export async function eventsOf(stack: TestStack, tokenId: string): Promise<Record<string, any>[]> {
  const data = ok(
    await gql(
      stack,
      `query($ids: [ID!]) { accessTokenEvents(first: 100, filter: { accessTokenIds: $ids }) { nodes { kind outcome actor { accessTokenId name } changes { field from to } } } }`,
      { ids: [tokenId] },
    ),
  );
  return [...data.accessTokenEvents.nodes].reverse();
}
