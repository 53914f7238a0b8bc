import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether any field named in `names` is selected anywhere below the field being resolved,
 * fragments included. Lets a list resolver start an upstream read its children will need at the
 * same moment as its own, instead of one round trip after it.
 */
export function selectsAnyBelow(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return names.has(selection.name.value) || visit(selection.selectionSet);
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      if (visited.has(selection.name.value)) return false;
      visited.add(selection.name.value);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/** AccessToken fields whose resolvers read the role list. */
export const FIELDS_NEEDING_ROLES: ReadonlySet<string> = new Set(['role', 'effectiveCapabilities', 'inheritsPermissionsFrom', 'capabilityChanges', 'suggestions', 'remedy']);
/** Role fields whose resolvers read the token list. */
export const FIELDS_NEEDING_TOKENS: ReadonlySet<string> = new Set(['accessTokens']);
/** AccessToken fields whose resolvers read what the store keeps: read beside the CMA call when selected. */
export const FIELDS_NEEDING_RECORDS: ReadonlySet<string> = new Set([
  'version', 'owner', 'purpose', 'expiresAt', 'createdAt', 'createdBy', 'firstSeenAt', 'history', 'lastReviewedAt', 'lastReviewedBy', 'reviewDue',
]);
