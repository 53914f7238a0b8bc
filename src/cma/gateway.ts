import type { ApiTypes, Client } from '@datocms/cma-client-node';
import type { CmaPolicy } from '../config.ts';
import { sameWritableState } from './access-token-version.ts';
import { CmaNotFoundError, isCmaRefusal, toCmaError } from './errors.ts';
import { RateLimitGate } from './rate-limit-gate.ts';
import { withReadRetry } from './read-retry.ts';
import { settleLostWrite, type ReadBack, type WriteDescription } from './settle-lost-write.ts';
import { roleState } from './role-version.ts';
import type { CmaAccessToken, CmaRole } from './types.ts';
import { ROLE_PERMISSION_FLAGS, ROLE_PERMISSION_LISTS, type RolePermissionFlag, type RolePermissionList } from './vocabulary.ts';

/** The attributes the CMA's PUT and POST require, and the role by id. */
export type AccessTokenAttributes = Omit<ApiTypes.AccessTokenUpdateSchema, 'id' | 'type' | 'role'> & { roleId: string };
/** A partial update: what is left out keeps its current value, the role included. */
export type AccessTokenPatch = Partial<AccessTokenAttributes>;
/** A role's writable attributes and inheritance, as the CMA's create and update take them. */
export type RoleBody = Record<RolePermissionFlag, boolean> &
  Record<RolePermissionList, Record<string, unknown>[]> & {
    name: string;
    environments_access: ApiTypes.Role['environments_access'];
    inherits_permissions_from: { type: 'role'; id: string }[];
  };

const ROLE_WRITABLE: readonly string[] = ['name', 'environments_access', 'inherits_permissions_from', ...ROLE_PERMISSION_FLAGS, ...ROLE_PERMISSION_LISTS];

/** A role's writable attributes, as the CMA's PUT takes them whole. */
export function writableOf(role: CmaRole): RoleBody {
  return Object.fromEntries(ROLE_WRITABLE.map((key) => [key, (role as unknown as Record<string, unknown>)[key]])) as RoleBody;
}


type Target = Parameters<typeof toCmaError>[1];

/**
 * Every CMA call this API makes, for one caller. Reads retry within the policy. A write is sent
 * once, and a lost answer is settled by reading back (settle-lost-write.ts), never by sending it
 * again. Locks, versions and the record of every write belong to the write protocol (src/writes/),
 * which calls the send primitives here once it has made its checks.
 */
export class CmaGateway {
  constructor(
    private readonly client: Client,
    private readonly policy: CmaPolicy,
    /** Fed by every answer this caller gets (see the context); bulk writes wait on it. */
    readonly rateLimit: RateLimitGate = new RateLimitGate(),
  ) {}

