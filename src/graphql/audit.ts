import { auditAccessTokens, FINDING_KINDS, SEVERITIES, type Finding } from '../capabilities/audit.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import { REMEDY_ACTIONS, remedyFor, type Remedy, type RemedyAction } from '../capabilities/remedies.ts';
import { builder } from './builder.ts';
import { CapabilityChangesType } from './capabilities.ts';
import { AccessTokenRef } from './refs.ts';
import { roleLayerOf } from './role-layer.ts';

const AuditSeverityEnum = builder.enumType('AuditSeverity', { values: SEVERITIES });
const AuditFindingKindEnum = builder.enumType('AuditFindingKind', { values: FINDING_KINDS });

const RemedyActionEnum = builder.enumType('AuditRemedyAction', { values: REMEDY_ACTIONS });

/** The mutation that applies a remedy, as a dry run where one exists (starting a rollover changes nothing the token does). */
function remedyMutation(action: RemedyAction, id: string): { mutation: string; dryRun: boolean } {
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
  }
}

const RemedyType = builder.objectRef<Remedy & { tokenId: string }>('AuditRemedy').implement({
  description: 'The change that fixes a finding, what it does to the token\'s capabilities, and the mutation that applies it.',
  fields: (t) => ({
    action: t.field({ type: RemedyActionEnum, resolve: (remedy) => remedy.action }),
    description: t.exposeString('description'),
    capabilityChanges: t.field({ type: CapabilityChangesType, resolve: (remedy) => remedy.capabilityChanges }),
    mutation: t.string({ description: 'Ready to run; a dry run unless mutationIsDryRun is false.', resolve: (remedy) => remedyMutation(remedy.action, remedy.tokenId).mutation }),
    mutationIsDryRun: t.boolean({ resolve: (remedy) => remedyMutation(remedy.action, remedy.tokenId).dryRun }),
  }),
});

const AuditFindingType = builder.objectRef<Finding<CmaAccessToken>>('AuditFinding').implement({
  description: 'A token a security reviewer should look at, and why.',
  fields: (t) => ({
    severity: t.field({ type: AuditSeverityEnum, resolve: (finding) => finding.severity }),
    kind: t.field({ type: AuditFindingKindEnum, resolve: (finding) => finding.kind }),
    reason: t.exposeString('reason'),
    accessToken: t.field({ type: AccessTokenRef, resolve: (finding) => finding.token }),
    remedy: t.field({
      type: RemedyType,
      resolve: async (finding, _args, { loaders }) => ({
        ...remedyFor(finding.kind, finding.token, await roleLayerOf(finding.token, loaders)),
        tokenId: finding.token.id,
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  accessTokenAudit: t.field({
    type: [AuditFindingType],
    description:
      'Risky tokens, most severe first: CMA tokens that can manage tokens or users, unused write-capable tokens, ' +
      'draft readers, built-in full-access tokens in use (projects created before May 2025). Costs two CMA calls.',
    args: { severities: t.arg({ type: [AuditSeverityEnum], description: 'Only findings of these severities.' }) },
    resolve: async (_root, { severities }, { loaders }) => {
      // Both lists at once; with the roles in, every token's role layer is found without a promise.
      const [tokens] = await Promise.all([loaders.accessTokenList(), loaders.roleList()]);
      const layered = await Promise.all(tokens.map(async (token) => ({ token, role: await roleLayerOf(token, loaders) })));
      return auditAccessTokens(layered, severities ?? undefined);
    },
  }),
}));
