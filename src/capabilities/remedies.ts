import type { FindingKind } from './audit.ts';
import { capabilityChanges, effectiveCapabilities, type ApiSurface, type RoleLayer } from './effective-capabilities.ts';

// Each audit finding comes with the change that fixes it and what that change costs the token:
// its capability diff, computed as the real change would compute it.

export const REMEDY_ACTIONS = ['TURN_OFF_CMA', 'TURN_OFF_CDA_PREVIEW', 'DELETE', 'ROLLOVER'] as const;
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
