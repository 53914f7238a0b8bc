import { accessTokenVersion, sameWritableState } from '../cma/access-token-version.ts';
import { CmaNonEditableTokenError, CmaPermissionDeniedError, VersionConflictError } from '../cma/errors.ts';
import type { AccessTokenAttributes, CmaGateway } from '../cma/gateway.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import type { AccessTokenRecord, FieldChange, NewAccessTokenRecord } from '../store/database.ts';
import { MetadataNotSavedError, StoreUnavailableError } from '../store/errors.ts';
import { recordEvent } from '../store/events.ts';
import { loadRecords, markDeleted, saveRecord, type TokenMetadata } from '../store/token-records.ts';
import { lastSeenOf, metadataChanges, stateChanges } from '../store/token-state.ts';
import { checkUpdate, metadataForCreation, type TokenPolicy } from '../policy/token-policy.ts';
import { loadPolicy } from '../store/policies.ts';
import { runWrite, type WriteScope, type WriteSpec } from './write-protocol.ts';

/** A token's CMA attributes as a write changes them; left out keeps the current value. */
export type AccessTokenPatch = Partial<AccessTokenAttributes>;
/** Metadata as a write changes it: undefined keeps, null clears. */
export type MetadataPatch = { [K in keyof TokenMetadata]?: TokenMetadata[K] | null };
export type WriteGuard = {
  expectedVersion?: string | null | undefined;
  /** Enforcement's guard: act only if the token still expires at this instant (its owner may have renewed it since the plan). */
  expiresAt?: Date;
};

/** The token's expiry changed since enforcement planned to act on it: nothing was done. */
export class ExpiryChangedError extends Error {
  override name = 'ExpiryChangedError';
  constructor(readonly tokenId: string) {
    super(`API token ${tokenId} got another expiry while enforcement ran: it was left as it is`);
  }
}

function requireExpiry(id: string, metadata: TokenMetadata, expected: Date | undefined): void {
  if (expected !== undefined && metadata.expiresAt?.getTime() !== expected.getTime()) throw new ExpiryChangedError(id);
}

export const NO_METADATA: TokenMetadata = { owner: null, purpose: null, expiresAt: null };

export function metadataOf(record: AccessTokenRecord | null | undefined): TokenMetadata {
  return record ? { owner: record.owner, purpose: record.purpose, expiresAt: record.expires_at } : NO_METADATA;
}

function applyMetadata(before: TokenMetadata, patch: MetadataPatch): TokenMetadata {
  return {
    owner: patch.owner === undefined ? before.owner : patch.owner,
    purpose: patch.purpose === undefined ? before.purpose : patch.purpose,
    expiresAt: patch.expiresAt === undefined ? before.expiresAt : patch.expiresAt,
  };
}

const hasCmaChange = (patch: AccessTokenPatch) => Object.values(patch).some((value) => value !== undefined);

/** A token as a write found it and left it (or, in a dry run, would leave it). */
export type TokenChange = { before: CmaAccessToken; after: CmaAccessToken; metadataBefore: TokenMetadata; metadataAfter: TokenMetadata };

/**
 * Every write to an API token, through the one write protocol (write-protocol.ts): the checks a
 * write meets are made once, in `prepare`, for the real write and its dry run alike.
 */
export class AccessTokenWrites {
  constructor(
    private readonly gateway: CmaGateway,
    /** Who writes where; throws StoreUnavailableError when the store cannot record the write. */
    private readonly scope: () => Promise<WriteScope>,
  ) {}

