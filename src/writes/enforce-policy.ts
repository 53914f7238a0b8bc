import type { CmaAccessToken } from '../cma/types.ts';
import { deliverEvent, type WebhookEventType, type WebhookSettings } from '../notify/deliver.ts';
import { planEnforcement, type EnforcementAction } from '../policy/enforcement-plan.ts';
import type { TokenPolicy } from '../policy/token-policy.ts';
import type { AccessTokenRecord } from '../store/database.ts';
import { MetadataNotSavedError, StoreUnavailableError } from '../store/errors.ts';
import { lastRenewals, recordWarnings, sentWarnings } from '../store/expiry-warnings.ts';
import { loadPolicy } from '../store/policies.ts';
import { loadRecords } from '../store/token-records.ts';
import { ExpiryChangedError, type AccessTokenWrites } from './access-token-writes.ts';
import type { WriteScope } from './write-protocol.ts';

export const ENFORCEMENT_STATUSES = ['WARNED', 'ROTATED', 'DELETED', 'SKIPPED', 'FAILED', 'WOULD_WARN', 'WOULD_ROTATE', 'WOULD_DELETE'] as const;
export type EnforcementStatus = (typeof ENFORCEMENT_STATUSES)[number];

export type EnforcementOutcome = {
  accessToken: CmaAccessToken;
  status: EnforcementStatus;
  reason: string | null;
  error: Error | null;
  /** A rotation's renewed expiry. */
  expiresAt: Date | null;
};

export type EnforcementDeps = {
  writes: AccessTokenWrites;
  scope: () => Promise<WriteScope>;
  /** The project's tokens read fresh from the CMA (and reconciled with the store). */
  listTokens: () => Promise<CmaAccessToken[]>;
  isCallersOwn: (token: CmaAccessToken) => boolean;
  /** A CMA write within the bulk calls' rate limit (a 429 waited out). */
  withinRateLimit: <T>(write: () => Promise<T>) => Promise<T>;
  webhooks: WebhookSettings;
  /** Errors a client can act on: they become FAILED outcomes; anything else is thrown. */
  isTypedFailure: (error: unknown) => boolean;
};

const WOULD: Partial<Record<EnforcementAction['kind'], EnforcementStatus>> = { ROTATE: 'WOULD_ROTATE', DELETE: 'WOULD_DELETE', WARN: 'WOULD_WARN', NOTIFY_EXPIRED: 'WOULD_WARN' };

/**
 * Enforces the project's policy on every token: expired ones get the policy's onExpiry (rotated
 * with a renewed expiry, deleted, or notified once), tokens near their expiry are warned once per
 * threshold. Runs alone per project (a lock shared by replicas on PostgreSQL): a run that starts
 * while another runs waits for it, then finds nothing left to do. Each action goes through the
 * write protocol and the bulk calls' rate limit, is in the token's history, and is POSTed to every
 * webhook URL. The caller's own token is never acted on.
 */
export async function enforcePolicy(deps: EnforcementDeps, dryRun: boolean): Promise<EnforcementOutcome[]> {
  const scope = await deps.scope();
  const run = async () => {
    const now = new Date();
    const tokens = await deps.listTokens();
    let policy: TokenPolicy;
    let records: Map<string, AccessTokenRecord>;
    let sent: Map<string, Set<number>>;
    let renewed: Map<string, Date>;
    try {
      policy = await loadPolicy(scope.store.db, scope.projectId);
      records = new Map((await loadRecords(scope.store.db, scope.projectId)).map((record) => [record.token_id, record]));
      const expiries = tokens.flatMap((token) => {
        const expiresAt = records.get(token.id)?.expires_at;
        return expiresAt ? [{ tokenId: token.id, expiresAt }] : [];
      });
      [sent, renewed] = await Promise.all([
        sentWarnings(scope.store.db, scope.projectId, expiries),
        lastRenewals(scope.store.db, scope.projectId, expiries.map((expiry) => expiry.tokenId)),
      ]);
    } catch {
      throw new StoreUnavailableError('policy enforcement');
    }
    const outcomes: EnforcementOutcome[] = [];
    for (const token of tokens) {
      const record = records.get(token.id) ?? null;
      const expiresAt = record?.expires_at ?? null;
      const action = planEnforcement(
        policy,
        { id: token.id, expiresAt, since: lifetimeStart(record, renewed.get(token.id)) ?? now, callersOwn: deps.isCallersOwn(token) },
        sent.get(token.id) ?? new Set(),
        now,
      );
      // A token's secret reaches the caller only from its rotation: any other outcome shows the token without it.
      const withoutSecret = { ...token, token: null };
      const outcome = (status: EnforcementStatus, extra: Partial<EnforcementOutcome> = {}): EnforcementOutcome => ({
        accessToken: withoutSecret,
        status,
        reason: null,
        error: null,
        expiresAt,
        ...extra,
      });
      if (action.kind === 'SKIP') {
        outcomes.push(outcome('SKIPPED', { reason: action.reason }));
        continue;
      }
      if (dryRun) {
        outcomes.push(outcome(WOULD[action.kind]!, action.kind === 'ROTATE' ? { expiresAt: action.renewedExpiresAt } : {}));
        continue;
      }
      try {
        outcomes.push(await act(deps, scope, policy, token, record, action, outcome));
      } catch (error) {
        // Rotated, its new expiry not kept: the new secret still reaches the caller, and says why.
        if (error instanceof MetadataNotSavedError && action.kind === 'ROTATE') {
          outcomes.push(outcome('ROTATED', { accessToken: error.accessToken, reason: 'Rotated, but its new expiry could not be saved: set it again', expiresAt }));
          continue;
        }
        // Decided on this run's first read; its owner renewed it since: not ours to act on any more.
        if (error instanceof ExpiryChangedError) {
          outcomes.push(outcome('SKIPPED', { reason: 'Its expiry changed while enforcement ran: left as it is' }));
          continue;
        }
        if (!deps.isTypedFailure(error)) throw error;
        outcomes.push(outcome('FAILED', { error: error as Error }));
      }
    }
    return outcomes;
  };
  return dryRun ? run() : scope.store.locks.run(`${scope.projectId}:token_policy:enforcement`, run);
}

