import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCma, TEST_ADMIN_TOKEN, type TestCma } from '../support/local-cma.ts';

// The local CMA's meta.final_permissions is the oracle the API's role previews are checked against:
// pinned here to DatoCMS's recorded answer where one exists, and to its documented merge elsewhere.

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma();
});
afterAll(() => cma.stop());

const role = (id: string) => ({ type: 'role' as const, id });

async function answeredFinalPermissions(roleId: string): Promise<Record<string, any>> {
  const response = await fetch(`${cma.url}/roles/${roleId}`, {
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'X-Api-Version': '3' },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { meta: { final_permissions: Record<string, any> } } }).data.meta.final_permissions;
}

// The "Editor" role of a project just created, as DatoCMS answered GET /roles on 1 March 2022
// (datocms/js-datocms-client, cassettes/site-api-site-invitations-create-find-all-destroy.json):
// its attributes, and its meta.final_permissions, which equal them (it inherits from nothing).
const RECORDED_EDITOR_FLAGS = {
  can_access_audit_log: false, can_access_build_events_log: true, can_edit_environment: false, can_edit_favicon: true,
  can_edit_schema: false, can_edit_site: false, can_manage_access_tokens: false, can_manage_build_triggers: false,
  can_manage_environments: false, can_manage_menu: false, can_manage_shared_filters: false, can_manage_sso: false,
  can_manage_users: false, can_manage_webhooks: false, can_manage_workflows: false, can_perform_site_search: false,
  can_promote_environments: false,
};
const RECORDED_EDITOR_FINAL_PERMISSIONS = {
  ...RECORDED_EDITOR_FLAGS,
  environments_access: 'primary_only',
  negative_item_type_permissions: [],
  positive_item_type_permissions: [{
    environment: 'main', item_type: null, workflow: null, on_stage: null, to_stage: null,
    action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null,
  }],
  negative_upload_permissions: [],
  positive_upload_permissions: [{ environment: 'main', action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null }],
  negative_build_trigger_permissions: [],
  positive_build_trigger_permissions: [{ build_trigger: null }],
};

