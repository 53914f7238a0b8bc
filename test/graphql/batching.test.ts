import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccessTokenAuditDocument,
  AllTokenCapabilitiesDocument,
  ListAccessTokensDocument,
  ListRolesDocument,
  TokenNamesDocument,
} from '../generated/graphql.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  // 50 more tokens spread over every role, inherited ones included.
  const client = stack.cma.client();
  const roleIds = Object.values(SEEDED.roles);
  for (let i = 0; i < 50; i++) {
    await client.accessTokens.create({
      name: `Batch token ${i}`, role: { type: 'role', id: roleIds[i % roleIds.length]! },
      can_access_cda: true, can_access_cda_preview: false, can_access_cma: i % 2 === 0,
    });
  }
});
afterAll(() => stack.stop());

describe('role lookups are batched per request', () => {
  it('lists 57 tokens with roles and inherited roles in one GET /access_tokens and one GET /roles', async () => {
    const list = async () => {
      let tokens = 0;
      const upstream = await stack.upstreamDuring(async () => {
        const { data, errors } = await stack.execute(ListAccessTokensDocument);
        expect(errors).toBeUndefined();
        tokens = data!.accessTokens.length;
        const senior = data!.accessTokens.filter((token) => token.role?.id === SEEDED.roles.seniorEditor);
        expect(senior.length).toBeGreaterThan(5);
        for (const token of senior) expect(token.role!.inheritsPermissionsFrom).toEqual([{ id: '2', name: 'Editorial team' }]);
      });
      expect(tokens).toBe(57);
      return upstream.map((request) => `${request.method} ${request.path}`).sort();
    };
    // A bearer's first request also learns its project (GET /site, beside the list); later ones remember it.
    expect(await list()).toEqual(['GET /access_tokens', 'GET /roles', 'GET /site']);
    expect(await list()).toEqual(['GET /access_tokens', 'GET /roles']);
  });

  it('lists roles with their tokens and inherited roles in one GET /roles and one GET /access_tokens', async () => {
    const upstream = await stack.upstreamDuring(async () => {
      const { data } = await stack.execute(ListRolesDocument);
      const tokenCount = data!.roles.reduce((sum, role) => sum + role.accessTokens!.length, 0);
      expect(tokenCount).toBe(57);
    });
    expect(upstream.map((request) => `${request.method} ${request.path}`).sort()).toEqual(['GET /access_tokens', 'GET /roles']);
  });

  it.each([
    ['tokens with their roles', ListAccessTokensDocument],
    ['roles with their tokens', ListRolesDocument],
    ['the audit', AccessTokenAuditDocument],
    ['effective capabilities', AllTokenCapabilitiesDocument],
  ] as const)('reads the token list and the role list at the same time for %s', async (_case, document) => {
    // A little latency on both, so that reads one after the other could not overlap by chance.
    stack.cma.faults.inject({ kind: 'latency', latencyMs: 40, method: 'GET', path: /^\/(access_tokens|roles)$/, times: 2 });
    const upstream = await stack.upstreamDuring(() => stack.execute(document as never, {} as never));
    const [first, second] = [...upstream].sort((a, b) => a.startedAt - b.startedAt);
    expect([first!.path, second!.path].sort()).toEqual(['/access_tokens', '/roles']);
    expect(second!.startedAt).toBeLessThan(first!.endedAt);
  });

  it('makes no role call for a query that selects no role', async () => {
    const upstream = await stack.upstreamDuring(() => stack.execute(TokenNamesDocument));
    expect(upstream.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /access_tokens']);
  });

  it('shows a token without a role (the CMA types allow role: null) as role: null, without an error', async () => {
    await stack.cma.store.mutate((draft) => {
      draft.access_tokens.push({
        id: '199', name: 'Roleless', secret: 'ab'.repeat(15), hardcoded_type: null, role_id: null,
        can_access_cda: true, can_access_cda_preview: false, can_access_cma: false, last_cma_access_on: null, last_cda_access_on: null,
      });
    });
    const { data, errors } = await stack.execute(ListAccessTokensDocument);
    expect(errors).toBeUndefined();
    expect(data!.accessTokens.find((candidate) => candidate.id === '199')).toMatchObject({ name: 'Roleless', role: null });
  });
});
