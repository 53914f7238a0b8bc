import { CMA_ERROR_CODES } from '../../cma/vocabulary.ts';
import type { Route, RouteContext } from '../context.ts';
import { CmaHttpError, RECORD_NOT_FOUND, serializeRole } from '../json-api.ts';
import { requirePermission, rolesById } from '../permissions.ts';
import { parseResource, roleCreateBody, roleUpdateBody } from '../request-schemas.ts';
import { blankRole } from '../seed.ts';
import type { StoreData, StoredRole } from '../types.ts';

function findRole(data: StoreData, id: string | undefined): StoredRole {
  const role = data.roles.find((candidate) => candidate.id === id);
  if (!role) throw new CmaHttpError(404, CMA_ERROR_CODES.notFound, RECORD_NOT_FOUND);
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
  const { attributes, relationships } = parseResource(context.body, 'role', roleUpdateBody, { id: context.params.id ?? '' });
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
    // The duplicate documentation: the copy's name is suffixed " (duplicate #N)" to keep names unique.
    let copyNumber = 1;
    while (draft.roles.some((role) => role.name === `${original.name} (duplicate #${copyNumber})`)) copyNumber += 1;
    const role: StoredRole = { ...structuredClone(original), id: String(draft.next_id++), name: `${original.name} (duplicate #${copyNumber})` };
    draft.roles.push(role);
    return role;
  });
  return { status: 200, body: { data: present(context, copy) } };
};

const destroy: Route['handler'] = async (context) => {
  requirePermission(context, 'can_manage_users');
  const { removed, remaining } = await context.store.mutate((draft) => {
    const role = findRole(draft, context.params.id);
    // The role destroy documentation: a role cannot be deleted while API tokens (or collaborators,
    // SSO users) are bound to it. The code the CMA answers with is not documented: DELETE_RESTRICTION,
    // from the CMA's list of error codes, is assumed.
    const bound = draft.access_tokens.filter((token) => token.role_id === role.id).map((token) => token.id);
    if (bound.length > 0) {
      throw new CmaHttpError(422, CMA_ERROR_CODES.deleteRestriction, {
        message: `Role ${role.id} is assigned to API tokens ${bound.join(', ')}: assign them another role first`,
      });
    }
    draft.roles = draft.roles.filter((candidate) => candidate !== role);
    // Whether the CMA refuses to delete a role other roles inherit from is not documented: the
    // local CMA removes it from their lists instead.
    for (const other of draft.roles) {
      other.inherits_permissions_from = other.inherits_permissions_from.filter((id) => id !== role.id);
    }
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
