import { auditAccessTokens, type Finding, type FindingKind, type Severity } from '../capabilities/audit.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import { remedyFor, type Remedy, type RemedyAction } from '../capabilities/remedies.ts';
import { policyFindings } from '../policy/findings.ts';
import { addDays, DEFAULT_POLICY, type TokenPolicy } from '../policy/token-policy.ts';
import { builder } from './builder.ts';
import { CapabilityChangesType } from './capabilities.ts';
import { AccessTokenRef } from './refs.ts';
import { roleLayerOf } from './role-layer.ts';

// Keyed by the domain's names, so a new severity, finding or remedy does not compile until it is described.
const SEVERITY_DESCRIPTIONS: Record<Severity, { description: string }> = {
  CRITICAL: { description: 'Whoever holds the secret can take the project over: mint tokens, or grant any account any permission.' },
  HIGH: { description: 'A write-capable token unused on the CMA since the start of last month, or a built-in full-access token in use.' },
  MEDIUM: { description: 'Unpublished content can leak.' },
  LOW: { description: 'Minor; no finding has this severity today.' },
};
const FINDING_KIND_DESCRIPTIONS: Record<FindingKind, { description: string }> = {
  CAN_MANAGE_ACCESS_TOKENS: { description: 'CRITICAL. Can call the CMA with a role that manages API tokens: it can mint, read and rotate every secret.' },
  CAN_MANAGE_USERS_AND_ROLES: { description: 'CRITICAL. Can call the CMA with a role that manages collaborators and roles: it can escalate any account.' },
  BUILT_IN_FULL_ACCESS_IN_USE: {
    description: 'HIGH. A built-in token that manages API tokens has been used on the CMA since the start of last month (projects created before May 2025 have one).',
  },
  UNUSED_WRITE_TOKEN: { description: 'HIGH. Can write through the CMA but has not used it since the start of last month.' },
  DRAFT_READER: { description: 'MEDIUM. Can read drafts through the CDA (canAccessCdaPreview): shipped in a frontend, it leaks unpublished content.' },
  EXPIRED: { description: 'HIGH. Past its expiresAt (enforceTokenPolicy acts on it by the policy\'s onExpiry).' },
  EXPIRES_SOON: { description: "MEDIUM. Expires within the policy's largest warnDaysBefore." },
  NO_EXPIRY: { description: 'MEDIUM. Has no expiry while the policy sets a maximum lifetime.' },
  NO_OWNER: { description: 'LOW. Has no owner while the policy requires one.' },
  REVIEW_OVERDUE: { description: 'LOW. Due for an access review by the policy\'s reviewEveryDays.' },
};
const REMEDY_ACTION_DESCRIPTIONS: Record<RemedyAction, { description: string }> = {
  TURN_OFF_CMA: { description: 'Set canAccessCma to false (or bind the token to a role without the permission, if it must keep writing).' },
  TURN_OFF_CDA_PREVIEW: { description: 'Set canAccessCdaPreview to false, unless the token only serves a preview environment.' },
  DELETE: { description: 'Delete the token.' },
  ROLLOVER: {
    description: 'Start a rollover to a successor (built-in tokens cannot be edited; expiring ones need a new secret), move its users to it, finish the rollover.',
  },
  SET_EXPIRY: { description: "Set expiresAt within the policy's maximum lifetime (updateAccessToken)." },
  SET_OWNER: { description: 'Set owner (updateAccessToken).' },
  REVIEW: { description: 'Record an access review (reviewAccessTokens) once the token is confirmed as still needed.' },
};

const AuditSeverityEnum = builder.enumType('AuditSeverity', {
  description: 'How urgent a finding is. accessTokenAudit lists the most severe first.',
  values: SEVERITY_DESCRIPTIONS,
});
const AuditFindingKindEnum = builder.enumType('AuditFindingKind', {
  description: 'What the audit found about a token, from its effective capabilities and its recorded use (each kind has one severity).',
  values: FINDING_KIND_DESCRIPTIONS,
});

const RemedyActionEnum = builder.enumType('AuditRemedyAction', {
  description: 'The kind of change that fixes a finding.',
  values: REMEDY_ACTION_DESCRIPTIONS,
});

