import { createHash } from 'node:crypto';

// What a project requires of its tokens, and the checks a token write meets under it. Pure: no I/O,
// like src/capabilities/. The store keeps the policy; the write protocol calls these checks in its
// prepare step, so a refusal sends nothing to the CMA.

export const EXPIRY_ACTIONS = ['ROTATE', 'DELETE', 'NOTIFY_ONLY'] as const;
export type ExpiryAction = (typeof EXPIRY_ACTIONS)[number];

export type TokenPolicy = {
  maxLifetimeDays: number | null;
  defaultLifetimeDays: number | null;
  requireOwner: boolean;
  reviewEveryDays: number | null;
  onExpiry: ExpiryAction;
  warnDaysBefore: number[];
  webhookUrls: string[];
};

/** A project that never set a policy: no limits, warnings at 30, 7 and 1 days, nobody notified. */
export const DEFAULT_POLICY: TokenPolicy = {
  maxLifetimeDays: null,
  defaultLifetimeDays: null,
  requireOwner: false,
  reviewEveryDays: null,
  onExpiry: 'NOTIFY_ONLY',
  warnDaysBefore: [30, 7, 1],
  webhookUrls: [],
};

const DAY_MS = 86_400_000;
export const addDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/** An opaque version of the policy, as tokens have one: pass it back as expectedVersion. */
export function policyVersion(policy: TokenPolicy): string {
  const state = [policy.maxLifetimeDays, policy.defaultLifetimeDays, policy.requireOwner, policy.reviewEveryDays, policy.onExpiry, policy.warnDaysBefore, policy.webhookUrls];
  return createHash('sha256').update(JSON.stringify(state)).digest('base64url').slice(0, 22);
}

export const POLICY_RULES = ['REQUIRE_OWNER', 'MAX_LIFETIME'] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

/** A token write the project's policy forbids. Nothing was sent to the CMA. */
export class PolicyViolationError extends Error {
  override name = 'PolicyViolationError';
  constructor(
    readonly rule: PolicyRule,
    /** The input field to change: owner or expiresAt. */
    readonly field: 'owner' | 'expiresAt',
    message: string,
  ) {
    super(message);
  }
}

type Metadata = { owner: string | null; expiresAt: Date | null };

function requireWithinMaximum(policy: TokenPolicy, expiresAt: Date | null, now: Date): void {
  if (policy.maxLifetimeDays === null) return;
  const latest = addDays(now, policy.maxLifetimeDays);
  if (expiresAt === null) {
    throw new PolicyViolationError('MAX_LIFETIME', 'expiresAt', `The project's policy caps token lifetimes at ${policy.maxLifetimeDays} days: a token must have an expiry`);
  }
  if (expiresAt > latest) {
    throw new PolicyViolationError(
      'MAX_LIFETIME',
      'expiresAt',
      `The project's policy caps token lifetimes at ${policy.maxLifetimeDays} days: expiresAt must be no later than ${latest.toISOString()}`,
    );
  }
}

/**
 * The metadata a new token gets under the policy: refused without an owner when owners are
 * required, refused with an expiry beyond the maximum; without an expiry, it gets the default
 * lifetime (or the maximum).
 */
export function metadataForCreation<M extends Metadata>(policy: TokenPolicy, requested: M, now: Date): M {
  if (policy.requireOwner && requested.owner === null) {
    throw new PolicyViolationError('REQUIRE_OWNER', 'owner', "The project's policy requires every new token to have an owner");
  }
  const lifetime = policy.defaultLifetimeDays ?? policy.maxLifetimeDays;
  const expiresAt = requested.expiresAt ?? (lifetime === null ? null : addDays(now, lifetime));
  requireWithinMaximum(policy, expiresAt, now);
  return { ...requested, expiresAt };
}

/**
 * An update may not break the policy: clear a required owner, or set (or clear) an expiry beyond
 * the maximum. What it leaves alone is not checked: an ownerless token can still be renamed (the
 * audit flags it).
 */
export function checkUpdate(policy: TokenPolicy, before: Metadata, after: Metadata, now: Date): void {
  if (policy.requireOwner && before.owner !== null && after.owner === null) {
    throw new PolicyViolationError('REQUIRE_OWNER', 'owner', "The project's policy requires tokens to have an owner: it cannot be cleared");
  }
  if ((after.expiresAt?.getTime() ?? null) !== (before.expiresAt?.getTime() ?? null)) requireWithinMaximum(policy, after.expiresAt, now);
}

/**
 * The expiry a token rotated at expiry gets: the default lifetime, else the maximum, else the
 * lifetime it had (from its creation or first sighting to its expiry), at least a day.
 */
export function renewedExpiry(policy: TokenPolicy, token: { expiresAt: Date; since: Date }, now: Date): Date {
  const days = policy.defaultLifetimeDays ?? policy.maxLifetimeDays ?? Math.max(1, Math.round((token.expiresAt.getTime() - token.since.getTime()) / DAY_MS));
  return addDays(now, days);
}

/** Whether a review is due: the policy asks for them and the token was never reviewed, or not for too long. */
export function reviewDue(policy: TokenPolicy, lastReviewedAt: Date | null, now: Date): boolean {
  if (policy.reviewEveryDays === null) return false;
  return lastReviewedAt === null || addDays(lastReviewedAt, policy.reviewEveryDays) <= now;
}
