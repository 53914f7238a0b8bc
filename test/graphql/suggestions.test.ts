import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
const today = new Date().toISOString().slice(0, 10);
beforeAll(async () => {
  stack = await startTestStack();
  // Recorded use the local CMA cannot produce itself (it serves no CDA): a frontend token with the
  // CMA open but only ever used on the CDA, and a draft reader never used on the CDA.
  await stack.cma.store.mutate((draft) => {
    const token = (id: string, name: string, flags: [boolean, boolean, boolean], cma: string | null, cda: string | null) => ({
      id, name, secret: `${id}${'c'.repeat(30 - id.length)}`, hardcoded_type: null, role_id: SEEDED.roles.editorial,
      can_access_cda: flags[0], can_access_cda_preview: flags[1], can_access_cma: flags[2], last_cma_access_on: cma, last_cda_access_on: cda,
    });
    draft.access_tokens.push(token('180', 'Frontend with CMA open', [true, false, true], null, today));
    draft.access_tokens.push(token('181', 'Idle draft reader', [true, true, false], null, null));
  });
});
afterAll(() => stack.stop());

const graphql = async (...request: Parameters<TestStack['graphql']>) => dataOf(await stack.graphql(...request));


describe('AccessToken.suggestions', () => {
  it('suggests only what recorded use supports, with the evidence, the diff, and a dry run that agrees', async () => {
    const { accessTokens } = await graphql('{ accessTokens { id suggestions { change evidence capabilityChanges { gained lost } mutation } } }');
    const withSuggestions = (accessTokens as { id: string; suggestions: any[] }[]).filter((token) => token.suggestions.length > 0);
    expect(withSuggestions.map((token) => [token.id, token.suggestions.map((suggestion) => suggestion.change)])).toEqual([
      ['180', ['TURN_OFF_CMA']],
      ['181', ['TURN_OFF_CDA_PREVIEW']],
    ]);
    const [frontend, idle] = withSuggestions;
    expect(frontend!.suggestions[0]).toMatchObject({
      evidence: 'Not used on the CMA since the start of last month, while used on the CDA (last: today)',
      // Without CDA preview it reads drafts only through the CMA: that goes too.
      capabilityChanges: { gained: [], lost: ['CALL_CMA', 'READ_DRAFT_CONTENT', 'CREATE_RECORDS', 'UPDATE_RECORDS', 'PUBLISH_RECORDS', 'DELETE_RECORDS', 'MANAGE_UPLOADS'] },
    });
    expect(idle!.suggestions[0]).toMatchObject({ capabilityChanges: { gained: [], lost: ['CALL_CDA_PREVIEW', 'READ_DRAFT_CONTENT'] } });
    for (const token of withSuggestions) {
      const dry = await graphql(token.suggestions[0].mutation);
      expect(dry.updateAccessToken).toEqual({ __typename: 'UpdateAccessTokenSuccess', capabilityChanges: token.suggestions[0].capabilityChanges });
    }
  });

  it('suggests nothing for a built-in token, which cannot be edited', async () => {
    const { accessToken } = await graphql(`{ accessToken(id: "${SEEDED.readOnlyBuiltIn}") { suggestions { change } } }`);
    expect(accessToken.suggestions).toEqual([]);
  });
});
