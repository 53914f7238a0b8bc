import type { WebhookDelivery } from '../store/database.ts';
import { deliveryPage } from '../store/webhook-deliveries.ts';
import { storeUnavailable } from '../loaders/token-records-loader.ts';
import { WEBHOOK_EVENT_TYPES } from '../notify/deliver.ts';
import { enforcePolicy, type EnforcementOutcome, type EnforcementStatus } from '../writes/enforce-policy.ts';
import { z } from 'zod';
import { builder } from './builder.ts';
import { sequenceCursor } from './sequence-cursor.ts';
import { ErrorInterface, resultUnionDescription, UPSTREAM_ERRORS } from './errors.ts';
import { errorAsValue, isTypedFailure, writeWithinRateLimit } from './per-token-outcomes.ts';
import { requireTokenManager } from './policy.ts';
import { AccessTokenRef } from './refs.ts';
import { DateTimeScalar } from './scalars.ts';

// Enforcement of the project's token policy, run from outside on a schedule (npm run enforce-policy),
// and the webhook deliveries it made.

const STATUS_DESCRIPTIONS: Record<EnforcementStatus, { description: string }> = {
  WARNED: { description: 'Its owner was warned (by webhook, and in its history): it expires soon, or has expired under NOTIFY_ONLY.' },
  ROTATED: { description: 'Expired and rotated: accessToken carries the new secret (shown here only) and expiresAt the renewed expiry.' },
  DELETED: { description: 'Expired and deleted.' },
  SKIPPED: { description: 'Nothing done: see reason (no expiry, nothing due yet, already warned, or the caller\'s own token).' },
  FAILED: { description: 'The action was refused or not confirmed: see error.' },
  WOULD_WARN: { description: 'Dry run: would be warned.' },
  WOULD_ROTATE: { description: 'Dry run: would be rotated, with expiresAt as its renewed expiry.' },
  WOULD_DELETE: { description: 'Dry run: would be deleted.' },
};
const EnforcementStatusEnum = builder.enumType('EnforcementStatus', {
  description: 'What enforceTokenPolicy did, or in a dry run would do, to one token.',
  values: STATUS_DESCRIPTIONS,
});

const EnforcementOutcomeType = builder.objectRef<EnforcementOutcome>('EnforcementOutcome').implement({
  description: 'One token of an enforcement run.',
  fields: (t) => ({
    accessToken: t.field({ type: AccessTokenRef, description: 'The token; after a rotation, with its new secret.', resolve: (outcome) => outcome.accessToken }),
    status: t.field({ type: EnforcementStatusEnum, resolve: (outcome) => outcome.status }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why, for SKIPPED and WARNED.' }),
    error: t.field({ type: ErrorInterface, nullable: true, description: 'With FAILED: the typed error.', resolve: (outcome) => errorAsValue(outcome.error) }),
    expiresAt: t.field({ type: DateTimeScalar, nullable: true, description: 'Its expiry; after a rotation (or WOULD_ROTATE), the renewed one.', resolve: (outcome) => outcome.expiresAt }),
  }),
});

const EnforceSuccess = builder.objectRef<{ dryRun: boolean; outcomes: EnforcementOutcome[] }>('EnforceTokenPolicySuccess').implement({
  description: 'The run went through every token. A success even when some actions failed: read `failed` and the outcomes.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True: nothing was done or sent; the outcomes say WOULD_….' }),
    outcomes: t.field({ type: [EnforcementOutcomeType], description: 'One per token of the project.', resolve: (result) => result.outcomes }),
    acted: t.int({
      description: 'Tokens warned, rotated or deleted (0 in a dry run).',
      resolve: (result) => result.outcomes.filter((outcome) => ['WARNED', 'ROTATED', 'DELETED'].includes(outcome.status)).length,
    }),
    failed: t.int({ description: 'Tokens whose action failed.', resolve: (result) => result.outcomes.filter((outcome) => outcome.status === 'FAILED').length }),
  }),
});

