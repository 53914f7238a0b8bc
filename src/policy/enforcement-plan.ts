import { renewedExpiry, type TokenPolicy } from './token-policy.ts';

// What enforcement does to one token, decided from the policy, the token's expiry and the
// warnings already sent. Pure: the GraphQL layer carries the plan out through the write protocol.

export type EnforcedToken = {
  id: string;
  expiresAt: Date | null;
  /** When its lifetime began: created here, or first seen. */
  since: Date;
  /** The token the enforcing request is authenticated with: never acted on. */
  callersOwn: boolean;
};

export type EnforcementAction =
  | { kind: 'ROTATE'; renewedExpiresAt: Date }
  | { kind: 'DELETE' }
  /** NOTIFY_ONLY at expiry: one notice per expiry (recorded as days_before 0). */
  | { kind: 'NOTIFY_EXPIRED' }
  /** The nearest threshold crossed; every crossed one is recorded as sent, so each warns once. */
  | { kind: 'WARN'; daysBefore: number; crossed: number[] }
  | { kind: 'SKIP'; reason: string };

const DAY_MS = 86_400_000;

/** `sent`: the thresholds (days before; 0 for the expiry notice) already warned for this token's current expiry. */
export function planEnforcement(policy: TokenPolicy, token: EnforcedToken, sent: ReadonlySet<number>, now: Date): EnforcementAction {
  if (token.expiresAt === null) return { kind: 'SKIP', reason: 'It has no expiry' };
  const left = token.expiresAt.getTime() - now.getTime();
  if (left <= 0) {
    if (token.callersOwn) return { kind: 'SKIP', reason: 'It has expired, but this request is authenticated with it: enforcement never acts on its own token' };
    if (policy.onExpiry === 'ROTATE') return { kind: 'ROTATE', renewedExpiresAt: renewedExpiry(policy, { expiresAt: token.expiresAt, since: token.since }, now) };
    if (policy.onExpiry === 'DELETE') return { kind: 'DELETE' };
    return sent.has(0) ? { kind: 'SKIP', reason: 'It has expired; its owner was already notified' } : { kind: 'NOTIFY_EXPIRED' };
  }
  const crossed = policy.warnDaysBefore.filter((days) => left <= days * DAY_MS).sort((a, b) => a - b);
  const due = crossed.filter((days) => !sent.has(days));
  if (due.length === 0) {
    const inDays = Math.ceil(left / DAY_MS);
    return { kind: 'SKIP', reason: crossed.length > 0 ? `Expires in ${inDays} days; already warned` : `Expires in ${inDays} days: no warning due yet` };
  }
  return { kind: 'WARN', daysBefore: crossed[0]!, crossed };
}
