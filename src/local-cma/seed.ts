import { randomBytes, randomInt } from 'node:crypto';
import { ROLE_PERMISSION_FLAGS, ROLE_PERMISSION_LISTS } from '../cma/vocabulary.ts';
import { daysBefore } from './last-access.ts';
import type { StoreData, StoredAccessToken, StoredRole, StoredSite } from './types.ts';

/** A new bearer secret, shaped like DatoCMS's (30 lowercase hex characters). */
export function newSecret(): string {
  return randomBytes(15).toString('hex');
}

/** A role with every flag off and every permission list empty: what the CMA creates from a bare name. */
export function blankRole(id: string, name: string): StoredRole {
  const role = { id, name, environments_access: 'all', inherits_permissions_from: [] } as unknown as StoredRole;
  for (const flag of ROLE_PERMISSION_FLAGS) role[flag] = false;
  for (const list of ROLE_PERMISSION_LISTS) role[list] = [];
  return role;
}

const everyModel = (action: string, extra: Record<string, unknown> = {}) => ({
  action,
  environment: 'main',
  item_type: null,
  on_creator: 'anyone',
  ...extra,
});

// Model ids used by the seeded permissions; the local CMA does not serve item types, so they are
// opaque ids as far as it is concerned.
export const SEED_MODEL_IDS = { blogPost: '1001', author: '1002' } as const;

function seedRoles(): StoredRole[] {
  const admin = blankRole('1', 'Admin');
  for (const flag of ROLE_PERMISSION_FLAGS) admin[flag] = true;
  admin.positive_item_type_permissions = [everyModel('all', { localization_scope: 'all' })];
  admin.positive_upload_permissions = [
    { action: 'all', environment: 'main', upload_collection: null, on_creator: 'anyone', localization_scope: 'all' },
  ];
  admin.positive_build_trigger_permissions = [{ build_trigger: null }];
  admin.positive_search_index_permissions = [{ search_index: null }];

  // Writes and publishes content, manages uploads, but cannot touch tokens, users or the schema.
  const editorial = blankRole('2', 'Editorial team');
  editorial.can_manage_shared_filters = true;
  editorial.can_perform_site_search = true;
  editorial.positive_item_type_permissions = [everyModel('all', { localization_scope: 'all' })];
  editorial.positive_upload_permissions = [
    { action: 'all', environment: 'main', upload_collection: null, on_creator: 'anyone', localization_scope: 'all' },
  ];
  editorial.environments_access = 'primary_only';

  const readOnly = blankRole('3', 'Read-only');
  readOnly.positive_item_type_permissions = [everyModel('read')];
  readOnly.positive_upload_permissions = [
    { action: 'read', environment: 'main', upload_collection: null, on_creator: 'anyone' },
  ];
  readOnly.environments_access = 'primary_only';

  // Inherits content permissions from the editorial team and adds publishing infrastructure.
  const seniorEditor = blankRole('4', 'Senior editor');
  seniorEditor.inherits_permissions_from = [editorial.id];
  seniorEditor.environments_access = 'primary_only';
  seniorEditor.can_manage_menu = true;
  seniorEditor.can_manage_build_triggers = true;
  seniorEditor.can_manage_webhooks = true;
  seniorEditor.positive_build_trigger_permissions = [{ build_trigger: null }];

  // Restricted to one model, and forbidden from publishing or deleting even there.
  const contributor = blankRole('5', 'Blog contributor');
  contributor.positive_item_type_permissions = [
    everyModel('all', { item_type: SEED_MODEL_IDS.blogPost, localization_scope: 'all' }),
  ];
  contributor.negative_item_type_permissions = [
    everyModel('publish', { item_type: SEED_MODEL_IDS.blogPost, localization_scope: 'all' }),
    everyModel('delete', { item_type: SEED_MODEL_IDS.blogPost }),
  ];
  contributor.positive_upload_permissions = [
    { action: 'create', environment: 'main', upload_collection: null },
  ];
  contributor.environments_access = 'primary_only';

  const developer = blankRole('6', 'Developer');
  developer.can_edit_schema = true;
  developer.can_edit_environment = true;
  developer.can_manage_environments = true;
  developer.can_manage_webhooks = true;
  developer.can_manage_build_triggers = true;
  developer.can_manage_search_indexes = true;
  developer.can_access_build_events_log = true;
  developer.positive_item_type_permissions = [everyModel('all', { localization_scope: 'all' })];

  return [admin, editorial, readOnly, seniorEditor, contributor, developer];
}