builder.mutationFields((t) => ({
  enforceTokenPolicy: t.field({
    type: EnforceSuccess,
    description:
      "Applies the project's token policy: expired tokens get its onExpiry, tokens near expiry are warned once per threshold, by webhook and in " +
      'their history. Run it on a schedule with a token that may manage API tokens; runs for one project never overlap (a second waits, then ' +
      'finds nothing left to do). Never touches the caller\'s own token.',
    args: { dryRun: t.arg.boolean({ defaultValue: false, description: 'List what would happen; do and send nothing.' }) },
    errors: {
      types: UPSTREAM_ERRORS,
      directResult: true,
      union: {
        name: 'EnforceTokenPolicyResult',
        description: resultUnionDescription('enforceTokenPolicy', 'EnforceTokenPolicySuccess with one outcome per token', []),
      },
    },
    resolve: async (_root, { dryRun }, { loaders }) => {
      await requireTokenManager(loaders);
      const outcomes = await enforcePolicy(
        {
          writes: loaders.writes.accessTokens,
          scope: loaders.writeScope,
          listTokens: async () => {
            loaders.accessTokensChanged();
            return loaders.accessTokenList();
          },
          isCallersOwn: (token) => loaders.gateway.isCallersOwn(token),
          withinRateLimit: (write) => writeWithinRateLimit(loaders.gateway, write),
          webhooks: loaders.webhooks,
          isTypedFailure,
        },
        dryRun ?? false,
      );
      if (!dryRun) loaders.accessTokensChanged();
      return { dryRun: dryRun ?? false, outcomes };
    },
  }),
}));

const DeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a webhook delivery stands.',
  values: {
    PENDING: { description: 'Not delivered yet; attempts go on within the enforcement run.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Every attempt failed (no answer, or not 2xx): see lastError.' },
  } as const,
});
const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description: 'What a delivery announced.',
  values: Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type.replace('access_token.', '').toUpperCase(),
      { value: type, description: `The "${type}" event.` },
    ]),
  ) as Record<string, { value: string; description: string }>,
});

const DeliveryType = builder.objectRef<WebhookDelivery>('WebhookDelivery').implement({
  description: 'One POST of one event to one webhook URL.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its X-Token-Admin-Delivery header, also the payload\'s id.' }),
    url: t.exposeString('url'),
    type: t.field({ type: WebhookEventTypeEnum, resolve: (delivery) => delivery.type }),
    accessTokenId: t.exposeID('access_token_id', { description: 'The token the event is about.' }),
    status: t.field({ type: DeliveryStatusEnum, resolve: (delivery) => delivery.status }),
    attempts: t.exposeInt('attempts', { description: 'POSTs made so far.' }),
    lastAttemptAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (delivery) => delivery.last_attempt_at }),
    lastError: t.exposeString('last_error', { nullable: true, description: 'Why the last attempt failed: an HTTP status, or no answer.' }),
  }),
});

type DeliveryPage = { deliveries: WebhookDelivery[]; hasMore: boolean };
const cursor = sequenceCursor('delivery');
const cursorOf = (delivery: WebhookDelivery) => cursor.encode(delivery.seq);
const seqOf = cursor.decode;
const DeliveryConnection = builder.objectRef<DeliveryPage>('WebhookDeliveryConnection').implement({
  description: 'A page of webhook deliveries, newest first.',
  fields: (t) => ({
    nodes: t.field({ type: [DeliveryType], resolve: (page) => page.deliveries }),
    hasNextPage: t.boolean({ description: 'Older deliveries remain.', resolve: (page) => page.hasMore }),
    endCursor: t.string({ nullable: true, description: 'Pass as `after` for the next page.', resolve: (page) => (page.deliveries.length > 0 ? cursorOf(page.deliveries.at(-1)!) : null) }),
  }),
});

builder.queryFields((t) => ({
  webhookDeliveries: t.field({
    type: DeliveryConnection,
    description: "The project's webhook deliveries, newest first, with their status and attempts. Needs a caller who may manage API tokens.",
    args: {
      first: t.arg.int({ defaultValue: 20, validate: { schema: z.number().int().min(1).max(100) }, description: 'At most 100.' }),
      after: t.arg.string({ description: 'A cursor from a previous page.' }),
    },
    resolve: async (_root, { first, after }, { loaders }) => {
      await requireTokenManager(loaders);
      const scope = await loaders.writeScope().catch(() => {
        throw storeUnavailable();
      });
      try {
        return await deliveryPage(scope.store.db, scope.projectId, { first: first ?? 20, before: seqOf(after) });
      } catch {
        throw storeUnavailable();
      }
    },
  }),
}));
