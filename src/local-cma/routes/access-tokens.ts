import { CMA_ERROR_CODES } from '../../cma/vocabulary.ts';
import type { Route, RouteContext } from '../context.ts';
import { CmaHttpError, RECORD_NOT_FOUND, serializeAccessToken } from '../json-api.ts';
import { can, requirePermission } from '../permissions.ts';
import { accessTokenCreateBody, accessTokenUpdateBody, parseResource } from '../request-schemas.ts';
import { newSecret } from '../seed.ts';
import type { StoreData, StoredAccessToken } from '../types.ts';

function findToken(data: StoreData, id: string | undefined): StoredAccessToken {
  const token = data.access_tokens.find((candidate) => candidate.id === id);
  if (!token) throw new CmaHttpError(404, CMA_ERROR_CODES.notFound, RECORD_NOT_FOUND);
  return token;
}

function requireExistingRole(data: StoreData, roleId: string): void {
  if (!data.roles.some((role) => role.id === roleId)) {
    throw new CmaHttpError(422, CMA_ERROR_CODES.invalidField, {
      field: 'role',
      field_path: ['relationships', 'role', 'data'],
      code: 'VALIDATION_INVALID',
      message: `Role ${roleId} does not exist`,
    });
  }
}

// The secret is shown only to callers whose role can manage access tokens, on every endpoint.
function present(context: RouteContext, token: StoredAccessToken) {
  return serializeAccessToken(token, can(context, 'can_manage_access_tokens'), context.now);
}

const list: Route['handler'] = (context) => ({
  status: 200,
  body: { data: context.store.data.access_tokens.map((token) => present(context, token)) },
});

const find: Route['handler'] = (context) => ({
  status: 200,
  body: { data: present(context, findToken(context.store.data, context.params.id)) },
});

const create: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_access_tokens');
  const { attributes, relationships } = parseResource(context.body, 'access_token', accessTokenCreateBody);
  const created = await context.store.mutate((draft) => {
    requireExistingRole(draft, relationships.role.data.id);
    const token: StoredAccessToken = {
      id: String(draft.next_id++),
      ...attributes,
      secret: newSecret(),
      hardcoded_type: null,
      role_id: relationships.role.data.id,
      last_cma_access_on: null,
      last_cda_access_on: null,
    };
    draft.access_tokens.push(token);
    return token;
  });
  // The upstream reference shows 200 (not 201) for a created token.
  return { status: 200, body: { data: present(context, created) } };
};

const update: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_access_tokens');
  const updated = await context.store.mutate((draft) => {
    const token = findToken(draft, context.params.id);
    if (token.hardcoded_type !== null) {
      throw new CmaHttpError(422, CMA_ERROR_CODES.nonEditableAccessToken, { hardcoded_type: token.hardcoded_type });
    }
    const { attributes, relationships } = parseResource(context.body, 'access_token', accessTokenUpdateBody, { id: token.id });
    const roleData = relationships?.role.data;
    if (roleData) {
      requireExistingRole(draft, roleData.id);
      token.role_id = roleData.id;
    }
    Object.assign(token, attributes);
    return token;
  });
  return { status: 200, body: { data: present(context, updated) } };
};

const regenerate: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_access_tokens');
  const rotated = await context.store.mutate((draft) => {
    const token = findToken(draft, context.params.id);
    token.secret = newSecret();
    return token;
  });
  return { status: 200, body: { data: present(context, rotated) } };
};

const destroy: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_access_tokens');
  const removed = await context.store.mutate((draft) => {
    const token = findToken(draft, context.params.id);
    // The CMA's destroy docs: a token cannot delete itself. The 422 status is assumed (no recording shows it).
    if (token.id === context.callerTokenId) throw new CmaHttpError(422, CMA_ERROR_CODES.cannotDestroyCurrentUser);
    draft.access_tokens = draft.access_tokens.filter((candidate) => candidate !== token);
    return token;
  });
  return { status: 200, body: { data: present(context, removed) } };
};

export const accessTokenRoutes: Route[] = [
  { method: 'GET', pattern: /^\/access_tokens$/, handler: list },
  { method: 'POST', pattern: /^\/access_tokens$/, handler: create },
  { method: 'GET', pattern: /^\/access_tokens\/(?<id>[^/]+)$/, handler: find },
  { method: 'PUT', pattern: /^\/access_tokens\/(?<id>[^/]+)$/, handler: update },
  { method: 'DELETE', pattern: /^\/access_tokens\/(?<id>[^/]+)$/, handler: destroy },
  { method: 'POST', pattern: /^\/access_tokens\/(?<id>[^/]+)\/regenerate_token$/, handler: regenerate },
];
