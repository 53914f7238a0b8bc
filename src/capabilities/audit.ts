import type { LastAccess } from '../cma/vocabulary.ts';
import { allowedNames, effectiveCapabilities, WRITE_CAPABILITIES, type ApiSurface, type RoleLayer } from './effective-capabilities.ts';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_KINDS = [
  'CAN_MANAGE_ACCESS_TOKENS',
  'CAN_MANAGE_USERS_AND_ROLES',
  'UNUSED_WRITE_TOKEN',
  'DRAFT_READER',
  'BUILT_IN_FULL_ACCESS_IN_USE',
  // Against the project's token policy (src/policy/findings.ts).
  'EXPIRED',
  'EXPIRES_SOON',
  'NO_EXPIRY',
  'NO_OWNER',
  'REVIEW_OVERDUE',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type AuditedToken = ApiSurface & {
  id: string;
  name: string;
  hardcoded_type: string | null;
  last_cma_access: LastAccess;
  last_cda_access: LastAccess;
};

export type Finding<T extends AuditedToken = AuditedToken> = {
  severity: Severity;
  kind: FindingKind;
  token: T;
  reason: string;
};

/** What a security reviewer would flag about one token. */
function findingsFor<T extends AuditedToken>(token: T, role: RoleLayer): Finding<T>[] {
  const allowed = new Set(allowedNames(effectiveCapabilities(token, role)));
  const findings: Finding<T>[] = [];
  const add = (severity: Severity, kind: FindingKind, reason: string) => findings.push({ severity, kind, token, reason });

  if (allowed.has('MANAGE_ACCESS_TOKENS')) {
    add('CRITICAL', 'CAN_MANAGE_ACCESS_TOKENS', 'Can call the CMA with a role that manages API tokens: whoever holds it can mint, read and rotate every secret');
  }
  if (allowed.has('MANAGE_USERS_AND_ROLES')) {
    add('CRITICAL', 'CAN_MANAGE_USERS_AND_ROLES', 'Can call the CMA with a role that manages collaborators and roles: it can escalate any account\'s permissions');
  }
  if (token.hardcoded_type !== null && allowed.has('MANAGE_ACCESS_TOKENS') && token.last_cma_access !== 'never') {
    add('HIGH', 'BUILT_IN_FULL_ACCESS_IN_USE', `The built-in full-access token was used on the CMA (${token.last_cma_access.replace('_', ' ')}): give each integration its own narrower token`);
  }
  const writes = WRITE_CAPABILITIES.filter((name) => allowed.has(name));
  if (writes.length > 0 && token.last_cma_access === 'never') {
    add('HIGH', 'UNUSED_WRITE_TOKEN', `Can write through the CMA (${writes.length} write capabilities) but has not used it since the start of last month: delete it if nothing needs it`);
  }
  if (allowed.has('READ_DRAFT_CONTENT') && token.can_access_cda_preview) {
    add('MEDIUM', 'DRAFT_READER', 'Can read unpublished drafts through the CDA: shipped in a frontend, it leaks drafts');
  }
  return findings;
}

/**
 * Every finding over every token, most severe first (then by token id), limited to `severities`;
 * `more`: findings made elsewhere (the policy's), sorted in with them.
 */
export function auditAccessTokens<T extends AuditedToken>(
  tokens: readonly { token: T; role: RoleLayer }[],
  severities: readonly Severity[] = SEVERITIES,
  more: readonly Finding<T>[] = [],
): Finding<T>[] {
  const rank = (severity: Severity) => SEVERITIES.indexOf(severity);
  return tokens
    .flatMap(({ token, role }) => findingsFor(token, role))
    .concat(more)
    .filter((finding) => severities.includes(finding.severity))
    .sort((a, b) => rank(a.severity) - rank(b.severity) || Number(a.token.id) - Number(b.token.id) || a.token.id.localeCompare(b.token.id));
}