/** When the token's current lifetime began: its creation or first sighting, or its last renewal at expiry if later. */
function lifetimeStart(record: AccessTokenRecord | null, lastRenewal: Date | undefined): Date | null {
  const start = record?.created_at ?? record?.first_seen_at ?? null;
  if (!lastRenewal) return start;
  return start === null || lastRenewal > start ? lastRenewal : start;
}

async function act(
  deps: EnforcementDeps,
  scope: WriteScope,
  policy: TokenPolicy,
  token: CmaAccessToken,
  record: AccessTokenRecord | null,
  action: Exclude<EnforcementAction, { kind: 'SKIP' }>,
  outcome: (status: EnforcementStatus, extra?: Partial<EnforcementOutcome>) => EnforcementOutcome,
): Promise<EnforcementOutcome> {
  // The action is done whatever becomes of its announcement: a delivery that cannot be recorded or
  // sent never turns a done rotation (and its new secret) into a failed run.
  const notify = (type: WebhookEventType, expiresAt: Date | null) =>
    deliverEvent(scope.store.db, deps.webhooks, policy.webhookUrls, {
      type,
      occurredAt: new Date(),
      projectId: scope.projectId,
      accessToken: { id: token.id, name: token.name, owner: record?.owner ?? null, expiresAt },
    }).catch(() => undefined);
  const expiresAt = record?.expires_at ?? null;
  switch (action.kind) {
    case 'ROTATE': {
      const { after } = await deps.withinRateLimit(() =>
        deps.writes.rotate(token.id, { listed: token, kind: 'EXPIRED_ROTATED', expiresAt: expiresAt!, metadata: { expiresAt: action.renewedExpiresAt } }),
      );
      await notify('access_token.rotated_on_expiry', action.renewedExpiresAt);
      return outcome('ROTATED', { accessToken: after, expiresAt: action.renewedExpiresAt });
    }
    case 'DELETE': {
      await deps.withinRateLimit(() => deps.writes.delete(token.id, { kind: 'EXPIRED_DELETED', expiresAt: expiresAt! }));
      await notify('access_token.deleted_on_expiry', expiresAt);
      return outcome('DELETED');
    }
    case 'NOTIFY_EXPIRED':
    case 'WARN': {
      const thresholds = action.kind === 'WARN' ? action.crossed : [0];
      // Claimed before it is sent: of two runs, one warns.
      if (!(await recordWarnings(scope.store.db, scope.projectId, token.id, expiresAt!, thresholds))) {
        return outcome('SKIPPED', { reason: 'Already warned by another run' });
      }
      const daysBefore = action.kind === 'WARN' ? action.daysBefore : 0;
      await deps.writes.note(token.id, 'EXPIRY_WARNED', [{ field: 'daysBeforeExpiry', from: null, to: String(daysBefore) }]);
      await notify(action.kind === 'WARN' ? 'access_token.expires_soon' : 'access_token.expired', expiresAt);
      return outcome('WARNED', { reason: action.kind === 'WARN' ? `Expires within ${daysBefore} days` : 'It has expired' });
    }
  }
}
