import type { ApiTypes, Client } from '@datocms/cma-client-node';
import type { CmaPolicy } from '../config.ts';
import { accessTokenVersion, sameWritableState } from './access-token-version.ts';
import {
  CmaNonEditableTokenError,
  CmaNotFoundError,
  CmaPermissionDeniedError,
  isCmaRefusal,
  RoleConflictError,
  toCmaError,
  VersionConflictError,
} from './errors.ts';
import type { KeyedLock } from './keyed-lock.ts';
import { RateLimitGate } from './rate-limit-gate.ts';
import { withReadRetry } from './read-retry.ts';
import { settleLostWrite, type ReadBack, type WriteDescription } from './settle-lost-write.ts';
import { roleState, roleVersion } from './role-version.ts';
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

/** `expectedVersion`: the write happens only if the token still has this version. */
export type WriteGuard = { expectedVersion?: string | null | undefined };

type Target = Parameters<typeof toCmaError>[1];

/**
 * Every CMA call this API makes, for one caller. Reads retry within the policy. Writes follow the
 * write rules: one write at a time per token in this process (`locks` is shared by every request),
 * an optional expected version checked against a fresh read, sent once, and a lost answer settled
 * by reading back (settle-lost-write.ts), never by sending the write again.
 */
export class CmaGateway {
  constructor(
    private readonly client: Client,
    private readonly policy: CmaPolicy,
    private readonly locks: KeyedLock,
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

  /** Read-modify-write of one token, one at a time in this process. */
  #serialised<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.locks.run(`access_token:${id}`, work);
  }

  /**
   * Work that decides from a token's state before writing something else (a rollover's successor)
   * takes turns with every other such work on that token. Not re-entrant: the work must not write
   * the token itself through this gateway.
   */
  exclusivelyFor<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.locks.run(`access_token:${id}:plan`, work);
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

