import { CmaPermissionDeniedError, InvalidInputError } from '../cma/errors.ts';
import { policyVersion, PolicyViolationError, type ExpiryAction, type PolicyRule, type TokenPolicy } from '../policy/token-policy.ts';
import { PolicyConflictError, WebhookUrlRefusedError } from '../writes/policy-writes.ts';
import type { Loaders } from '../loaders/create-loaders.ts';
import { builder } from './builder.ts';
import { ErrorInterface, resultUnionDescription, UPSTREAM_ERRORS } from './errors.ts';

// A project's token policy: maximum lifetime, owners required, reviews due, what happens at expiry
// and who is warned. Kept by this API (DatoCMS has none) and enforced by enforceTokenPolicy.

const EXPIRY_ACTION_DESCRIPTIONS: Record<ExpiryAction, { description: string }> = {
  ROTATE: { description: 'An expired token gets a new secret (returned only to the caller of enforceTokenPolicy) and a renewed expiry.' },
  DELETE: { description: 'An expired token is deleted.' },
  NOTIFY_ONLY: { description: 'An expired token is left as it is; its expiry is announced once to the webhooks.' },
};
export const ExpiryActionEnum = builder.enumType('ExpiryAction', {
  description: 'What enforceTokenPolicy does to a token past its expiresAt.',
  values: EXPIRY_ACTION_DESCRIPTIONS,
});

const POLICY_RULE_DESCRIPTIONS: Record<PolicyRule, { description: string }> = {
  REQUIRE_OWNER: { description: 'Every new token needs an owner, and an owner cannot be cleared.' },
  MAX_LIFETIME: { description: 'Every token needs an expiry no further away than maxLifetimeDays.' },
};
const PolicyRuleEnum = builder.enumType('PolicyRule', { description: 'A rule of the token policy.', values: POLICY_RULE_DESCRIPTIONS });

export const TokenPolicyType = builder.objectRef<TokenPolicy>('TokenPolicy').implement({
  description: "What the project requires of its API tokens. Until it is set, the defaults: no limits, NOTIFY_ONLY, warnings at 30, 7 and 1 days, no webhooks.",
  fields: (t) => ({
    maxLifetimeDays: t.exposeInt('maxLifetimeDays', { nullable: true, description: 'New tokens and changed expiries may lie at most this many days ahead; null: no maximum.' }),
    defaultLifetimeDays: t.exposeInt('defaultLifetimeDays', { nullable: true, description: 'The lifetime of a token created without expiresAt (else the maximum); also a rotation\'s renewal.' }),
    requireOwner: t.exposeBoolean('requireOwner', { description: 'Whether a token must have an owner when it is created (and may not lose it).' }),
    reviewEveryDays: t.exposeInt('reviewEveryDays', { nullable: true, description: 'A token is due for review (AccessToken.reviewDue) this many days after its last one; never reviewed is due. Null: no reviews.' }),
    onExpiry: t.field({ type: ExpiryActionEnum, resolve: (policy) => policy.onExpiry }),
    warnDaysBefore: t.exposeIntList('warnDaysBefore', { description: 'Days before expiry when its owner is warned, once per threshold.' }),
    webhookUrls: t.exposeStringList('webhookUrls', { description: 'Where warnings and actions are POSTed, signed (X-Token-Admin-Signature).' }),
    version: t.string({ description: 'Pass as expectedVersion to updateTokenPolicy.', resolve: policyVersion }),
  }),
});

builder.objectType(PolicyViolationError, {
  name: 'PolicyViolationError',
  description: "The project's token policy forbids this write (`rule` says which, `field` what to change). Nothing was sent to the CMA.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    rule: t.field({ type: PolicyRuleEnum, resolve: (error) => error.rule }),
    field: t.exposeString('field', { description: 'The input field to change: owner or expiresAt.' }),
  }),
});
builder.objectType(PolicyConflictError, {
  name: 'PolicyConflictError',
  description: 'The policy changed since `expectedVersion` was read. Nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    expectedVersion: t.exposeString('expectedVersion', { description: 'The version the write was sent with.' }),
    currentPolicy: t.field({ type: TokenPolicyType, description: 'The policy as it is now.', resolve: (error) => error.current }),
  }),
});
builder.objectType(WebhookUrlRefusedError, {
  name: 'WebhookUrlRefusedError',
  description: "A webhook URL whose origin this server's operator does not allow (WEBHOOK_ALLOWED_ORIGINS). Nothing was written.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ url: t.exposeString('url', { description: 'The refused URL.' }) }),
});

