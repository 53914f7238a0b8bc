import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  // A project created before May 2025: its built-in full-access token, in use.
  await stack.cma.store.mutate((draft) => {
    draft.access_tokens.push({
      id: '190', name: 'Full-access API token', secret: 'f1'.repeat(15), hardcoded_type: 'admin', role_id: SEEDED.roles.admin,
      can_access_cda: true, can_access_cda_preview: true, can_access_cma: true, last_cma_access_on: null, last_cda_access_on: null,
    });
  });
  await stack.cma.client('f1'.repeat(15)).roles.list();
});
afterAll(() => stack.stop());

const graphql = async (...request: Parameters<TestStack['graphql']>) => dataOf(await stack.graphql(...request));


type Finding = {
  kind: string;
  accessToken: { id: string };
  remedy: { action: string; capabilityChanges: { gained: string[]; lost: string[] }; mutation: string; mutationIsDryRun: boolean };
};

describe('audit remedies', () => {
  it('gives every finding a remedy whose mutation runs as written, the dry runs showing exactly the stated diff', async () => {
    const before = JSON.stringify(stack.cma.store.data.access_tokens.map(({ last_cma_access_on: _a, last_cda_access_on: _b, ...token }) => token));
    const data = await graphql(
      '{ accessTokenAudit { kind accessToken { id } remedy { action capabilityChanges { gained lost } mutation mutationIsDryRun } } }',
    );
    const findings = data.accessTokenAudit as Finding[];
    expect(findings.map((finding) => `${finding.kind} ${finding.accessToken.id} ${finding.remedy.action}`)).toEqual([
      'CAN_MANAGE_ACCESS_TOKENS 102 TURN_OFF_CMA',
      'CAN_MANAGE_USERS_AND_ROLES 102 TURN_OFF_CMA',
      'CAN_MANAGE_ACCESS_TOKENS 190 ROLLOVER', // built-in: cannot be edited, so it is rolled over first
      'CAN_MANAGE_USERS_AND_ROLES 190 ROLLOVER',
      'UNUSED_WRITE_TOKEN 105 DELETE',
      'UNUSED_WRITE_TOKEN 107 DELETE',
      'BUILT_IN_FULL_ACCESS_IN_USE 190 ROLLOVER',
      'DRAFT_READER 101 ROLLOVER',
      'DRAFT_READER 102 TURN_OFF_CDA_PREVIEW',
      'DRAFT_READER 104 TURN_OFF_CDA_PREVIEW',
      'DRAFT_READER 190 ROLLOVER',
    ]);
    const remedyOf = (kind: string, id: string) => findings.find((finding) => finding.kind === kind && finding.accessToken.id === id)!.remedy;
    // 102 still reads drafts through the CMA: only the CDA's draft access goes. 104 reads drafts through the CDA alone.
    expect(remedyOf('DRAFT_READER', '102').capabilityChanges).toEqual({ gained: [], lost: ['CALL_CDA_PREVIEW'] });
    expect(remedyOf('DRAFT_READER', '104').capabilityChanges).toEqual({ gained: [], lost: ['CALL_CDA_PREVIEW', 'READ_DRAFT_CONTENT'] });
    // A rollover changes nothing the token can do; starting one is not a dry run but harms nothing.
    expect(remedyOf('BUILT_IN_FULL_ACCESS_IN_USE', '190')).toMatchObject({ capabilityChanges: { gained: [], lost: [] }, mutationIsDryRun: false });
    expect(remedyOf('UNUSED_WRITE_TOKEN', '105').capabilityChanges.lost).toContain('CALL_CMA');

    for (const finding of findings.filter((candidate) => candidate.remedy.mutationIsDryRun)) {
      const result = await graphql(finding.remedy.mutation);
      const [value] = Object.values(result) as Record<string, any>[];
      if (finding.remedy.action === 'DELETE') {
        expect(value!.outcomes).toEqual([{ id: finding.accessToken.id, status: 'WOULD_DELETE', reason: null }]);
      } else {
        expect(value, finding.remedy.mutation).toMatchObject({ __typename: 'UpdateAccessTokenSuccess', capabilityChanges: finding.remedy.capabilityChanges });
      }
    }
    const after = JSON.stringify(stack.cma.store.data.access_tokens.map(({ last_cma_access_on: _a, last_cda_access_on: _b, ...token }) => token));
    expect(after).toBe(before);

    // The rollover remedy runs as written too: the built-in token gets an ordinary successor.
    const rollover = await graphql(findings.find((finding) => finding.kind === 'BUILT_IN_FULL_ACCESS_IN_USE')!.remedy.mutation);
    expect(rollover.startAccessTokenRollover).toMatchObject({
      __typename: 'StartAccessTokenRolloverSuccess', successor: { name: 'Full-access API token [rollover of 190]' },
    });
  });
});