  /** Creates a role, never twice: a lost answer is settled by finding the one new role of that name. */
  createRole(body: RoleBody): Promise<CmaRole> {
    return this.locks.run(`role:create:${body.name}`, async () => {
      const known = new Set((await this.listRoles()).map((role) => role.id));
      return this.#write<CmaRole>(
        { resource: 'role' },
        { action: 'creation', resource: 'role list' },
        () => this.client.roles.create(body as ApiTypes.RoleCreateSchema),
        () => this.#newRoles(known, (role) => role.name === body.name),
      );
    });
  }

  /**
   * A partial update: what `patch` leaves out keeps its value. The full body goes to the CMA (its
   * docs: send each positive/negative pair together). With `dryRun`, returns the role as it would
   * be and writes nothing.
   */
  updateRole(id: string, patch: Partial<RoleBody>, guard: WriteGuard & { dryRun?: boolean }): Promise<{ before: CmaRole; after: CmaRole }> {
    const plan = async () => {
      const before = await this.findRole(id);
      requireRoleVersion(before, guard.expectedVersion);
      const body = { ...writableOf(before), ...patch } as RoleBody;
      return { before, body, intended: { ...before, ...body } as CmaRole };
    };
    if (guard.dryRun) return plan().then(({ before, intended }) => ({ before, after: intended }));
    return this.locks.run(`role:${id}`, async () => {
      const { before, body, intended } = await plan();
      const after = await this.#write<CmaRole>(
        { resource: 'role', id },
        { action: 'update', resource: 'role' },
        () => this.client.roles.update(id, body as ApiTypes.RoleUpdateSchema),
        async () => {
          const seen = await this.#findRoleIfExists(id);
          if (seen && roleState(seen) === roleState(intended)) return { state: 'applied', value: seen };
          return seen && roleState(seen) === roleState(before) ? { state: 'unchanged' } : { state: 'changed_otherwise' };
        },
      );
      return { before, after };
    });
  }

  /** Duplicates a role, never twice: the CMA names the copy "<name> (duplicate #N)". */
  duplicateRole(id: string): Promise<CmaRole> {
    return this.locks.run(`role:duplicate:${id}`, async () => {
      const roles = await this.listRoles();
      const original = roles.find((role) => role.id === id);
      if (!original) throw new CmaNotFoundError('role', id);
      const known = new Set(roles.map((role) => role.id));
      return this.#write<CmaRole>(
        { resource: 'role', id },
        { action: 'duplication', resource: 'role list' },
        () => this.client.roles.duplicate(id),
        () => this.#newRoles(known, (role) => role.name.startsWith(`${original.name} (duplicate #`)),
      );
    });
  }

  /** Deletes a role (refused while tokens are bound to it), reading it first only for `expectedVersion`. */
  deleteRole(id: string, guard: WriteGuard = {}): Promise<CmaRole | null> {
    return this.locks.run(`role:${id}`, async () => {
      let before: CmaRole | null = null;
      if (guard.expectedVersion != null) {
        before = await this.findRole(id);
        requireRoleVersion(before, guard.expectedVersion);
      }
      return this.#write<CmaRole | null>(
        { resource: 'role', id },
        { action: 'deletion', resource: 'role' },
        () => this.client.roles.destroy(id),
        async () => ((await this.#findRoleIfExists(id)) ? { state: 'unchanged' } : { state: 'applied', value: before }),
      );
    });
  }

  /**
   * Creates a token. A lost answer is settled by listing the tokens again: the one new token with
   * these attributes is the one created. Two creates of one name in this process take turns, so
   * neither can mistake the other's token for its own.
   */
  createAccessToken(attributes: AccessTokenAttributes): Promise<CmaAccessToken> {
    const { roleId, ...flags } = attributes;
    const intended = { ...flags, role: { type: 'role' as const, id: roleId } };
    return this.locks.run(`access_token:create:${flags.name}`, async () => {
      const known = new Set((await this.listAccessTokens()).map((token) => token.id));
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
    });
  }

  /**
   * A partial update: reads the token, checks it, and PUTs the full body the CMA requires (the
   * role only when it changes, so the CMA keeps it otherwise). With `dryRun`, every check the real
   * call meets is made and nothing is written. Returns the token before and after.
   */
  async updateAccessToken(
    id: string,
    patch: AccessTokenPatch,
    guard: WriteGuard & { dryRun?: boolean },
  ): Promise<{ before: CmaAccessToken; after: CmaAccessToken }> {
    const plan = async () => {
      const before = await this.findAccessToken(id);
      requireVersion(before, guard.expectedVersion);
      if (before.hardcoded_type != null) throw new CmaNonEditableTokenError(id, before.hardcoded_type);
      const attributes = {
        name: patch.name ?? before.name,
        can_access_cda: patch.can_access_cda ?? before.can_access_cda,
        can_access_cda_preview: patch.can_access_cda_preview ?? before.can_access_cda_preview,
        can_access_cma: patch.can_access_cma ?? before.can_access_cma,
      };
      const role = patch.roleId === undefined ? undefined : { type: 'role' as const, id: patch.roleId };
      const intended: CmaAccessToken = { ...before, ...attributes, role: role ?? before.role };
      return { before, attributes, role, intended };
    };

    if (guard.dryRun) {
      const { before, intended } = await plan();
      // The CMA shows secrets only to callers whose role can manage tokens, and refuses their writes.
      if (before.token == null) throw CmaPermissionDeniedError.insufficientPermissions();
      return { before, after: intended };
    }

    return this.#serialised(id, async () => {
      const { before, attributes, role, intended } = await plan();
      const after = await this.#write<CmaAccessToken>(
        { resource: 'access_token', id },
        { action: 'update', resource: 'token' },
        () => this.client.accessTokens.update(id, role === undefined ? attributes : { ...attributes, role }),
        async () => {
          const seen = await this.#findIfExists(id);
          if (seen && sameWritableState(seen, intended)) return { state: 'applied', value: seen };
          return seen && sameWritableState(seen, before) ? { state: 'unchanged' } : { state: 'changed_otherwise' };
        },
      );
      return { before, after };
    });
  }

  /**
   * Issues a new secret. The current secret is read first; a lost answer is settled by reading the
   * token again: a changed secret means the rotation happened, and it is returned.
   */
  rotateAccessToken(id: string, guard: WriteGuard & { listed?: CmaAccessToken } = {}): Promise<CmaAccessToken> {
    return this.#serialised(id, async () => {
      // A bulk rotation has just listed the token: that read serves, and saves a call per token.
      const before = guard.listed ?? (await this.findAccessToken(id));
      requireVersion(before, guard.expectedVersion);
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
    });
  }

  /**
   * Deletes a token, reading it first only when a version is expected (a delete is one call
   * otherwise). Returns the token as the CMA last showed it, or null when the answer was lost and
   * the read-back found it gone.
   */
  deleteAccessToken(id: string, guard: WriteGuard = {}): Promise<CmaAccessToken | null> {
    return this.#serialised(id, async () => {
      let before: CmaAccessToken | null = null;
      if (guard.expectedVersion != null) {
        before = await this.findAccessToken(id);
        requireVersion(before, guard.expectedVersion);
      }
      return this.#write<CmaAccessToken | null>(
        { resource: 'access_token', id },
        { action: 'deletion', resource: 'token' },
        () => this.client.accessTokens.destroy(id),
        async () => ((await this.#findIfExists(id)) ? { state: 'unchanged' } : { state: 'applied', value: before }),
      );
    });
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


function requireRoleVersion(role: CmaRole, expectedVersion: string | null | undefined): void {
  if (expectedVersion == null) return;
  const currentVersion = roleVersion(role);
  if (currentVersion !== expectedVersion) throw new RoleConflictError(role, currentVersion, expectedVersion);
}

function requireVersion(token: CmaAccessToken, expectedVersion: string | null | undefined): void {
  if (expectedVersion == null) return;
  const currentVersion = accessTokenVersion(token);
  if (currentVersion !== expectedVersion) throw new VersionConflictError(token, currentVersion, expectedVersion);
}