  async #policy(scope: WriteScope): Promise<TokenPolicy> {
    try {
      return await loadPolicy(scope.store.db, scope.projectId);
    } catch {
      throw new StoreUnavailableError('write');
    }
  }

  async #record(scope: WriteScope, id: string): Promise<AccessTokenRecord | null> {
    try {
      return (await loadRecords(scope.store.db, scope.projectId, [id]))[0] ?? null;
    } catch {
      throw new StoreUnavailableError('write');
    }
  }

  /** The token and its record, read fresh (under the lock, for a real write). */
  async #current(scope: WriteScope, id: string, listed?: CmaAccessToken): Promise<{ token: CmaAccessToken; metadata: TokenMetadata; record: AccessTokenRecord | null }> {
    const [token, record] = await Promise.all([listed ?? this.gateway.findAccessToken(id), this.#record(scope, id)]);
    return { token, metadata: metadataOf(record), record };
  }

  #save(scope: WriteScope, token: CmaAccessToken, metadata: TokenMetadata, created?: { at: Date }, extra: Partial<NewAccessTokenRecord> = {}) {
    const row = {
      ...extra,
      project_id: scope.projectId,
      token_id: token.id,
      last_seen: JSON.stringify(lastSeenOf(token)),
      owner: metadata.owner,
      purpose: metadata.purpose,
      expires_at: metadata.expiresAt,
      first_seen_at: created?.at ?? new Date(),
      ...(created ? { created_at: created.at, created_by_token_id: scope.actor?.accessTokenId ?? null, created_by_name: scope.actor?.name ?? null } : {}),
    };
    const { project_id: _project, token_id: _token, first_seen_at: _first, ...update } = row;
    return saveRecord(scope.store.db, row, update);
  }

  /**
   * Creates a token. `on` records the creation as an event of another token (a rollover's
   * original), serialised with that token's other writes; `check` refuses it from the token list
   * read under the lock.
   */
  /** After the CMA's success: the record saved; when the write carried metadata, a failure is the caller's to know. */
  async #keep(scope: WriteScope, token: CmaAccessToken, metadata: TokenMetadata, carriesMetadata: boolean, created?: { at: Date }): Promise<void> {
    try {
      await this.#save(scope, token, metadata, created);
    } catch (error) {
      if (carriesMetadata) throw new MetadataNotSavedError(token);
      throw error;
    }
  }

  async create(
    attributes: AccessTokenAttributes,
    metadataPatch: MetadataPatch,
    options: { dryRun?: boolean; on?: { id: string; kind: string }; check?: (tokens: CmaAccessToken[]) => void } = {},
  ): Promise<TokenChange & { created: boolean }> {
    const scope = await this.scope();
    const { roleId, ...flags } = attributes;
    const intended = { id: '', type: 'access_token', token: null, hardcoded_type: null, last_cda_access: null, last_cma_access: null, ...flags, role: { type: 'role', id: roleId } } as unknown as CmaAccessToken;
    let metadata = applyMetadata(NO_METADATA, metadataPatch);
    let changes: FieldChange[] = [];
    const prepare = async () => {
      // The policy first: a refusal costs no CMA call.
      metadata = metadataForCreation(await this.#policy(scope), metadata, new Date());
      changes = [...stateChanges(null, lastSeenOf(intended)), ...metadataChanges(null, metadata)];
      const tokens = await this.gateway.listAccessTokens();
      options.check?.(tokens);
      return {
        plan: new Set(tokens.map((token) => token.id)),
        kind: options.on?.kind ?? 'CREATED',
        changes,
        // Settled after a crash by the created token's state, which only a creation's own event can see.
        // Another token's event (a rollover's original) names the state of the token it creates, so
        // that a read listing that token while it is being created leaves it to this write.
        intended: options.on ? { creates: lastSeenOf(intended) } : { state: lastSeenOf(intended) },
      };
    };
    if (options.dryRun) {
      await prepare();
      return { before: intended, after: intended, metadataBefore: NO_METADATA, metadataAfter: metadata, created: false };
    }
    const { result } = await runWrite(scope, {
      resource: { type: 'access_token', id: options.on?.id ?? '' },
      lockKey: options.on ? `access_token:${options.on.id}` : `access_token:create:${attributes.name}`,
      prepare,
      send: (known) => this.gateway.sendCreateAccessToken(attributes, known),
      done: async (created) => {
        await this.#keep(scope, created, metadata, metadataChanges(null, metadata).length > 0, { at: new Date() });
        if (!options.on) return { resourceId: created.id };
        await this.note(created.id, 'CREATED', changes);
        return { changes: [{ field: 'successor', from: null, to: created.id }] };
      },
    });
    return { before: result, after: result, metadataBefore: NO_METADATA, metadataAfter: metadata, created: true };
  }

  /**
   * A partial update of the CMA attributes and the metadata. The full body the CMA requires goes
   * to its PUT (only when a CMA attribute is given); metadata alone never calls the CMA's write,
   * yet needs a caller who may manage tokens, as the CMA's PUT would.
   */
  async update(id: string, patch: AccessTokenPatch, metadataPatch: MetadataPatch, guard: WriteGuard & { dryRun?: boolean }): Promise<TokenChange> {
    const scope = await this.scope();
    const cmaChange = hasCmaChange(patch);
    const prepare = async () => {
      // The policy is read beside the token, not after it: one store round trip less before the write.
      const policy = this.#policy(scope);
      policy.catch(() => undefined);
      const { token: before, metadata: metadataBefore } = await this.#current(scope, id);
      requireVersion(before, metadataBefore, guard.expectedVersion);
      if (cmaChange && before.hardcoded_type != null) throw new CmaNonEditableTokenError(id, before.hardcoded_type);
      // The CMA shows secrets only to callers whose role can manage tokens, and refuses their writes.
      if ((guard.dryRun || !cmaChange) && before.token == null) throw CmaPermissionDeniedError.insufficientPermissions();
      const after: CmaAccessToken = {
        ...before,
        name: patch.name ?? before.name,
        can_access_cda: patch.can_access_cda ?? before.can_access_cda,
        can_access_cda_preview: patch.can_access_cda_preview ?? before.can_access_cda_preview,
        can_access_cma: patch.can_access_cma ?? before.can_access_cma,
        role: patch.roleId === undefined ? before.role : { type: 'role', id: patch.roleId },
      };
      const metadataAfter = applyMetadata(metadataBefore, metadataPatch);
      checkUpdate(await policy, metadataBefore, metadataAfter, new Date());
      const change: TokenChange = { before, after, metadataBefore, metadataAfter };
      return {
        plan: change,
        kind: cmaChange ? 'UPDATED' : 'METADATA_CHANGED',
        changes: [...stateChanges(lastSeenOf(before), lastSeenOf(after)), ...metadataChanges(metadataBefore, metadataAfter)],
        intended: { state: lastSeenOf(after) },
      };
    };
    if (guard.dryRun) return (await prepare()).plan;
    const { plan, result } = await runWrite(scope, {
      resource: { type: 'access_token', id },
      prepare,
      // Metadata alone is this API's own write: saved as the write itself, so a failure is the write's failure.
      send: async (change) => {
        if (cmaChange) return this.gateway.sendUpdateAccessToken(change.before, change.after);
        await this.#save(scope, change.before, change.metadataAfter).catch(() => {
          throw new StoreUnavailableError('metadata change');
        });
        return change.before;
      },
      done: async (after, change) => {
        await this.#keep(scope, after, change.metadataAfter, metadataChanges(change.metadataBefore, change.metadataAfter).length > 0);
        return { changes: [...stateChanges(lastSeenOf(change.before), lastSeenOf(after)), ...metadataChanges(change.metadataBefore, change.metadataAfter)] };
      },
    } satisfies WriteSpec<TokenChange, CmaAccessToken>);
    return { ...plan, after: result };
  }

  /** Issues a new secret, once. `listed`: a bulk rotation has just read the token; `metadata` changes with it (a renewed expiry). */
  async rotate(id: string, guard: WriteGuard & { listed?: CmaAccessToken; kind?: string; metadata?: MetadataPatch } = {}): Promise<TokenChange> {
    const scope = await this.scope();
    const { plan, result } = await runWrite(scope, {
      resource: { type: 'access_token', id },
      prepare: async () => {
        const { token: before, metadata } = await this.#current(scope, id, guard.listed);
        requireVersion(before, metadata, guard.expectedVersion);
        requireExpiry(id, metadata, guard.expiresAt);
        const metadataAfter = applyMetadata(metadata, guard.metadata ?? {});
        // The secret is never in the history: a rotation says only that it happened.
        return { plan: { before, metadata, metadataAfter }, kind: guard.kind ?? 'ROTATED', changes: metadataChanges(metadata, metadataAfter), intended: null };
      },
      send: ({ before }) => this.gateway.sendRotateAccessToken(before),
      done: async (after, { metadata, metadataAfter }) => void (await this.#keep(scope, after, metadataAfter, metadataChanges(metadata, metadataAfter).length > 0)),
    });
    return { before: plan.before, after: result, metadataBefore: plan.metadata, metadataAfter: plan.metadataAfter };
  }

  /**
   * Deletes a token, reading it first only when a version is expected or `before` is given (a
   * delete is one CMA call otherwise). Returns the token as last read, or null.
   */
  async delete(id: string, guard: WriteGuard & { kind?: string; unchangedFrom?: CmaAccessToken } = {}): Promise<CmaAccessToken | null> {
    const scope = await this.scope();
    const { result } = await runWrite(scope, {
      resource: { type: 'access_token', id },
      prepare: async () => {
        let before: CmaAccessToken | null = null;
        let changes: FieldChange[] = [];
        if (guard.expectedVersion != null || guard.unchangedFrom || guard.expiresAt) {
          const current = await this.#current(scope, id);
          requireVersion(current.token, current.metadata, guard.expectedVersion);
          requireExpiry(id, current.metadata, guard.expiresAt);
          // A decision made on an earlier read (a rollover's) holds only if the token is still as read.
          if (guard.unchangedFrom && !sameWritableState(current.token, guard.unchangedFrom)) {
            throw new VersionConflictError(current.token, accessTokenVersion(current.token, current.metadata), accessTokenVersion(guard.unchangedFrom, current.metadata));
          }
          before = current.token;
        }
        if (before) changes = stateChanges(lastSeenOf(before), null);
        return { plan: before, kind: guard.kind ?? 'DELETED', changes, intended: { deleted: true } };
      },
      send: (before) => this.gateway.sendDeleteAccessToken(id, before),
      done: async () => void (await markDeleted(scope.store.db, scope.projectId, id, new Date())),
    });
    return result;
  }

  /**
   * Records that the caller reviewed these tokens (an access review's evidence): nothing is sent to
   * the CMA, yet only a caller who may manage tokens (and so sees their secrets) may review them.
   */
  async review(tokens: CmaAccessToken[], note: string | null): Promise<Date> {
    const scope = await this.scope();
    const at = new Date();
    for (const listed of tokens) {
      if (listed.token == null) throw CmaPermissionDeniedError.insufficientPermissions();
    }
    for (const listed of tokens) {
      await runWrite(scope, {
        resource: { type: 'access_token', id: listed.id },
        prepare: async () => {
          const { token, record } = await this.#current(scope, listed.id, listed);
          const changes: FieldChange[] = [{ field: 'lastReviewedAt', from: record?.last_reviewed_at?.toISOString() ?? null, to: at.toISOString() }];
          if (note !== null) changes.push({ field: 'reviewNote', from: null, to: note });
          return { plan: { token, record }, kind: 'REVIEWED', changes, intended: null };
        },
        // The review is this API's own write: saved as the write itself, so a failure is the write's failure.
        send: async ({ token, record }) => {
          await this.#save(scope, token, metadataOf(record), undefined, {
            last_reviewed_at: at,
            last_reviewed_by_token_id: scope.actor?.accessTokenId ?? null,
            last_reviewed_by_name: scope.actor?.name ?? null,
          }).catch(() => {
            throw new StoreUnavailableError('review');
          });
          return token;
        },
        done: async () => undefined,
      });
    }
    return at;
  }

  /** An event beside a write (the successor a rollover created), recorded as done. */
  async note(tokenId: string, kind: string, changes: FieldChange[]): Promise<void> {
    const scope = await this.scope();
    await recordEvent(scope.store.db, { projectId: scope.projectId, resourceType: 'access_token', resourceId: tokenId, kind, actor: scope.actor, changes, outcome: 'DONE', requestId: scope.requestId }).catch(() => undefined);
  }
}

function requireVersion(token: CmaAccessToken, metadata: TokenMetadata, expectedVersion: string | null | undefined): void {
  if (expectedVersion == null) return;
  const currentVersion = accessTokenVersion(token, metadata);
  if (currentVersion !== expectedVersion) throw new VersionConflictError(token, currentVersion, expectedVersion);
}
