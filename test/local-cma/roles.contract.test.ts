import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorOf, SEEDED, startTestCma, type TestCma } from '../support/local-cma.ts';

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma();
});
afterAll(() => cma.stop());

const role = (id: string) => ({ type: 'role' as const, id });

describe('local CMA /roles through the official client', () => {
  it('lists roles with every attribute, inheritance and final permissions merged transitively', async () => {
    const roles = await cma.client().roles.list();
    expect(roles.map((candidate) => candidate.name)).toEqual([
      'Admin', 'Editorial team', 'Read-only', 'Senior editor', 'Blog contributor', 'Developer',
    ]);
    const senior = roles.find((candidate) => candidate.id === SEEDED.roles.seniorEditor)!;
    expect(senior.inherits_permissions_from).toEqual([role(SEEDED.roles.editorial)]);
    // Its own flags...
    expect(senior.can_manage_webhooks).toBe(true);
    expect(senior.can_manage_shared_filters).toBe(false);
    expect(senior.positive_item_type_permissions).toEqual([]);
    // ...merged with the editorial team's in final_permissions.
    expect(senior.meta.final_permissions.can_manage_webhooks).toBe(true);
    expect(senior.meta.final_permissions.can_manage_shared_filters).toBe(true);
    expect(senior.meta.final_permissions.environments_access).toBe('primary_only');
    expect(senior.meta.final_permissions.positive_item_type_permissions).toEqual([
      {
        environment: 'main', item_type: null, workflow: null, on_stage: null, to_stage: null,
        action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null,
      },
    ]);
    expect(senior.meta.final_permissions.can_manage_access_tokens).toBe(false);
  });

  it('creates, updates, duplicates and deletes a role', async () => {
    const client = cma.client();
    const created = await client.roles.create({
      name: 'Translators',
      can_manage_menu: true,
      inherits_permissions_from: [role(SEEDED.roles.readOnly)],
      positive_item_type_permissions: [
        { action: 'update', environment: 'main', item_type: null, on_creator: 'anyone', localization_scope: 'localized', locale: 'it' },
      ],
    });
    expect(created).toMatchObject({ name: 'Translators', can_manage_menu: true, can_edit_schema: false, environments_access: 'all' });
    expect(created.meta.final_permissions.positive_item_type_permissions.map((entry) => entry.action)).toEqual(['update', 'read']);

    const updated = await client.roles.update(created.id, { can_edit_schema: true, inherits_permissions_from: [] });
    expect(updated).toMatchObject({ name: 'Translators', can_edit_schema: true, can_manage_menu: true, inherits_permissions_from: [] });

    const copy = await client.roles.duplicate(created.id);
    expect(copy.id).not.toBe(created.id);
    expect(copy).toMatchObject({ name: 'Translators (duplicate #1)', can_edit_schema: true });
    expect((await client.roles.duplicate(created.id)).name).toBe('Translators (duplicate #2)');

    await client.roles.destroy(copy.id);
    expect(await apiErrorOf(client.roles.find(copy.id))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses an unknown inherited role and a blank name with 422 INVALID_FIELD', async () => {
    const count = cma.store.data.roles.length;
    expect(await apiErrorOf(cma.client().roles.create({ name: 'Orphan', inherits_permissions_from: [role('999')] }))).toMatchObject({
      status: 422, code: 'INVALID_FIELD', details: { field: 'inherits_permissions_from' },
    });
    expect(await apiErrorOf(cma.client().roles.create({ name: ' ' }))).toMatchObject({
      status: 422, code: 'INVALID_FIELD', details: { field: 'name', code: 'VALIDATION_REQUIRED' },
    });
    expect(cma.store.data.roles.length).toBe(count);
  });

  it('refuses role writes to a caller without can_manage_users', async () => {
    const developer = cma.client(cma.secretOf(SEEDED.ciDeploy));
    expect((await developer.roles.list()).length).toBeGreaterThanOrEqual(6);
    expect(await apiErrorOf(developer.roles.update(SEEDED.roles.developer, { can_manage_access_tokens: true }))).toMatchObject({
      status: 403, code: 'INSUFFICIENT_PERMISSIONS',
    });
    expect((await cma.client().roles.find(SEEDED.roles.developer)).can_manage_access_tokens).toBe(false);
  });

  it('refuses to delete a role API tokens are bound to, deletes it once they moved, and drops it from inheriting roles', async () => {
    const client = cma.client();
    const doomed = await client.roles.create({ name: 'Doomed', can_manage_webhooks: true });
    const heir = await client.roles.create({ name: 'Heir', inherits_permissions_from: [role(doomed.id)] });
    const token = await client.accessTokens.create({
      name: 'On a doomed role', role: role(doomed.id), can_access_cda: false, can_access_cda_preview: false, can_access_cma: true,
    });
    expect(await apiErrorOf(client.roles.destroy(doomed.id))).toMatchObject({ status: 422, code: 'DELETE_RESTRICTION' });
    expect(cma.store.data.roles.some((candidate) => candidate.id === doomed.id)).toBe(true);

    await client.accessTokens.update(token.id, {
      name: token.name, can_access_cda: false, can_access_cda_preview: false, can_access_cma: true, role: role(SEEDED.roles.readOnly),
    });
    await client.roles.destroy(doomed.id);
    expect(await apiErrorOf(client.roles.find(doomed.id))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await client.roles.find(heir.id)).inherits_permissions_from).toEqual([]);
  });
});
