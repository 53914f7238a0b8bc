import DataLoader from 'dataloader';
import { CmaNotFoundError } from '../cma/errors.ts';
import type { CmaGateway } from '../cma/gateway.ts';
import type { CmaAccessToken, CmaRole } from '../cma/types.ts';

/**
 * The per-request data loaders. The CMA lists roles and tokens whole (no pagination, no lookup
 * by ids), so a batch of role ids costs one GET /roles, and every role and token list in a request
 * shares one upstream call.
 */
export type Loaders = ReturnType<typeof createLoaders>;

function once<T>(load: () => Promise<T>): { get: () => Promise<T>; reset: () => void } {
  let pending: Promise<T> | undefined;
  return {
    get: () => (pending ??= load().catch((error: unknown) => {
      pending = undefined; // a failed list is not cached: the next field may try again
      throw error;
    })),
    reset: () => {
      pending = undefined;
    },
  };
}

/** DataLoader's contract: one result per key, in key order, an Error for a key that has no value. */
export function byIds<T extends { id: string }>(
  ids: readonly string[],
  items: readonly T[],
  resource: 'access_token' | 'role',
): (T | Error)[] {
  const index = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => index.get(id) ?? new CmaNotFoundError(resource, id));
}

export function createLoaders(gateway: CmaGateway) {
  let loadedRoles: Map<string, CmaRole> | undefined;
  const roleList = once(async () => {
    const roles = await gateway.listRoles();
    for (const role of roles) roleById.prime(role.id, role);
    loadedRoles = new Map(roles.map((role) => [role.id, role]));
    return roles;
  });
  const roleById: DataLoader<string, CmaRole> = new DataLoader(async (ids) => byIds(ids, await roleList.get(), 'role'));

  const accessTokenList = once(async () => {
    const tokens = await gateway.listAccessTokens();
    for (const token of tokens) accessTokenById.prime(token.id, token);
    return tokens;
  });
  const accessTokenById: DataLoader<string, CmaAccessToken> = new DataLoader(async (ids) => {
    // One token: fetch it alone. Several: one list is cheaper than several finds.
    if (ids.length === 1) {
      const [id] = ids as [string];
      try {
        return [await gateway.findAccessToken(id)];
      } catch (error) {
        return [error as Error];
      }
    }
    return byIds(ids, await accessTokenList.get(), 'access_token');
  });

  return {
    gateway,
    /**
     * Starts reading a list that fields further down will need, without waiting for it. A failure
     * is not cached: it is met again, and reported, where the list is used.
     */
    prefetch: {
      roles: () => void roleList.get().catch(() => undefined),
      accessTokens: () => void accessTokenList.get().catch(() => undefined),
    },
    roleList: roleList.get,
    roleById,
    /**
     * The role at once when the role list is already in: a thousand tokens then resolve their role
     * without a promise each. Undefined otherwise (load it through `roleById`).
     */
    roleIfLoaded: (id: string): CmaRole | undefined => loadedRoles?.get(id),
    accessTokenList: accessTokenList.get,
    accessTokenById,
    /** After writes to many tokens: every token may be stale. */
    accessTokensChanged() {
      accessTokenList.reset();
      accessTokenById.clearAll();
    },
    /** After a role write: every role (and every final permission inheriting from it) may be stale. */
    rolesChanged() {
      roleList.reset();
      roleById.clearAll();
      loadedRoles = undefined;
    },
    /** After a write: drop what the write made stale, and remember the token as the CMA returned it. */
    accessTokenChanged(token: CmaAccessToken | { id: string }, deleted = false) {
      accessTokenList.reset();
      accessTokenById.clear(token.id);
      if (!deleted && 'name' in token) accessTokenById.prime(token.id, token);
    },
  };
}
