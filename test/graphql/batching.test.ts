import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListAccessTokensDocument, ListRolesDocument } from '../generated/graphql.ts';
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
    expect(upstream.map((request) => `${request.method} ${request.path}`).sort()).toEqual(['GET /access_tokens', 'GET /roles']);
  });

  it('lists roles with their tokens and inherited roles in one GET /roles and one GET /access_tokens', async () => {
    const upstream = await stack.upstreamDuring(async () => {
      const { data } = await stack.execute(ListRolesDocument);
      const tokenCount = data!.roles.reduce((sum, role) => sum + role.accessTokens!.length, 0);
      expect(tokenCount).toBe(57);
    });
    expect(upstream.map((request) => `${request.method} ${request.path}`).sort()).toEqual(['GET /access_tokens', 'GET /roles']);
  });

  it('shows a token whose role was deleted with role: null and an error, not a failed query', async () => {
    const client = stack.cma.client();
    const doomed = await client.roles.create({ name: 'Soon deleted' });
    const token = await client.accessTokens.create({
      name: 'Orphaned', role: { type: 'role', id: doomed.id }, can_access_cda: true, can_access_cda_preview: false, can_access_cma: false,
    });
    await client.roles.destroy(doomed.id);

    const { data, errors } = await stack.execute(ListAccessTokensDocument);
    expect(data!.accessTokens.length).toBe(58);
    const orphan = data!.accessTokens.find((candidate) => candidate.id === token.id)!;
    expect(orphan.role).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND', resource: 'role', id: doomed.id } });
    expect(errors![0]!.path).toEqual(['accessTokens', 57, 'role']);
  });
});