const days = (t: PothosInputFieldBuilder, description: string) => t.int({ description, validate: { int: true, min: 1, max: 3_650 } });
type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const TokenPolicyInput = builder.inputType('TokenPolicyInput', {
  description: 'A partial policy: what is left out keeps its value; null clears a limit.',
  fields: (t) => ({
    maxLifetimeDays: days(t, '1 to 3650; null: no maximum.'),
    defaultLifetimeDays: days(t, '1 to 3650, at most maxLifetimeDays; null: none.'),
    requireOwner: t.boolean({ description: 'Require an owner on every new token.' }),
    reviewEveryDays: days(t, '1 to 3650; null: no reviews due.'),
    onExpiry: t.field({ type: ExpiryActionEnum, description: 'What enforcement does at expiry.' }),
    warnDaysBefore: t.intList({ description: 'Up to 10 thresholds, 1 to 365 days each.', validate: { maxLength: 10, items: { int: true, min: 1, max: 365 } } }),
    webhookUrls: t.stringList({ description: "Up to 10 URLs, each on an origin in the server's WEBHOOK_ALLOWED_ORIGINS.", validate: { maxLength: 10, items: { maxLength: 2_000 } } }),
  }),
});

/** Changing the policy needs a caller who may manage API tokens: such a caller is shown their secrets. */
export async function requireTokenManager(loaders: Loaders): Promise<void> {
  const tokens = await loaders.accessTokenList();
  if (!tokens.some((token) => token.token != null)) throw CmaPermissionDeniedError.insufficientPermissions();
}

builder.queryFields((t) => ({
  tokenPolicy: t.field({
    type: TokenPolicyType,
    nullable: true,
    description:
      "The project's token policy (the defaults until one is set), for callers who may manage API tokens: its webhook URLs are " +
      'not for everyone. Null with PERMISSION_DENIED for other callers, with STORE_UNAVAILABLE while the store cannot be reached.',
    resolve: async (_root, _args, { loaders }) => {
      await requireTokenManager(loaders);
      return loaders.policy();
    },
  }),
}));

builder.mutationFields((t) => ({
  updateTokenPolicy: t.field({
    type: TokenPolicyType,
    description: 'Changes what is given and keeps the rest. Needs a caller who may manage API tokens. Recorded like every write.',
    args: {
      input: t.arg({ type: TokenPolicyInput, required: true }),
      expectedVersion: t.arg.string({ description: 'Write only if the policy still has this version (TokenPolicy.version); otherwise PolicyConflictError.' }),
    },
    errors: {
      types: [InvalidInputError, PolicyConflictError, WebhookUrlRefusedError, ...UPSTREAM_ERRORS],
      result: { name: 'UpdateTokenPolicySuccess', description: 'The policy was saved.' },
      dataField: { name: 'tokenPolicy', description: 'The policy as saved.' },
      union: {
        name: 'UpdateTokenPolicyResult',
        description: resultUnionDescription('updateTokenPolicy', 'UpdateTokenPolicySuccess with the policy', [
          'ValidationError when a value is out of range (defaultLifetimeDays above maxLifetimeDays included)',
          'PolicyConflictError when expectedVersion no longer matches',
          "WebhookUrlRefusedError when a URL's origin is not allowed by the operator",
        ]),
      },
    },
    resolve: async (_root, { input, expectedVersion }, { loaders }) => {
      await requireTokenManager(loaders);
      const patch: Partial<TokenPolicy> = {};
      for (const [key, value] of Object.entries(input)) {
        if (value === undefined) continue;
        if (value === null && ['requireOwner', 'onExpiry', 'warnDaysBefore', 'webhookUrls'].includes(key)) continue;
        (patch as Record<string, unknown>)[key] = value;
      }
      return loaders.writes.policy.update(patch, { expectedVersion });
    },
  }),
}));
