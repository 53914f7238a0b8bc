import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClient } from '@datocms/cma-client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCmaOptionsFromEnv } from '../../src/local-cma/config.ts';
import { apiErrorOf, startTestCma, TEST_ADMIN_TOKEN, type TestCma } from '../support/local-cma.ts';
import { killHard, spawnLocalCma } from '../support/spawn-local-cma.ts';

// LOCAL_CMA_SEED=fresh: a brand-new DatoCMS project, each row from docs/local-cma-fidelity.md
// ("A new project").

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma({ seed: 'fresh' });
});
afterAll(() => cma.stop());

// The two roles of a project just created, as DatoCMS answered GET /roles on 1 March 2022
// (datocms/js-datocms-client, cassettes/site-api-site-invitations-create-find-all-destroy.json), in
// that order. Only the flags that existed then.
const RECORDED_FLAGS = [
  'can_access_audit_log', 'can_access_build_events_log', 'can_edit_environment', 'can_edit_favicon', 'can_edit_schema',
  'can_edit_site', 'can_manage_access_tokens', 'can_manage_build_triggers', 'can_manage_environments', 'can_manage_menu',
  'can_manage_shared_filters', 'can_manage_sso', 'can_manage_users', 'can_manage_webhooks', 'can_manage_workflows',
  'can_perform_site_search', 'can_promote_environments',
] as const;
const RECORDED_EDITOR_FLAGS_ON = ['can_access_build_events_log', 'can_edit_favicon'];
const RECORDED_ITEM_TYPE_ENTRY = {
  environment: 'main', item_type: null, workflow: null, on_stage: null, to_stage: null,
  action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null,
};
const RECORDED_UPLOAD_ENTRY = { environment: 'main', action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null };

describe('a fresh local project', () => {
  it('lists one API token: the read-only built-in token, on no role (the owner\'s credential is not an API token)', async () => {
    const tokens = await cma.client().accessTokens.list();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({
      name: 'Read-only API token',
      hardcoded_type: 'readonly',
      can_access_cda: true,
      can_access_cda_preview: true,
      can_access_cma: false,
      role: null,
      last_cma_access: 'never',
    });
    // The bearer the official tests use, the owner's, reads the secret like any caller who may manage tokens.
    expect(tokens[0]!.token).toMatch(/^[0-9a-f]{30}$/);
  });

  it('has two roles, Editor then Admin, as DatoCMS answered for new projects', async () => {
    const response = await fetch(`${cma.url}/roles`, { headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'X-Api-Version': '3' } });
    const roles = ((await response.json()) as { data: { attributes: Record<string, any>; meta: { final_permissions: Record<string, any> }; relationships: any }[] }).data;
    expect(roles.map((role) => role.attributes.name)).toEqual(['Editor', 'Admin']);
    const [editor, admin] = roles;
    for (const flag of RECORDED_FLAGS) {
      expect([flag, editor!.attributes[flag]]).toEqual([flag, RECORDED_EDITOR_FLAGS_ON.includes(flag)]);
      expect([flag, admin!.attributes[flag]]).toEqual([flag, true]);
    }
    expect([editor!.attributes.environments_access, admin!.attributes.environments_access]).toEqual(['primary_only', 'all']);
    for (const role of [editor!, admin!]) {
      expect(role.attributes.positive_item_type_permissions).toEqual([RECORDED_ITEM_TYPE_ENTRY]);
      expect(role.attributes.positive_upload_permissions).toEqual([{ ...RECORDED_UPLOAD_ENTRY, upload_collection: null, move_to_upload_collection: null }]);
      expect(role.attributes.positive_build_trigger_permissions).toEqual([{ build_trigger: null }]);
      expect([role.attributes.negative_item_type_permissions, role.attributes.negative_upload_permissions]).toEqual([[], []]);
      expect(role.relationships.inherits_permissions_from).toEqual({ data: [] });
      // They inherit nothing: their final permissions are their own, as recorded.
      for (const flag of RECORDED_FLAGS) expect(role.meta.final_permissions[flag]).toBe(role.attributes[flag]);
      expect(role.meta.final_permissions.positive_item_type_permissions).toEqual([RECORDED_ITEM_TYPE_ENTRY]);
    }
  });

  it('has the primary environment main', async () => {
    expect((await cma.client().environments.list()).map((environment) => [environment.id, environment.meta.primary])).toEqual([['main', true]]);
  });

  it('lets the owner do everything, and never lists, rotates or deletes the owner\'s credential', async () => {
    const client = cma.client();
    const role = await client.roles.create({ name: 'Translator' });
    const token = await client.accessTokens.create({
      name: 'Translator token', can_access_cda: true, can_access_cda_preview: false, can_access_cma: true, role: { type: 'role', id: role.id },
    });
    expect((await client.accessTokens.list()).map((listed) => listed.name)).toEqual(['Read-only API token', 'Translator token']);
    // The created token's secret works; the owner's still does.
    expect((await cma.client(token.token!).roles.list()).length).toBe(3);
    await client.accessTokens.destroy(token.id);
    await client.roles.destroy(role.id);
    expect(await client.accessTokens.list()).toHaveLength(1);
    expect(await client.roles.list()).toHaveLength(2);
    expect(cma.adminToken()).toBe(TEST_ADMIN_TOKEN);
  });

  it('refuses the read-only token on the CMA, like any token without CMA access', async () => {
    const readOnly = cma.store.data.access_tokens[0]!;
    expect(await apiErrorOf(cma.client(readOnly.secret).roles.list())).toMatchObject({ status: 401, code: 'INVALID_AUTHORIZATION_HEADER' });
  });
});

describe('LOCAL_CMA_SEED', () => {
  it('fresh starts the local CMA from a new project, and prints the owner\'s credential', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'local-cma-fresh-'));
    const local = await spawnLocalCma({ LOCAL_CMA_DATA: join(dataDir, 'data.json'), LOCAL_CMA_SEED: 'fresh', LOCAL_CMA_ADMIN_TOKEN: TEST_ADMIN_TOKEN });
    try {
      const client = buildClient({ apiToken: TEST_ADMIN_TOKEN, baseUrl: local.url });
      expect([(await client.accessTokens.list()).length, (await client.roles.list()).length]).toEqual([1, 2]);
      expect(local.output()).toContain(`Project owner's token: ${TEST_ADMIN_TOKEN}`);
    } finally {
      await killHard(local.child);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('is the demo project unless told otherwise, and nothing else', () => {
    expect(localCmaOptionsFromEnv({}).seed).toBe('demo');
    expect(() => localCmaOptionsFromEnv({ LOCAL_CMA_SEED: 'empty' })).toThrow(/LOCAL_CMA_SEED/);
  });
});
