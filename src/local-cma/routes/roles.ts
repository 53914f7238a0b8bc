import { CMA_ERROR_CODES } from '../../cma/vocabulary.ts';
import type { Route, RouteContext } from '../context.ts';
import { CmaHttpError, serializeRole } from '../json-api.ts';
import { requirePermission, rolesById } from '../permissions.ts';
import { parseResource, roleCreateBody, roleUpdateBody } from '../request-schemas.ts';
import { blankRole } from '../seed.ts';
import type { StoreData, StoredRole } from '../types.ts';

function findRole(data: StoreData, id: string | undefined): StoredRole {
  const role = data.roles.find((candidate) => candidate.id === id);
  if (!role) throw new CmaHttpError(404, CMA_ERROR_CODES.notFound, { resource: 'role', id });
  return role;
}

function inheritedIds(data: StoreData, roleId: string, requested: { id: string }[] | undefined): string[] | undefined {
  if (requested === undefined) return undefined;
  const ids = requested.map((entry) => entry.id);
  const unknown = ids.find((id) => id === roleId || !data.roles.some((role) => role.id === id));
  if (unknown !== undefined) {
    throw new CmaHttpError(422, CMA_ERROR_CODES.invalidField, {
      field: 'inherits_permissions_from',
      code: 'VALIDATION_INVALID',
      message: unknown === roleId ? 'A role cannot inherit from itself' : `Role ${unknown} does not exist`,
    });
  }
  return ids;
}

function present(context: RouteContext, role: StoredRole) {
  return serializeRole(role, rolesById(context.store.data));
}

const list: Route['handler'] = (context) => {
  // One index for the whole list: final permissions of every role are computed against it.
  const index = rolesById(context.store.data);
  return { status: 200, body: { data: context.store.data.roles.map((role) => serializeRole(role, index)) } };
};

const find: Route['handler'] = (context) => ({
  status: 200,
  body: { data: present(context, findRole(context.store.data, context.params.id)) },
});

const create: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_users');
  const { attributes, relationships } = parseResource(context.body, 'role', roleCreateBody);
  const created = await context.store.mutate((draft) => {
    const role = blankRole(String(draft.next_id++), attributes.name as string);
    Object.assign(role, attributes);
    role.inherits_permissions_from =
      inheritedIds(draft, role.id, relationships?.inherits_permissions_from?.data) ?? [];
    draft.roles.push(role);
    return role;
  });
  return { status: 200, body: { data: present(context, created) } };
};

const update: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_users');
  const { attributes, relationships } = parseResource(context.body, 'role', roleUpdateBody);
  const updated = await context.store.mutate((draft) => {
    const role = findRole(draft, context.params.id);
    Object.assign(role, attributes ?? {});
    const inherits = inheritedIds(draft, role.id, relationships?.inherits_permissions_from?.data);
    if (inherits !== undefined) role.inherits_permissions_from = inherits;
    return role;
  });
  return { status: 200, body: { data: present(context, updated) } };
};

const duplicate: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_users');
  const copy = await context.store.mutate((draft) => {
    const original = findRole(draft, context.params.id);
    const role: StoredRole = { ...structuredClone(original), id: String(draft.next_id++), name: `${original.name} (copy)` };
    draft.roles.push(role);
    return role;
  });
  return { status: 200, body: { data: present(context, copy) } };
};

const destroy: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_users');
  const { removed, remaining } = await context.store.mutate((draft) => {
    const role = findRole(draft, context.params.id);
    draft.roles = draft.roles.filter((candidate) => candidate !== role);
    for (const other of draft.roles) {
      other.inherits_permissions_from = other.inherits_permissions_from.filter((id) => id !== role.id);
    }
    // Tokens keep pointing at the deleted role on purpose: see StoredAccessToken.role_id.
    return { removed: role, remaining: rolesById(draft) };
  });
  return { status: 200, body: { data: serializeRole(removed, remaining) } };
};

export const roleRoutes: Route[] = [
  { method: 'GET', pattern: /^\/roles$/, handler: list },
  { method: 'POST', pattern: /^\/roles$/, handler: create },
  { method: 'GET', pattern: /^\/roles\/(?<id>[^/]+)$/, handler: find },
  { method: 'PUT', pattern: /^\/roles\/(?<id>[^/]+)$/, handler: update },
  { method: 'DELETE', pattern: /^\/roles\/(?<id>[^/]+)$/, handler: destroy },
  { method: 'POST', pattern: /^\/roles\/(?<id>[^/]+)\/duplicate$/, handler: duplicate },
];