/** The mutation that applies a remedy, as a dry run where one exists (starting a rollover changes nothing the token does). */
function remedyMutation(action: RemedyAction, id: string, policy: TokenPolicy): { mutation: string; dryRun: boolean } {
  const quoted = JSON.stringify(id);
  const update = (input: string) =>
    `mutation { updateAccessToken(id: ${quoted}, input: { ${input} }, dryRun: true) { __typename ... on UpdateAccessTokenSuccess { capabilityChanges { gained lost } } ... on Error { message } } }`;
  switch (action) {
    case 'TURN_OFF_CMA':
      return { mutation: update('canAccessCma: false'), dryRun: true };
    case 'TURN_OFF_CDA_PREVIEW':
      return { mutation: update('canAccessCdaPreview: false'), dryRun: true };
    case 'DELETE':
      return {
        mutation: `mutation { deleteAccessTokens(select: { ids: [${quoted}] }, dryRun: true) { __typename ... on BulkAccessTokenSuccess { outcomes { id status reason } } ... on Error { message } } }`,
        dryRun: true,
      };
    case 'ROLLOVER':
      return { mutation: `mutation { startAccessTokenRollover(id: ${quoted}) { __typename ... on StartAccessTokenRolloverSuccess { successor { id name token } } ... on Error { message } } }`, dryRun: false };
    case 'SET_EXPIRY': {
      // The latest expiry the policy allows, to the day: a starting point to shorten.
      const latest = addDays(new Date(), policy.maxLifetimeDays ?? policy.defaultLifetimeDays ?? 90).toISOString().slice(0, 10);
      return { mutation: update(`expiresAt: "${latest}T00:00:00Z"`), dryRun: true };
    }
    case 'SET_OWNER':
      return { mutation: update('owner: "name or team who answers for it"'), dryRun: true };
    case 'REVIEW':
      return {
        mutation: `mutation { reviewAccessTokens(ids: [${quoted}], note: "still needed as it is") { __typename ... on ReviewAccessTokensSuccess { reviewedAt } ... on Error { message } } }`,
        dryRun: false,
      };
  }
}

const RemedyType = builder.objectRef<Remedy & { tokenId: string; policy: TokenPolicy }>('AuditRemedy').implement({
  description: 'The change that fixes a finding, what it does to the token\'s capabilities, and the mutation that applies it.',
  fields: (t) => ({
    action: t.field({ type: RemedyActionEnum, resolve: (remedy) => remedy.action }),
    description: t.exposeString('description', { description: 'What to do, for a person.' }),
    capabilityChanges: t.field({
      type: CapabilityChangesType,
      description: 'What applying it costs the token (a deletion loses everything; a rollover alone changes nothing).',
      resolve: (remedy) => remedy.capabilityChanges,
    }),
    mutation: t.string({ description: 'Ready to run; a dry run unless mutationIsDryRun is false.', resolve: (remedy) => remedyMutation(remedy.action, remedy.tokenId, remedy.policy).mutation }),
    mutationIsDryRun: t.boolean({
      description: 'False only for ROLLOVER: starting a rollover creates a successor token, though the original keeps all it can do.',
      resolve: (remedy) => remedyMutation(remedy.action, remedy.tokenId, remedy.policy).dryRun }),
  }),
});

const AuditFindingType = builder.objectRef<Finding<CmaAccessToken>>('AuditFinding').implement({
  description: 'A token a security reviewer should look at, and why.',
  fields: (t) => ({
    severity: t.field({ type: AuditSeverityEnum, resolve: (finding) => finding.severity }),
    kind: t.field({ type: AuditFindingKindEnum, resolve: (finding) => finding.kind }),
    reason: t.exposeString('reason', { description: 'Why, in a sentence.' }),
    accessToken: t.field({ type: AccessTokenRef, description: 'The token found.', resolve: (finding) => finding.token }),
    remedy: t.field({
      type: RemedyType,
      description: 'How to fix it, with a mutation ready to run.',
      resolve: async (finding, _args, { loaders }) => ({
        ...remedyFor(finding.kind, finding.token, await roleLayerOf(finding.token, loaders)),
        tokenId: finding.token.id,
        policy: await loaders.policy().catch(() => DEFAULT_POLICY),
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  accessTokenAudit: t.field({
    type: [AuditFindingType],
    description:
      'Risky tokens, most severe first: CMA tokens that can manage tokens or users, unused write-capable tokens, ' +
      'draft readers, built-in full-access tokens in use (projects created before May 2025), and what breaks the project\'s ' +
      'token policy (expired or expiring, no expiry, no owner, review overdue). Costs two CMA calls; the policy findings ' +
      'need the store and are left out while it cannot be reached (check /readiness).',
    args: { severities: t.arg({ type: [AuditSeverityEnum], description: 'Only findings of these severities.' }) },
    resolve: async (_root, { severities }, { loaders }) => {
      // Both lists at once; with the roles in, every token's role layer is found without a promise.
      const [tokens] = await Promise.all([loaders.accessTokenList(), loaders.roleList()]);
      const layered = await Promise.all(tokens.map(async (token) => ({ token, role: await roleLayerOf(token, loaders) })));
      const now = new Date();
      const againstPolicy = await Promise.all([loaders.policy(), Promise.all(tokens.map((token) => loaders.recordOf(token)))]).then(
        ([policy, records]) =>
          tokens.flatMap((token, index) =>
            policyFindings(token, { owner: records[index]?.owner ?? null, expiresAt: records[index]?.expires_at ?? null, lastReviewedAt: records[index]?.last_reviewed_at ?? null }, policy, now),
          ),
        // A store that cannot be reached costs the policy's findings, not the capabilities'.
        () => [],
      );
      return auditAccessTokens(layered, severities ?? undefined, againstPolicy);
    },
  }),
}));
