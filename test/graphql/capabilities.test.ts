import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessTokenAuditDocument, PreviewAccessTokenUpdateDocument, TokenCapabilitiesDocument } from '../generated/graphql.ts';
import { expectTypename, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

async function capabilitiesOf(id: string) {
  const { data, errors } = await stack.execute(TokenCapabilitiesDocument, { id });
  expect(errors).toBeUndefined();
  return data!.accessToken!.effectiveCapabilities!;
}

describe('AccessToken.effectiveCapabilities', () => {
  it('shows the upstream docs\' CDA-only token on a write-capable role as a reader that cannot write, and why', async () => {
    const capabilities = await capabilitiesOf(SEEDED.publicCda);
    expect(capabilities.summary).toBe('Reads published content; cannot write: its role could, but the CMA is closed to this token');
    expect(capabilities.canWrite).toBe(false);
    expect(capabilities.allowed).toEqual(['CALL_CDA', 'READ_PUBLISHED_CONTENT']);
    const update = capabilities.capabilities.find((capability) => capability.name === 'UPDATE_RECORDS')!;
    expect(update).toMatchObject({ allowed: false, roleGrants: true, surfaceGrants: false, blockedBy: ['API_SURFACE'] });
    expect(update.reason).toBe('Blocked by the API surface: role "Editorial team" allows it to update records, but the token cannot call the CMA');
  });

  it('shows per-model record capabilities, negative permissions included', async () => {
    const token = await stack.cma.client().accessTokens.create({
      name: 'Blog importer', role: { type: 'role', id: SEEDED.roles.contributor },
      can_access_cda: false, can_access_cda_preview: false, can_access_cma: true,
    });
    const capabilities = await capabilitiesOf(token.id);
    const byName = Object.fromEntries(capabilities.capabilities.map((capability) => [capability.name, capability]));
    expect(byName.UPDATE_RECORDS).toMatchObject({ allowed: true, models: { allModels: false, itemTypeIds: ['1001'], exceptItemTypeIds: [] } });
    expect(byName.PUBLISH_RECORDS).toMatchObject({ allowed: false, blockedBy: ['ROLE'] });
    expect(byName.DELETE_RECORDS).toMatchObject({ allowed: false, blockedBy: ['ROLE'] });
    expect(capabilities.allowed).toEqual(['CALL_CMA', 'READ_PUBLISHED_CONTENT', 'READ_DRAFT_CONTENT', 'CREATE_RECORDS', 'UPDATE_RECORDS', 'MANAGE_UPLOADS']);
  });
});

describe('updateAccessToken dryRun', () => {
  it('previews opening the CMA to a CDA token: the capabilities it would gain, and nothing written', async () => {
    const before = structuredClone(stack.cma.store.data.access_tokens.find((token) => token.id === SEEDED.publicCda));
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(PreviewAccessTokenUpdateDocument, { id: SEEDED.publicCda, input: { canAccessCma: true }, dryRun: true })).data!
        .updateAccessToken;
    });
    expect(result).toEqual({
      __typename: 'UpdateAccessTokenSuccess',
      dryRun: true,
      capabilityChanges: {
        gained: ['CALL_CMA', 'READ_DRAFT_CONTENT', 'CREATE_RECORDS', 'UPDATE_RECORDS', 'PUBLISH_RECORDS', 'DELETE_RECORDS', 'MANAGE_UPLOADS'],
        lost: [],
      },
      accessToken: {
        id: SEEDED.publicCda, name: 'Public CDA token', canAccessCma: true, role: { id: SEEDED.roles.editorial },
        effectiveCapabilities: { canWrite: true },
      },
    });
    expect(upstream.every((request) => request.method === 'GET')).toBe(true);
    expect(stack.cma.store.data.access_tokens.find((token) => token.id === SEEDED.publicCda)).toEqual(before);
  });

  it('returns the same diff from the real update, which does write', async () => {
    const token = await stack.cma.client().accessTokens.create({
      name: 'Demoted', role: { type: 'role', id: SEEDED.roles.developer }, can_access_cda: false, can_access_cda_preview: false, can_access_cma: true,
    });
    const input = { roleId: SEEDED.roles.readOnly };
    const preview = (await stack.execute(PreviewAccessTokenUpdateDocument, { id: token.id, input, dryRun: true })).data!.updateAccessToken;
    const real = (await stack.execute(PreviewAccessTokenUpdateDocument, { id: token.id, input })).data!.updateAccessToken;
    const previewed = expectTypename(preview, 'UpdateAccessTokenSuccess');
    const applied = expectTypename(real, 'UpdateAccessTokenSuccess');
    expect(applied.dryRun).toBe(false);
    expect(applied.capabilityChanges).toEqual(previewed.capabilityChanges);
    expect(applied.capabilityChanges.lost).toContain('EDIT_SCHEMA');
    expect(stack.cma.store.data.access_tokens.find((candidate) => candidate.id === token.id)!.role_id).toBe(SEEDED.roles.readOnly);
  });

  it('refuses an unknown role in a dry run as the real update would: a ValidationError on roleId', async () => {
    const { data } = await stack.execute(PreviewAccessTokenUpdateDocument, { id: SEEDED.ciDeploy, input: { roleId: '424242' }, dryRun: true });
    expect(data!.updateAccessToken).toMatchObject({ __typename: 'ValidationError', path: ['input', 'roleId'] });
  });
});

