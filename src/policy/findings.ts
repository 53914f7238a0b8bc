import type { Finding, Severity } from '../capabilities/audit.ts';
import type { AuditedToken } from '../capabilities/audit.ts';
import { addDays, reviewDue, type TokenPolicy } from './token-policy.ts';

// What the audit finds against the project's policy, beside what it finds in capabilities.

export type KeptState = { owner: string | null; expiresAt: Date | null; lastReviewedAt: Date | null };

const days = (ms: number) => Math.max(0, Math.ceil(ms / 86_400_000));

export function policyFindings<T extends AuditedToken>(token: T, kept: KeptState, policy: TokenPolicy, now: Date): Finding<T>[] {
  const findings: Finding<T>[] = [];
  const add = (severity: Severity, kind: Finding['kind'], reason: string) => findings.push({ severity, kind, token, reason });
  const warnWithin = Math.max(0, ...policy.warnDaysBefore);
  if (kept.expiresAt !== null && kept.expiresAt <= now) {
    add('HIGH', 'EXPIRED', `Expired on ${kept.expiresAt.toISOString()}: whatever still uses it should move to a successor`);
  } else if (kept.expiresAt !== null && kept.expiresAt <= addDays(now, warnWithin)) {
    add('MEDIUM', 'EXPIRES_SOON', `Expires in ${days(kept.expiresAt.getTime() - now.getTime())} days (${kept.expiresAt.toISOString()})`);
  }
  if (kept.expiresAt === null && policy.maxLifetimeDays !== null) {
    add('MEDIUM', 'NO_EXPIRY', `Has no expiry, while the project's policy caps lifetimes at ${policy.maxLifetimeDays} days`);
  }
  if (kept.owner === null && policy.requireOwner) add('LOW', 'NO_OWNER', "Has no owner, while the project's policy requires one: nobody answers for it");
  if (reviewDue(policy, kept.lastReviewedAt, now)) {
    add('LOW', 'REVIEW_OVERDUE', kept.lastReviewedAt === null ? 'Was never reviewed' : `Was last reviewed on ${kept.lastReviewedAt.toISOString()}, more than ${policy.reviewEveryDays} days ago`);
  }
  return findings;
}
