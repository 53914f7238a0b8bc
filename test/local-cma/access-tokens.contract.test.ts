import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorOf, SEEDED, startTestCma, type TestCma } from '../support/local-cma.ts';

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma();
});
afterAll(() => cma.stop());

const role = (id: string) => ({ type: 'role' as const, id });

describe('local CMA /access_tokens through the official client', () => {
  it('lists the seeded tokens with every CMA attribute and the secret for an admin caller', async () => {
    const tokens = await cma.client().accessTokens.list();
    expect(tokens.map((token) => token.name)).toEqual([
      'Read-only API token',
      'Demo admin token',
      'Public CDA token',
      'Preview token (Next.js drafts)',
      'Import script',
      'CI deploy token',
      'Newsletter sync',
    ]);
    const publicCda = tokens.find((token) => token.id === SEEDED.publicCda)!;
    expect(publicCda).toEqual({
      id: SEEDED.publicCda,
      type: 'access_token',
      name: 'Public CDA token',
      token: cma.secretOf(SEEDED.publicCda),
      can_access_cda: true,
      can_access_cda_preview: false,
      can_access_cma: false,
      hardcoded_type: null,
      last_cma_access: 'never',
      last_cda_access: 'today',
      role: role(SEEDED.roles.editorial),
    });
    expect(tokens.find((token) => token.id === SEEDED.readOnlyBuiltIn)!.hardcoded_type).toBe('readonly');
  });

  it('finds one token and answers 404 NOT_FOUND for an unknown id', async () => {
    const token = await cma.client().accessTokens.find(SEEDED.ciDeploy);
    expect(token.name).toBe('CI deploy token');
    expect(await apiErrorOf(cma.client().accessTokens.find('999999'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('creates a token whose secret works against the CMA at once', async () => {
    const created = await cma.client().accessTokens.create({
      name: 'Created by the contract test',
      role: role(SEEDED.roles.developer),
      can_access_cda: false,
      can_access_cda_preview: false,
      can_access_cma: true,
    });
    expect(created).toMatchObject({ hardcoded_type: null, last_cma_access: 'never', role: role(SEEDED.roles.developer) });
    expect(created.token).toMatch(/^[0-9a-f]{30}$/);
    const roles = await cma.client(created.token!).roles.list();
    expect(roles.length).toBe(6);
    expect((await cma.client().accessTokens.find(created.id)).last_cma_access).toBe('today');
  });

  it('update keeps the role when it is left out, and changes it when sent', async () => {
    const client = cma.client();
    const created = await client.accessTokens.create({
      name: 'Update me', role: role(SEEDED.roles.readOnly), can_access_cda: true, can_access_cda_preview: false, can_access_cma: false,
    });
    const renamed = await client.accessTokens.update(created.id, {
      name: 'Renamed', can_access_cda: true, can_access_cda_preview: true, can_access_cma: false,
    });
    expect(renamed).toMatchObject({ name: 'Renamed', can_access_cda_preview: true, role: role(SEEDED.roles.readOnly) });
    const moved = await client.accessTokens.update(created.id, {
      name: 'Renamed', can_access_cda: true, can_access_cda_preview: true, can_access_cma: false, role: role(SEEDED.roles.editorial),
    });
    expect(moved.role).toEqual(role(SEEDED.roles.editorial));
    expect(moved.token).toBe(created.token);
  });

  it('refuses attribute updates to built-in tokens with NON_EDITABLE_ACCESS_TOKEN, changing nothing', async () => {
    const before = structuredClone(cma.store.data.access_tokens.find((token) => token.id === SEEDED.readOnlyBuiltIn));
    const error = await apiErrorOf(
      cma.client().accessTokens.update(SEEDED.readOnlyBuiltIn, {
        name: 'Hijacked', can_access_cda: true, can_access_cda_preview: true, can_access_cma: true,
      }),
    );
    expect(error).toMatchObject({ status: 422, code: 'NON_EDITABLE_ACCESS_TOKEN' });
    expect(cma.store.data.access_tokens.find((token) => token.id === SEEDED.readOnlyBuiltIn)).toEqual(before);
  });

  it('rotation issues a new secret and the old one is refused at once', async () => {
    const client = cma.client();
    const created = await client.accessTokens.create({
      name: 'Rotate me', role: role(SEEDED.roles.readOnly), can_access_cda: false, can_access_cda_preview: false, can_access_cma: true,
    });
    await cma.client(created.token!).roles.list();
    const rotated = await client.accessTokens.regenerateToken(created.id);
    expect(rotated.token).toMatch(/^[0-9a-f]{30}$/);
    expect(rotated.token).not.toBe(created.token);
    expect(await apiErrorOf(cma.client(created.token!).roles.list())).toMatchObject({
      status: 401, code: 'INVALID_AUTHORIZATION_HEADER',
    });
    expect((await cma.client(rotated.token!).roles.list()).length).toBe(6);
  });

  it('rotates and deletes built-in tokens', async () => {
    const client = cma.client();
    const before = cma.secretOf(SEEDED.readOnlyBuiltIn);
    const rotated = await client.accessTokens.regenerateToken(SEEDED.readOnlyBuiltIn);
    expect(rotated.token).not.toBe(before);
    expect(rotated.hardcoded_type).toBe('readonly');
    const deleted = await client.accessTokens.destroy(SEEDED.readOnlyBuiltIn);
    expect(deleted.id).toBe(SEEDED.readOnlyBuiltIn);
    expect(await apiErrorOf(client.accessTokens.find(SEEDED.readOnlyBuiltIn))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it.each([
    ['a blank name', { name: '   ' }, 'name', 'VALIDATION_REQUIRED'],
    ['a missing flag', { can_access_cma: undefined }, 'can_access_cma', 'VALIDATION_REQUIRED'],
    ['a flag of the wrong type', { can_access_cda: 'yes' }, 'can_access_cda', 'VALIDATION_FORMAT'],
    ['an overlong name', { name: 'x'.repeat(256) }, 'name', 'VALIDATION_LENGTH'],
    ['an unknown role', { role: role('424242') }, 'role', 'VALIDATION_INVALID'],
  ])('refuses %s with 422 INVALID_FIELD naming the field, creating nothing', async (_case, override, field, code) => {
    const count = cma.store.data.access_tokens.length;
    const body = {
      name: 'Valid name', role: role(SEEDED.roles.readOnly), can_access_cda: true, can_access_cda_preview: false, can_access_cma: false,
      ...override,
    };
    const error = await apiErrorOf(cma.client().accessTokens.create(body as never));
    expect(error).toMatchObject({ status: 422, code: 'INVALID_FIELD', details: { field, code } });
    expect(cma.store.data.access_tokens.length).toBe(count);
  });

  it('hides secrets from, and refuses writes by, a caller whose role cannot manage tokens', async () => {
    const editor = cma.client(cma.secretOf(SEEDED.importScript));
    const tokens = await editor.accessTokens.list();
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens.every((token) => token.token === null)).toBe(true);
    expect((await editor.accessTokens.find(SEEDED.ciDeploy)).token).toBeNull();

    const count = cma.store.data.access_tokens.length;
    const secret = cma.secretOf(SEEDED.ciDeploy);
    const attempts = [
      () => editor.accessTokens.create({
        name: 'Escalation', role: role(SEEDED.roles.admin), can_access_cda: false, can_access_cda_preview: false, can_access_cma: true,
      }),
      () => editor.accessTokens.regenerateToken(SEEDED.ciDeploy),
      () => editor.accessTokens.destroy(SEEDED.ciDeploy),
      () => editor.accessTokens.update(SEEDED.ciDeploy, {
        name: 'x', can_access_cda: true, can_access_cda_preview: true, can_access_cma: true,
      }),
    ];
    for (const attempt of attempts) {
      expect(await apiErrorOf(attempt())).toMatchObject({ status: 403, code: 'INSUFFICIENT_PERMISSIONS' });
    }
    expect(cma.store.data.access_tokens.length).toBe(count);
    expect(cma.secretOf(SEEDED.ciDeploy)).toBe(secret);
  });

  it('refuses a missing, unknown or CDA-only bearer with 401', async () => {
    for (const apiToken of ['', 'not-a-real-token', cma.secretOf(SEEDED.publicCda)]) {
      expect(await apiErrorOf(cma.client(apiToken).accessTokens.list())).toMatchObject({
        status: 401, code: 'INVALID_AUTHORIZATION_HEADER',
      });
    }
  });
});
