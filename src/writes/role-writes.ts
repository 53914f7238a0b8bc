import { CmaNotFoundError, CmaPermissionDeniedError, CmaRoleInUseError, RoleConflictError } from '../cma/errors.ts';
import { writableOf, type CmaGateway, type RoleBody } from '../cma/gateway.ts';
import { roleVersion } from '../cma/role-version.ts';
import type { CmaAccessToken, CmaRole } from '../cma/types.ts';
import type { FieldChange } from '../store/database.ts';
import { runWrite, type WriteScope } from './write-protocol.ts';

const ROLE_IDENTITY = new Set(['id', 'type', 'meta']);

/** A role's changed attributes, each as JSON text (a name as it is), for the history. */
function roleChanges(before: CmaRole | null, after: CmaRole | null): FieldChange[] {
  const text = (value: unknown) => (value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})].filter((key) => !ROLE_IDENTITY.has(key)));
  const changes: FieldChange[] = [];
  for (const key of [...keys].sort()) {
    const from = text((before as Record<string, unknown> | null)?.[key]);
    const to = text((after as Record<string, unknown> | null)?.[key]);
    if (from !== to) changes.push({ field: key, from, to });
  }
  return changes;
}

function requireRoleVersion(role: CmaRole, expectedVersion: string | null | undefined): void {
  if (expectedVersion == null) return;
  const currentVersion = roleVersion(role);
  if (currentVersion !== expectedVersion) throw new RoleConflictError(role, currentVersion, expectedVersion);
}

/** What the request already read, which the checks of a role write use. */
export type RoleWriteContext = { tokens: CmaAccessToken[]; roles: CmaRole[]; isCallersOwn: (token: CmaAccessToken) => boolean };

/**
 * A dry run meets the permission check the real call would: when the caller can see its own token
 * (token managers see secrets), its role must have can_manage_users. Otherwise the CMA keeps the
 * caller's permissions to itself, and the dry run cannot foresee that refusal.
 */
function requireRoleWriter(context: RoleWriteContext): void {
  const own = context.tokens.find(context.isCallersOwn);
  const role = own?.role ? context.roles.find((candidate) => candidate.id === own.role!.id) : undefined;
  if (own && !role?.meta.final_permissions.can_manage_users) throw CmaPermissionDeniedError.insufficientPermissions();
}

/** Every write to a role, through the one write protocol; a dry run makes the same checks and sends nothing. */
export class RoleWrites {
  constructor(
    private readonly gateway: CmaGateway,
    private readonly scope: () => Promise<WriteScope>,
  ) {}

  async create(body: RoleBody): Promise<CmaRole> {
    const { result } = await runWrite(await this.scope(), {
      resource: { type: 'role', id: '' },
      lockKey: `role:create:${body.name}`,
      prepare: async () => ({
        plan: new Set((await this.gateway.listRoles()).map((role) => role.id)),
        kind: 'ROLE_CREATED',
        changes: roleChanges(null, body as unknown as CmaRole),
        intended: null,
      }),
      send: (known) => this.gateway.sendCreateRole(body, known),
      done: async (role) => ({ resourceId: role.id }),
    });
    return result;
  }

  /** A partial update: what `patch` leaves out keeps its value; the full body goes to the CMA. */
  async update(id: string, patch: Partial<RoleBody>, options: { expectedVersion?: string | null | undefined; dryRun?: RoleWriteContext | undefined }): Promise<{ before: CmaRole; after: CmaRole }> {
    const prepare = async () => {
      if (options.dryRun) requireRoleWriter(options.dryRun);
      const before = await this.gateway.findRole(id);
      requireRoleVersion(before, options.expectedVersion);
      const body = { ...writableOf(before), ...patch } as RoleBody;
      const after = { ...before, ...body } as CmaRole;
      return { plan: { before, body, after }, kind: 'ROLE_UPDATED', changes: roleChanges(before, after), intended: null };
    };
    if (options.dryRun) {
      const { plan } = await prepare();
      return { before: plan.before, after: plan.after };
    }
    const { plan, result } = await runWrite(await this.scope(), {
      resource: { type: 'role', id },
      prepare,
      send: ({ before, body }) => this.gateway.sendUpdateRole(before, body),
      done: async (after, { before }) => ({ changes: roleChanges(before, after) }),
    });
    return { before: plan.before, after: result };
  }

  async duplicate(id: string): Promise<CmaRole> {
    const { result } = await runWrite(await this.scope(), {
      resource: { type: 'role', id },
      lockKey: `role:duplicate:${id}`,
      prepare: async () => {
        const roles = await this.gateway.listRoles();
        const original = roles.find((role) => role.id === id);
        if (!original) throw new CmaNotFoundError('role', id);
        return { plan: { original, known: new Set(roles.map((role) => role.id)) }, kind: 'ROLE_DUPLICATED', changes: [], intended: null };
      },
      send: ({ original, known }) => this.gateway.sendDuplicateRole(original, known),
      done: async () => undefined,
    });
    return result;
  }

  /**
   * Deletes a role no token is bound to. `context.tokens` is the token list the request read: the
   * CMA does not name what holds a role, that list does.
   */
  async delete(id: string, context: RoleWriteContext, options: { expectedVersion?: string | null | undefined; dryRun?: boolean }): Promise<CmaRole | null> {
    const bound = context.tokens.filter((token) => token.role?.id === id).map((token) => token.id);
    const prepare = async () => {
      const role = context.roles.find((candidate) => candidate.id === id);
      if (!role) throw new CmaNotFoundError('role', id);
      if (options.dryRun) requireRoleWriter(context);
      const before = options.expectedVersion == null ? role : await this.gateway.findRole(id);
      requireRoleVersion(before, options.expectedVersion);
      if (options.dryRun && bound.length > 0) throw new CmaRoleInUseError(id, bound);
      return { plan: before, kind: 'ROLE_DELETED', changes: roleChanges(before, null), intended: null };
    };
    if (options.dryRun) return (await prepare()).plan;
    try {
      const { plan, result } = await runWrite(await this.scope(), {
        resource: { type: 'role', id },
        prepare,
        send: (before) => this.gateway.sendDeleteRole(id, before),
        done: async () => undefined,
      });
      return result ?? plan;
    } catch (error) {
      if (error instanceof CmaRoleInUseError && bound.length > 0) throw new CmaRoleInUseError(id, bound);
      throw error;
    }
  }
}