describe('accessTokenAudit', () => {
  it('lists the risky seeded tokens, most severe first, for two upstream calls', async () => {
    let findings: { severity: string; kind: string; accessToken: { id: string } }[] = [];
    const upstream = await stack.upstreamDuring(async () => {
      findings = (await stack.execute(AccessTokenAuditDocument, {})).data!.accessTokenAudit;
    });
    const seeded = new Set<string>([SEEDED.readOnlyBuiltIn, SEEDED.demoAdmin, SEEDED.publicCda, SEEDED.previewDrafts, SEEDED.importScript, SEEDED.ciDeploy, SEEDED.newsletterSync]);
    expect(findings.filter((finding) => seeded.has(finding.accessToken.id)).map((finding) => `${finding.severity} ${finding.kind} ${finding.accessToken.id}`)).toEqual([
      'CRITICAL CAN_MANAGE_ACCESS_TOKENS 102',
      'CRITICAL CAN_MANAGE_USERS_AND_ROLES 102',
      'HIGH UNUSED_WRITE_TOKEN 105',
      'HIGH UNUSED_WRITE_TOKEN 107',
      'MEDIUM DRAFT_READER 101',
      'MEDIUM DRAFT_READER 102',
      'MEDIUM DRAFT_READER 104',
    ]);
    expect(upstream.map((request) => `${request.method} ${request.path}`).sort()).toEqual(['GET /access_tokens', 'GET /roles']);
  });

  it('flags the built-in full-access token of a project created before May 2025 once it is used, and filters by severity', async () => {
    // Projects created since May 2025 get no full-access built-in token (the local CMA seeds none);
    // older projects still have theirs. This one stands for such a project.
    const secret = 'f0'.repeat(15);
    await stack.cma.store.mutate((draft) => {
      draft.access_tokens.push({
        id: '190', name: 'Full-access API token', secret, hardcoded_type: 'admin', role_id: SEEDED.roles.admin,
        can_access_cda: true, can_access_cda_preview: true, can_access_cma: true, last_cma_access_on: null, last_cda_access_on: null,
      });
    });
    const before = (await stack.execute(AccessTokenAuditDocument, { severities: ['HIGH'] })).data!.accessTokenAudit;
    expect(before.filter((finding) => finding.accessToken.id === '190').map((finding) => finding.kind)).toEqual(['UNUSED_WRITE_TOKEN']);

    await stack.cma.client(secret).roles.list(); // the built-in token is used on the CMA
    const { data } = await stack.execute(AccessTokenAuditDocument, { severities: ['HIGH'] });
    const findings = data!.accessTokenAudit;
    expect(findings.every((finding) => finding.severity === 'HIGH')).toBe(true);
    expect(findings.find((finding) => finding.accessToken.id === '190')).toEqual({
      severity: 'HIGH', kind: 'BUILT_IN_FULL_ACCESS_IN_USE', accessToken: { id: '190', name: 'Full-access API token' },
      reason: 'The built-in full-access token was used on the CMA (today): give each integration its own narrower token',
    });
  });
});
