import type { FindingKind } from './audit.ts';
import { capabilityChanges, effectiveCapabilities, type ApiSurface, type RoleLayer } from './effective-capabilities.ts';

// Each audit finding comes with the change that fixes it and what that change costs the token:
// its capability diff, computed as the real change would compute it.

export const REMEDY_ACTIONS = ['TURN_OFF_CMA', 'TURN_OFF_CDA_PREVIEW', 'DELETE', 'ROLLOVER', 'SET_EXPIRY', 'SET_OWNER', 'REVIEW'] as const;
export type RemedyAction = (typeof REMEDY_ACTIONS)[number];

export type Remedy = {
  action: RemedyAction;
  description: string;
  capabilityChanges: ReturnType<typeof capabilityChanges>;
};

const NOTHING: ApiSurface = { can_access_cda: false, can_access_cda_preview: false, can_access_cma: false };

/** The remedy of a finding on `token` (built-in tokens cannot be edited: they are rolled over instead). */
export function remedyFor(kind: FindingKind, token: ApiSurface & { hardcoded_type: string | null }, role: RoleLayer): Remedy {
  const before = effectiveCapabilities(token, role);
  const changed = (surface: ApiSurface, nextRole: RoleLayer = role) => capabilityChanges(before, effectiveCapabilities(surface, nextRole));
  const builtIn = token.hardcoded_type !== null;
  // The policy's findings change what this API keeps, or the secret: never what the token can do.
  switch (kind) {
    case 'EXPIRED':
    case 'EXPIRES_SOON':
      return {
        action: 'ROLLOVER',
        description: 'Roll it over: a successor with the same role and flags (and an expiry by the policy), deployed where it is used, then the original deleted',
        capabilityChanges: changed(token),
      };
    case 'NO_EXPIRY':
      return { action: 'SET_EXPIRY', description: "Give it an expiry within the policy's maximum lifetime", capabilityChanges: changed(token) };
    case 'NO_OWNER':
      return { action: 'SET_OWNER', description: 'Record who answers for it', capabilityChanges: changed(token) };
    case 'REVIEW_OVERDUE':
      return { action: 'REVIEW', description: 'Check it is still needed as it is, then record the review (or narrow or delete it)', capabilityChanges: changed(token) };
    default:
      break;
  }
  if (kind === 'BUILT_IN_FULL_ACCESS_IN_USE' || (builtIn && kind !== 'UNUSED_WRITE_TOKEN')) {
    return {
      action: 'ROLLOVER',
      description: 'Roll it over to an ordinary token (same role and flags, so nothing changes yet), move its users to the successor, then narrow the successor: built-in tokens cannot be edited',
      capabilityChanges: changed(token),
    };
  }
  switch (kind) {
    case 'CAN_MANAGE_ACCESS_TOKENS':
    case 'CAN_MANAGE_USERS_AND_ROLES':
      return {
        action: 'TURN_OFF_CMA',
        description: 'Turn the CMA off for this token, or bind it to a role without the permission if it must keep writing',
        capabilityChanges: changed({ ...token, can_access_cma: false }),
      };
    case 'UNUSED_WRITE_TOKEN':
      return { action: 'DELETE', description: 'Delete it: nothing has used it since the start of last month', capabilityChanges: changed(NOTHING, { kind: 'no_role' }) };
    case 'DRAFT_READER':
      return {
        action: 'TURN_OFF_CDA_PREVIEW',
        description: 'Turn draft reading off, unless this token only serves a preview environment',
        capabilityChanges: changed({ ...token, can_access_cda_preview: false }),
      };
  }
  throw new Error(`no remedy for ${kind}`);
}