type TokenSeed = Omit<StoredAccessToken, 'secret' | 'last_cma_access_on' | 'last_cda_access_on'> & {
  cmaDaysAgo: number | null;
  cdaDaysAgo: number | null;
};

function seedTokens(now: Date, adminSecret: string): StoredAccessToken[] {
  const seeds: TokenSeed[] = [
    // The factory token a DatoCMS project created since May 2025 starts with: the read-only one
    // (no full-access built-in token any more; see docs/local-cma-fidelity.md).
    { id: '101', name: 'Read-only API token', hardcoded_type: 'readonly', role_id: '3',
      can_access_cda: true, can_access_cda_preview: true, can_access_cma: false, cmaDaysAgo: null, cdaDaysAgo: 3 },
    // The local project's administrator: an ordinary token on the Admin role, whose secret is the
    // demo token printed at start.
    { id: '102', name: 'Demo admin token', hardcoded_type: null, role_id: '1',
      can_access_cda: true, can_access_cda_preview: true, can_access_cma: true, cmaDaysAgo: 0, cdaDaysAgo: 20 },
    // The upstream docs' example: a write-capable role behind a CDA-only token.
    { id: '103', name: 'Public CDA token', hardcoded_type: null, role_id: '2',
      can_access_cda: true, can_access_cda_preview: false, can_access_cma: false, cmaDaysAgo: null, cdaDaysAgo: 0 },
    { id: '104', name: 'Preview token (Next.js drafts)', hardcoded_type: null, role_id: '3',
      can_access_cda: true, can_access_cda_preview: true, can_access_cma: false, cmaDaysAgo: null, cdaDaysAgo: 1 },
    { id: '105', name: 'Import script', hardcoded_type: null, role_id: '2',
      can_access_cda: false, can_access_cda_preview: false, can_access_cma: true, cmaDaysAgo: null, cdaDaysAgo: null },
    { id: '106', name: 'CI deploy token', hardcoded_type: null, role_id: '6',
      can_access_cda: false, can_access_cda_preview: false, can_access_cma: true, cmaDaysAgo: 1, cdaDaysAgo: null },
    { id: '107', name: 'Newsletter sync', hardcoded_type: null, role_id: '4',
      can_access_cda: true, can_access_cda_preview: false, can_access_cma: true, cmaDaysAgo: 75, cdaDaysAgo: 75 },
  ];
  return seeds.map(({ cmaDaysAgo, cdaDaysAgo, ...token }) => ({
    ...token,
    secret: token.id === SEED_ADMIN_TOKEN_ID ? adminSecret : newSecret(),
    last_cma_access_on: cmaDaysAgo === null ? null : daysBefore(now, cmaDaysAgo),
    last_cda_access_on: cdaDaysAgo === null ? null : daysBefore(now, cdaDaysAgo),
  }));
}

export const SEED_ADMIN_TOKEN_ID = '102';

/** A random project id: a numeric string, as DatoCMS's are (the recorded ones have five or six digits). */
export function newSiteId(): string {
  return String(100_000 + randomInt(900_000));
}

/**
 * The local project. Its shape follows DatoCMS's recorded new projects (js-datocms-client cassettes,
 * March 2022): an internal subdomain made of the name and a number, owned by an account.
 */