describe('meta.final_permissions', () => {
  it('of a role that inherits nothing is its declared permissions: DatoCMS\'s recorded answer for a new project\'s Editor', async () => {
    const editor = await cma.client().roles.create({
      name: 'Editor (recorded)',
      ...RECORDED_EDITOR_FLAGS,
      environments_access: 'primary_only',
      positive_item_type_permissions: [{ environment: 'main', action: 'all', on_creator: 'anyone', localization_scope: 'all' }],
      negative_item_type_permissions: [],
      positive_upload_permissions: [{ environment: 'main', action: 'all', on_creator: 'anyone', localization_scope: 'all' }],
      negative_upload_permissions: [],
      positive_build_trigger_permissions: [{ build_trigger: null }],
      negative_build_trigger_permissions: [],
    });
    const final = await answeredFinalPermissions(editor.id);
    // Every key the recording has, with the recorded value; upload entries carry the two upload
    // collection keys that DatoCMS added after the recording, and nothing else differs.
    const recordedKeys = Object.fromEntries(Object.keys(RECORDED_EDITOR_FINAL_PERMISSIONS).map((key) => [key, final[key]]));
    for (const entry of recordedKeys.positive_upload_permissions) {
      expect([entry.upload_collection, entry.move_to_upload_collection]).toEqual([null, null]);
      delete entry.upload_collection;
      delete entry.move_to_upload_collection;
    }
    expect(recordedKeys).toEqual(RECORDED_EDITOR_FINAL_PERMISSIONS);
    // Flags DatoCMS added after the recording are answered too, as declared (off).
    expect([final.can_manage_upload_collections, final.can_manage_search_indexes, final.can_access_search_index_events_log]).toEqual([false, false, false]);
  });

  it('ORs each flag with every inherited role\'s final permissions, through the whole chain', async () => {
    const client = cma.client();
    const grandparent = await client.roles.create({ name: 'Webhooks base', can_manage_webhooks: true, environments_access: 'none' });
    const parent = await client.roles.create({ name: 'Menu middle', can_manage_menu: true, environments_access: 'none', inherits_permissions_from: [role(grandparent.id)] });
    const heir = await client.roles.create({ name: 'Schema heir', can_edit_schema: true, environments_access: 'none', inherits_permissions_from: [role(parent.id)] });

    const final = await answeredFinalPermissions(heir.id);
    expect([final.can_edit_schema, final.can_manage_menu, final.can_manage_webhooks, final.can_manage_users]).toEqual([true, true, true, false]);
    // The declared attributes stay the role's own.
    const found = await client.roles.find(heir.id);
    expect([found.can_manage_menu, found.can_manage_webhooks]).toEqual([false, false]);
    // A change to the grandparent reaches the heir.
    await client.roles.update(grandparent.id, { can_manage_webhooks: false, can_manage_sso: true });
    const after = await answeredFinalPermissions(heir.id);
    expect([after.can_manage_webhooks, after.can_manage_sso]).toEqual([false, true]);
  });

  it('unions positive with positive and negative with negative, own entries first, each entry once', async () => {
    const client = cma.client();
    const read = { environment: 'main', action: 'read' as const, on_creator: 'anyone' as const };
    const publishOne = { environment: 'main', action: 'publish' as const, item_type: '1001', on_creator: 'anyone' as const, localization_scope: 'all' as const };
    const base = await client.roles.create({ name: 'Readers', positive_item_type_permissions: [read], negative_item_type_permissions: [publishOne] });
    const left = await client.roles.create({ name: 'Left', inherits_permissions_from: [role(base.id)] });
    const right = await client.roles.create({
      name: 'Right',
      positive_item_type_permissions: [{ environment: 'main', action: 'create', localization_scope: 'all' }],
      negative_item_type_permissions: [],
      inherits_permissions_from: [role(base.id)],
    });
    const diamond = await client.roles.create({
      name: 'Diamond',
      positive_item_type_permissions: [{ ...read }],
      negative_item_type_permissions: [],
      inherits_permissions_from: [role(left.id), role(right.id)],
    });

    const final = await answeredFinalPermissions(diamond.id);
    expect(final.positive_item_type_permissions.map((entry: { action: string }) => entry.action)).toEqual(['read', 'create']);
    expect(final.negative_item_type_permissions).toEqual([{
      environment: 'main', item_type: '1001', workflow: null, on_stage: null, to_stage: null,
      action: 'publish', on_creator: 'anyone', localization_scope: 'all', locale: null,
    }]);
  });

  it('reaches the primary environment and sandboxes when the chain does (primary_only + sandbox_only = all)', async () => {
    const client = cma.client();
    const sandboxes = await client.roles.create({ name: 'Sandboxes', environments_access: 'sandbox_only' });
    const primary = await client.roles.create({ name: 'Primary', environments_access: 'primary_only', inherits_permissions_from: [role(sandboxes.id)] });
    const nowhere = await client.roles.create({ name: 'Nowhere', environments_access: 'none', inherits_permissions_from: [role(sandboxes.id)] });
    expect((await answeredFinalPermissions(primary.id)).environments_access).toBe('all');
    expect((await answeredFinalPermissions(nowhere.id)).environments_access).toBe('sandbox_only');
  });

  it('answers roles that inherit from each other: a cycle adds nothing twice and ends', async () => {
    const client = cma.client();
    const first = await client.roles.create({ name: 'Cycle one', can_manage_menu: true });
    const second = await client.roles.create({ name: 'Cycle two', can_manage_webhooks: true, inherits_permissions_from: [role(first.id)] });
    await client.roles.update(first.id, { inherits_permissions_from: [role(second.id)] });
    for (const id of [first.id, second.id]) {
      const final = await answeredFinalPermissions(id);
      expect([final.can_manage_menu, final.can_manage_webhooks, final.can_edit_schema]).toEqual([true, true, false]);
    }
    expect((await client.roles.list()).length).toBe(cma.store.data.roles.length);
  });
});

describe('the local CMA is an independent oracle', () => {
  it('imports nothing from the API it checks (src/capabilities, src/graphql)', async () => {
    const root = join(import.meta.dirname, '../../src/local-cma');
    const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offending: string[] = [];
    for (const file of files) {
      const source = await readFile(join(root, file), 'utf8');
      for (const match of source.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        if (/(^|\/)(capabilities|graphql)\//.test(match[1]!)) offending.push(`${file}: ${match[1]}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