  async #read<T>(target: Target, call: () => Promise<T>): Promise<T> {
    return withReadRetry(this.policy, async () => {
      try {
        return await call();
      } catch (error) {
        throw toCmaError(error, target);
      }
    });
  }

  async #write<T>(target: Target, write: WriteDescription, call: () => Promise<T>, readBack: () => Promise<ReadBack<T>>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const failure = toCmaError(error, target);
      if (isCmaRefusal(error)) throw failure;
      return settleLostWrite(write, failure, readBack);
    }
  }

  /** Whether `token` is the one this gateway's caller is authenticated with (secrets are shown to token managers). */
  isCallersOwn(token: CmaAccessToken): boolean {
    return token.token != null && token.token === this.client.config.apiToken;
  }

  /** The project the caller's token belongs to: what scopes everything the store keeps. */
  findSite(): Promise<ApiTypes.Site> {
    return this.#read({ resource: 'site' }, () => this.client.site.find());
  }

  listAccessTokens(): Promise<CmaAccessToken[]> {
    return this.#read({ resource: 'access_token' }, () => this.client.accessTokens.list());
  }

  findAccessToken(id: string): Promise<CmaAccessToken> {
    return this.#read({ resource: 'access_token', id }, () => this.client.accessTokens.find(id));
  }

  async #findIfExists(id: string): Promise<CmaAccessToken | null> {
    try {
      return await this.findAccessToken(id);
    } catch (error) {
      if (error instanceof CmaNotFoundError) return null;
      throw error;
    }
  }

  listRoles(): Promise<CmaRole[]> {
    return this.#read({ resource: 'role' }, () => this.client.roles.list());
  }

  findRole(id: string): Promise<CmaRole> {
    return this.#read({ resource: 'role', id }, () => this.client.roles.find(id));
  }

  async #findRoleIfExists(id: string): Promise<CmaRole | null> {
    try {
      return await this.findRole(id);
    } catch (error) {
      if (error instanceof CmaNotFoundError) return null;
      throw error;
    }
  }

  /** Roles that exist now and did not in `known`, for settling a lost create or duplicate. */
  async #newRoles(known: Set<string>, matches: (role: CmaRole) => boolean): Promise<ReadBack<CmaRole>> {
    const created = (await this.listRoles()).filter((role) => !known.has(role.id) && matches(role));
    if (created.length === 1) return { state: 'applied', value: created[0]! };
    return created.length === 0 ? { state: 'unchanged' } : { state: 'changed_otherwise' };
  }

  // ---- Send once, settle by reading back. No lock and no version check here: the write
  // protocol (src/writes/) holds the lock and has made every check before it calls these.

  /** A lost answer is settled by listing again: the one new token in the state asked for is the one created. */
  sendCreateAccessToken(attributes: AccessTokenAttributes, known: ReadonlySet<string>): Promise<CmaAccessToken> {
    const { roleId, ...flags } = attributes;
    const intended = { ...flags, role: { type: 'role' as const, id: roleId } };
    return this.#write<CmaAccessToken>(
      { resource: 'role', id: roleId },
      { action: 'creation', resource: 'token list' },
      () => this.client.accessTokens.create(intended),
      async () => {
        const created = (await this.listAccessTokens()).filter((token) => !known.has(token.id) && sameWritableState(token, intended));
        if (created.length === 1) return { state: 'applied', value: created[0]! };
        return created.length === 0 ? { state: 'unchanged' } : { state: 'changed_otherwise' };
      },
    );
  }

  /** PUTs the full body (the role only when it changes, so the CMA keeps it otherwise). */
  sendUpdateAccessToken(before: CmaAccessToken, intended: CmaAccessToken): Promise<CmaAccessToken> {
    const id = before.id;
    const attributes = {
      name: intended.name,
      can_access_cda: intended.can_access_cda,
      can_access_cda_preview: intended.can_access_cda_preview,
      can_access_cma: intended.can_access_cma,
    };
    const roleChanges = (intended.role?.id ?? null) !== (before.role?.id ?? null);
    return this.#write<CmaAccessToken>(
      { resource: 'access_token', id },
      { action: 'update', resource: 'token' },
      () => this.client.accessTokens.update(id, roleChanges && intended.role ? { ...attributes, role: intended.role } : attributes),
      async () => {
        const seen = await this.#findIfExists(id);
        if (seen && sameWritableState(seen, intended)) return { state: 'applied', value: seen };
        return seen && sameWritableState(seen, before) ? { state: 'unchanged' } : { state: 'changed_otherwise' };
      },
    );
  }

  /** A lost answer is settled by reading the token again: a changed secret means the rotation happened. */
  sendRotateAccessToken(before: CmaAccessToken): Promise<CmaAccessToken> {
    const id = before.id;
    return this.#write<CmaAccessToken>(
      { resource: 'access_token', id },
      { action: 'rotation', resource: 'token' },
      () => this.client.accessTokens.regenerateToken(id),
      async () => {
        const seen = await this.#findIfExists(id);
        if (!seen || seen.token == null || before.token == null) return { state: 'changed_otherwise' };
        return seen.token === before.token ? { state: 'unchanged' } : { state: 'applied', value: seen };
      },
    );
  }

  /** Returns `before` (the token as last read, if it was), or null when the answer was lost and the token is gone. */
  sendDeleteAccessToken(id: string, before: CmaAccessToken | null): Promise<CmaAccessToken | null> {
    return this.#write<CmaAccessToken | null>(
      { resource: 'access_token', id },
      { action: 'deletion', resource: 'token' },
      () => this.client.accessTokens.destroy(id),
      async () => ((await this.#findIfExists(id)) ? { state: 'unchanged' } : { state: 'applied', value: before }),
    );
  }

  /** A lost answer is settled by finding the one new role that `matches`. */
  sendCreateRole(body: RoleBody, known: ReadonlySet<string>): Promise<CmaRole> {
    return this.#write<CmaRole>(
      { resource: 'role' },
      { action: 'creation', resource: 'role list' },
      () => this.client.roles.create(body as ApiTypes.RoleCreateSchema),
      () => this.#newRoles(new Set(known), (role) => role.name === body.name),
    );
  }

  sendUpdateRole(before: CmaRole, body: RoleBody): Promise<CmaRole> {
    const id = before.id;
    const intended = { ...before, ...body } as CmaRole;
    return this.#write<CmaRole>(
      { resource: 'role', id },
      { action: 'update', resource: 'role' },
      () => this.client.roles.update(id, body as ApiTypes.RoleUpdateSchema),
      async () => {
        const seen = await this.#findRoleIfExists(id);
        if (seen && roleState(seen) === roleState(intended)) return { state: 'applied', value: seen };
        return seen && roleState(seen) === roleState(before) ? { state: 'unchanged' } : { state: 'changed_otherwise' };
      },
    );
  }

  /** The CMA names the copy "<name> (duplicate #N)": that is how a lost answer is settled. */
  sendDuplicateRole(original: CmaRole, known: ReadonlySet<string>): Promise<CmaRole> {
    return this.#write<CmaRole>(
      { resource: 'role', id: original.id },
      { action: 'duplication', resource: 'role list' },
      () => this.client.roles.duplicate(original.id),
      () => this.#newRoles(new Set(known), (role) => role.name.startsWith(`${original.name} (duplicate #`)),
    );
  }

  sendDeleteRole(id: string, before: CmaRole | null): Promise<CmaRole | null> {
    return this.#write<CmaRole | null>(
      { resource: 'role', id },
      { action: 'deletion', resource: 'role' },
      () => this.client.roles.destroy(id),
      async () => ((await this.#findRoleIfExists(id)) ? { state: 'unchanged' } : { state: 'applied', value: before }),
    );
  }
}