export function newSite(now: Date, id: string = newSiteId(), ownerAccessToken: string | null = null): StoredSite {
  return {
    id,
    name: 'Local project',
    internal_subdomain: `local-project-${randomInt(1_000, 10_000)}`,
    owner_account_id: String(10_000 + randomInt(90_000)),
    created_at: now.toISOString(),
    owner_access_token: ownerAccessToken,
  };
}

/** What a local project starts from: the demo project, or a brand-new DatoCMS project's contents. */
export type SeedKind = 'demo' | 'fresh';

/** The data of the demo project: realistic roles, the factory token and a few custom tokens. */
export function seedData(now: Date, adminSecret: string = newSecret(), site: StoredSite = newSite(now)): StoreData {
  return { schema_version: 1, next_id: 200, site, roles: seedRoles(), access_tokens: seedTokens(now, adminSecret) };
}

/**
 * The data a local project starts from. `adminSecret` is the demo admin token's secret, or in a fresh
 * project the owner's credential.
 */
export function initialData(kind: SeedKind, now: Date, adminSecret: string, siteId?: string): StoreData {
  return kind === 'fresh' ? freshProjectData(now, adminSecret, siteId) : seedData(now, adminSecret, newSite(now, siteId));
}

// ---- A brand-new project (LOCAL_CMA_SEED=fresh); each row's source is in docs/local-cma-fidelity.md ----

const EVERY_RECORD = {
  environment: 'main', item_type: null, workflow: null, on_stage: null, to_stage: null,
  action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null,
};
const EVERY_UPLOAD = {
  environment: 'main', upload_collection: null, move_to_upload_collection: null,
  action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null,
};

/**
 * The two roles a new DatoCMS project has, Editor then Admin, as GET /roles answered for projects just
 * created (js-datocms-client cassette, 1 March 2022; ruby-datocms-client cassette, February 2021, the
 * same two in the same order). The flags added since (can_manage_upload_collections,
 * can_manage_search_indexes, can_access_search_index_events_log) are assumed on for Admin, off for
 * Editor; the search index entries (added since too) are assumed to follow the build trigger ones.
 */
function freshRoles(): StoredRole[] {
  const editor = blankRole('1', 'Editor');
  editor.can_edit_favicon = true;
  editor.can_access_build_events_log = true;
  editor.environments_access = 'primary_only';

  const admin = blankRole('2', 'Admin');
  for (const flag of ROLE_PERMISSION_FLAGS) admin[flag] = true;
  admin.environments_access = 'all';

  for (const role of [editor, admin]) {
    role.positive_item_type_permissions = [{ ...EVERY_RECORD }];
    role.positive_upload_permissions = [{ ...EVERY_UPLOAD }];
    role.positive_build_trigger_permissions = [{ build_trigger: null }];
    role.positive_search_index_permissions = [{ search_index: null }];
  }
  return [editor, admin];
}

/**
 * A new project's contents as DatoCMS's own client tests count them (js-rest-api-clients,
 * accessToken.test.ts and role.test.ts: one token, two roles): since May 2025 the read-only built-in
 * token alone (no full-access one), listed; the test's bearer is the owner's credential, which is not.
 */
function freshProjectData(now: Date, ownerSecret: string, siteId: string | undefined): StoreData {
  const readOnly: StoredAccessToken = {
    id: '3',
    name: 'Read-only API token',
    secret: newSecret(),
    can_access_cda: true,
    can_access_cda_preview: true,
    can_access_cma: false,
    hardcoded_type: 'readonly',
    // The built-in token answers to its hardcoded type, not to a role: DatoCMS gave the read-only
    // tokens of new projects a role only in November 2026 ("With a role behind them...").
    role_id: null,
    last_cma_access_on: null,
    last_cda_access_on: null,
  };
  return { schema_version: 1, next_id: 4, site: newSite(now, siteId, ownerSecret), roles: freshRoles(), access_tokens: [readOnly] };
}
