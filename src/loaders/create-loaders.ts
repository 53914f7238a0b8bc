import DataLoader from 'dataloader';
import { CmaNotFoundError } from '../cma/errors.ts';
import type { CmaGateway } from '../cma/gateway.ts';
import type { CmaAccessToken, CmaRole } from '../cma/types.ts';
import type { Store } from '../store/connect.ts';
import { StoreUnavailableError } from '../store/errors.ts';
import type { Actor } from '../store/events.ts';
import { AccessTokenWrites } from '../writes/access-token-writes.ts';
import { RoleWrites } from '../writes/role-writes.ts';
import { PolicyWrites } from '../writes/policy-writes.ts';
import type { WebhookSettings } from '../notify/deliver.ts';
import type { WriteScope } from '../writes/write-protocol.ts';
import { CallerDirectory } from './caller-directory.ts';
import type { ReconciledLists } from './reconciled-lists.ts';
import { eventPage, type EventFilter } from '../store/events.ts';
import { loadPolicy } from '../store/policies.ts';
import { createTokenRecordsLoader, storeUnavailable } from './token-records-loader.ts';

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

/** What the loaders keep beside the CMA: the store, and who the caller is. */
export type StoreAccess = {
  store: Store | null;
  callers: CallerDirectory;
  /** The caller's bearer, hashed (CallerDirectory.keyOf): the store never sees the bearer itself. */
  callerKey: string;
  requestId: string | null;
  /** See ReconcileOptions.pendingGraceMs. */
  pendingGraceMs: number;
  /** The app's memory of each project's last reconciled token list (see reconciled-lists.ts). */
  reconciled: ReconciledLists;
  /** Where policy enforcement may send its warnings, and how. */
  webhooks: WebhookSettings;
};

export function createLoaders(gateway: CmaGateway, access: StoreAccess) {
  // The caller's project (GET /site), remembered per bearer hash: scopes every row of the store.
  const projectId = once(() => access.callers.projectOf(access.callerKey, async () => (await gateway.findSite()).id));
  const records = createTokenRecordsLoader({ store: access.store, reconciled: access.reconciled, projectId: projectId.get, pendingGraceMs: access.pendingGraceMs });
  let recordsWanted = false;

  let loadedRoles: Map<string, CmaRole> | undefined;
  const roleList = once(async () => {
    const roles = await gateway.listRoles();
    for (const role of roles) roleById.prime(role.id, role);
    loadedRoles = new Map(roles.map((role) => [role.id, role]));
    return roles;
  });
  const roleById: DataLoader<string, CmaRole> = new DataLoader(async (ids) => byIds(ids, await roleList.get(), 'role'));

  const accessTokenList = once(async () => {
    // The store is read while the CMA answers; what changed elsewhere is recorded before fields resolve.
    const reconcile = records.beginList(recordsWanted);
    const tokens = await gateway.listAccessTokens();
    for (const token of tokens) accessTokenById.prime(token.id, token);
    await reconcile(tokens);
    return tokens;
  });

  // The token the caller authenticated with, for the history's actor: token managers see secrets,
  // so their own token is the one whose secret is the bearer. Null for anyone else.
  const actor = once(async (): Promise<Actor | null> => {
    const known = access.callers.get(access.callerKey);
    if (known?.actor !== undefined) return known.actor;
    const own = (await accessTokenList.get()).find((token) => gateway.isCallersOwn(token));
    const found = own ? { accessTokenId: own.id, name: own.name } : null;
    access.callers.rememberActor(access.callerKey, found);
    return found;
  });
  const writeScope = once(async (): Promise<WriteScope> => {
    if (!access.store) throw new StoreUnavailableError('write');
    const [project, by] = await Promise.all([projectId.get(), actor.get()]);
    access.reconciled.forget(project);
    return { store: access.store, projectId: project, actor: by, requestId: access.requestId };
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

  /** After a write: the project's list is reconciled on its next read, whatever it looks like. */
  const forgetList = () => void projectId.get().then((project) => access.reconciled.forget(project), () => undefined);

  const writes = {
    accessTokens: new AccessTokenWrites(gateway, writeScope.get),
    roles: new RoleWrites(gateway, writeScope.get),
    policy: new PolicyWrites(writeScope.get, access.webhooks.allowedOrigins),
  };
  // A read: the project alone, not a write's scope (which forgets the reconciled list and looks up the actor).
  const policy = once(async () => {
    if (!access.store) throw storeUnavailable();
    const project = await projectId.get();
    try {
      return await loadPolicy(access.store.db, project);
    } catch {
      throw storeUnavailable();
    }
  });

  return {
    gateway,
    projectId: projectId.get,
    /** Token, role and policy writes, each through the write protocol (src/writes). */
    writes,
    writeScope: writeScope.get,
    webhooks: access.webhooks,
    /** The project's token policy (the defaults until one is set), read once per request. */
    policy: policy.get,
    /** What the store keeps of a token the request read (owner, expiry, first seen …); null before it was ever seen. */
    recordOf: records.of,
    /** A page of the project's events, newest first (see store/events.ts). */
    async events(filter: EventFilter, page: { first: number; before?: number | undefined }) {
      if (!access.store) throw storeUnavailable();
      const project = await projectId.get();
      try {
        return await eventPage(access.store.db, project, filter, page);
      } catch {
        throw storeUnavailable();
      }
    },
    /**
     * Starts reading a list that fields further down will need, without waiting for it. A failure
     * is not cached: it is met again, and reported, where the list is used.
     */
    prefetch: {
      roles: () => void roleList.get().catch(() => undefined),
      accessTokens: () => void accessTokenList.get().catch(() => undefined),
      /** Call before the token list is read: fields below need what the store keeps, read beside the CMA. */
      records: () => {
        recordsWanted = true;
      },
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
      forgetList();
      records.changed();
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
      forgetList();
      records.changed();
      accessTokenList.reset();
      accessTokenById.clear(token.id);
      if (!deleted && 'name' in token) accessTokenById.prime(token.id, token);
    },
  };
}
