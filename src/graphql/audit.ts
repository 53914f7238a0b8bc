import { auditAccessTokens, FINDING_KINDS, SEVERITIES, type Finding } from '../capabilities/audit.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import { builder } from './builder.ts';
import { AccessTokenRef } from './refs.ts';
import { roleLayerOf } from './role-layer.ts';

const AuditSeverityEnum = builder.enumType('AuditSeverity', { values: SEVERITIES });
const AuditFindingKindEnum = builder.enumType('AuditFindingKind', { values: FINDING_KINDS });

const AuditFindingType = builder.objectRef<Finding<CmaAccessToken>>('AuditFinding').implement({
  description: 'A token a security reviewer should look at, and why.',
  fields: (t) => ({
    severity: t.field({ type: AuditSeverityEnum, resolve: (finding) => finding.severity }),
    kind: t.field({ type: AuditFindingKindEnum, resolve: (finding) => finding.kind }),
    reason: t.exposeString('reason'),
    accessToken: t.field({ type: AccessTokenRef, resolve: (finding) => finding.token }),
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
