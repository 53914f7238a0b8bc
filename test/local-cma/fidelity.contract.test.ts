import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorOf, SEEDED, startTestCma, TEST_ADMIN_TOKEN, type TestCma } from '../support/local-cma.ts';

// Each test pins one row of docs/local-cma-fidelity.md: what DatoCMS does, from a named source.

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma();
});
afterAll(() => cma.stop());

const role = (id: string) => ({ type: 'role' as const, id });

/** A request the official client cannot be made to send (it always sends X-Api-Version, never extra attributes). */
async function raw(method: string, path: string, body?: unknown, headers: Record<string, string> = { 'X-Api-Version': '3' }) {
  const response = await fetch(`${cma.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data: any } };
}

const tokenAttributes = { name: 'Fidelity', can_access_cda: true, can_access_cda_preview: false, can_access_cma: false };

describe('the local CMA refuses what DatoCMS refuses', () => {
  it('a request without X-Api-Version: 422 INVALID_API_VERSION (projects created since 31 May 2022)', async () => {
    const response = await raw('GET', '/access_tokens', undefined, {});
    expect(response.status).toBe(422);
    expect(response.body.data[0].attributes.code).toBe('INVALID_API_VERSION');
  });

  it('an unrouted path or method: INVALID_ENDPOINT', async () => {
    expect((await raw('GET', '/no_such_resource')).body.data[0].attributes.code).toBe('INVALID_ENDPOINT');
    const wrongMethod = await raw('PATCH', `/access_tokens/${SEEDED.ciDeploy}`, { data: {} });
    expect([wrongMethod.status, wrongMethod.body.data[0].attributes.code]).toEqual([404, 'INVALID_ENDPOINT']);
  });

  it('an attribute the schema does not have: 422 INVALID_ATTRIBUTES naming it, nothing created', async () => {
    const count = cma.store.data.access_tokens.length;
    const response = await raw('POST', '/access_tokens', {
      data: { type: 'access_token', attributes: { ...tokenAttributes, hardcoded_type: 'admin' }, relationships: { role: { data: role('3') } } },
    });
    expect(response.status).toBe(422);
    expect(response.body.data[0].attributes).toMatchObject({ code: 'INVALID_ATTRIBUTES', details: { extraneous_attributes: ['hardcoded_type'] } });
    expect(cma.store.data.access_tokens.length).toBe(count);
  });

  it('an access token update with role data null (AccessTokenUpdateSchema takes a RoleData), through the official client', async () => {
    const token = await cma.client().accessTokens.create({ ...tokenAttributes, role: role('3') });
    const refused = await apiErrorOf(cma.client().accessTokens.update(token.id, { ...tokenAttributes, role: null as never }));
    expect(refused).toMatchObject({ status: 422, code: 'INVALID_FIELD', details: { field: 'role' } });
    expect(cma.store.data.access_tokens.find((candidate) => candidate.id === token.id)!.role_id).toBe('3');
  });

  it('an update whose data.id is not the id in its URL: 422 INVALID_FORMAT, nothing changed', async () => {
    const response = await raw('PUT', `/access_tokens/${SEEDED.ciDeploy}`, {
      data: { type: 'access_token', id: SEEDED.publicCda, attributes: { ...tokenAttributes, name: 'Crossed' } },
    });
    expect([response.status, response.body.data[0].attributes.code]).toEqual([422, 'INVALID_FORMAT']);
    expect(cma.store.data.access_tokens.filter((token) => token.name === 'Crossed')).toEqual([]);
  });

  it('a token deleting itself: CANNOT_DESTROY_CURRENT_USER, through the official client', async () => {
    const admin = await cma.client().accessTokens.create({ ...tokenAttributes, can_access_cma: true, role: role(SEEDED.roles.admin) });
    expect(await apiErrorOf(cma.client(admin.token!).accessTokens.destroy(admin.id))).toMatchObject({
      status: 422, code: 'CANNOT_DESTROY_CURRENT_USER',
    });
    expect(cma.store.data.access_tokens.some((token) => token.id === admin.id)).toBe(true);
  });
});

describe('the local CMA answers in the shapes DatoCMS answers with', () => {
  it('an error: a six-hex id, doc_url, NOT_FOUND details as recorded, no-cache', async () => {
    const response = await raw('GET', '/access_tokens/424242');
    expect(response.status).toBe(404);
    expect(response.body.data).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{6}$/),
        type: 'api_error',
        attributes: {
          code: 'NOT_FOUND',
          details: { message: 'ActiveRecord::RecordNotFound' },
          doc_url: 'https://www.datocms.com/docs/content-management-api/errors#NOT_FOUND',
        },
      },
    ]);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('a success: the recorded headers, and a weak ETag on a GET', async () => {
    const response = await raw('GET', '/roles');
    expect(response.status).toBe(200);
    expect(Object.fromEntries(['cache-control', 'x-api-version', 'x-environment', 'x-content-type-options', 'access-control-allow-origin']
      .map((name) => [name, response.headers.get(name)]))).toEqual({
      'cache-control': 'max-age=0, private, must-revalidate',
      'x-api-version': '3',
      'x-environment': 'main',
      'x-content-type-options': 'nosniff',
      'access-control-allow-origin': '*',
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('etag')).toMatch(/^W\/"[0-9a-f]{32}"$/);
    expect(response.headers.get('access-control-expose-headers')).toBe('x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset');
  });

  // A real GET /roles answer: datocms/js-datocms-client, cassettes/site-api-site-invitations-create-
  // find-all-destroy.json (recorded 1 March 2022), role "Editor" of a new project, its entries verbatim.
  const RECORDED_ITEM_TYPE_ENTRY = {
    environment: 'main', item_type: null, workflow: null, on_stage: null, to_stage: null,
    action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null,
  };
  const RECORDED_UPLOAD_ENTRY = { environment: 'main', action: 'all', on_creator: 'anyone', localization_scope: 'all', locale: null };
  const RECORDED_BUILD_TRIGGER_ENTRY = { build_trigger: null };

  it('permission entries come back with every key, null when unset, as recorded, in attributes and final permissions', async () => {
    const created = await cma.client().roles.create({
      name: 'Recorded entries',
      positive_item_type_permissions: [{ action: 'all', environment: 'main', on_creator: 'anyone', localization_scope: 'all' }],
      positive_upload_permissions: [{ action: 'all', environment: 'main', on_creator: 'anyone', localization_scope: 'all' }],
      positive_build_trigger_permissions: [{ build_trigger: null }],
      negative_build_trigger_permissions: [],
    });
    const response = await raw('GET', `/roles/${created.id}`);
    const { attributes, meta } = response.body.data;
    expect(Object.entries(attributes.positive_item_type_permissions[0])).toEqual(Object.entries(RECORDED_ITEM_TYPE_ENTRY));
    expect(meta.final_permissions.positive_item_type_permissions).toEqual([RECORDED_ITEM_TYPE_ENTRY]);
    // Upload collections came after the recording: their two keys are the only ones it lacks.
    expect(attributes.positive_upload_permissions).toEqual([{ ...RECORDED_UPLOAD_ENTRY, upload_collection: null, move_to_upload_collection: null }]);
    expect(meta.final_permissions.positive_upload_permissions).toEqual(attributes.positive_upload_permissions);
    expect(attributes.positive_build_trigger_permissions).toEqual([RECORDED_BUILD_TRIGGER_ENTRY]);
  });

  it('entries sent with keys left out come back with every key, required ones filled in, through the official client', async () => {
    const created = await cma.client().roles.create({
      name: 'Sparse entries',
      positive_item_type_permissions: [
        { action: 'update', environment: 'main' } as never,
        { action: 'create', environment: 'main' } as never,
        { action: 'duplicate', environment: 'main', item_type: '1001' } as never,
      ],
      positive_upload_permissions: [{ action: 'read', environment: 'main' } as never, { action: 'create', environment: 'main' }],
      positive_build_trigger_permissions: [{}],
      negative_build_trigger_permissions: [],
      positive_search_index_permissions: [{}],
      negative_search_index_permissions: [],
    });
    const found = await cma.client().roles.find(created.id);
    const unset = { item_type: null, workflow: null, on_stage: null, to_stage: null, on_creator: null, localization_scope: null, locale: null };
    expect(found.positive_item_type_permissions).toEqual([
      { ...unset, action: 'update', environment: 'main', on_creator: 'anyone', localization_scope: 'all' },
      { ...unset, action: 'create', environment: 'main', localization_scope: 'all' },
      { ...unset, action: 'duplicate', environment: 'main', item_type: '1001' },
    ]);
    const unsetUpload = { upload_collection: null, move_to_upload_collection: null, on_creator: null, localization_scope: null, locale: null };
    expect(found.positive_upload_permissions).toEqual([
      { ...unsetUpload, action: 'read', environment: 'main', on_creator: 'anyone' },
      { ...unsetUpload, action: 'create', environment: 'main' },
    ]);
    expect(found.positive_build_trigger_permissions).toEqual([{ build_trigger: null }]);
    expect(found.positive_search_index_permissions).toEqual([{ search_index: null }]);
  });

  it('a new project has the read-only built-in token and no full-access one (since May 2025)', async () => {
    const builtIn = (await cma.client().accessTokens.list()).filter((token) => token.hardcoded_type !== null);
    expect(builtIn.map((token) => [token.name, token.hardcoded_type, token.can_access_cma])).toEqual([['Read-only API token', 'readonly', false]]);
  });
});
