import { InvalidInputError } from '../cma/errors.ts';
import type { FieldChange } from '../store/database.ts';
import { StoreUnavailableError } from '../store/errors.ts';
import { loadPolicy, savePolicy } from '../store/policies.ts';
import { refusedWebhookUrl } from '../notify/webhook-targets.ts';
import { policyVersion, type TokenPolicy } from '../policy/token-policy.ts';
import { runWrite, type WriteScope } from './write-protocol.ts';

/** The policy changed since `expectedVersion` was read. Nothing was written. */
export class PolicyConflictError extends Error {
  override name = 'PolicyConflictError';
  constructor(readonly current: TokenPolicy, readonly currentVersion: string, readonly expectedVersion: string) {
    super(`The token policy changed since version ${expectedVersion} was read (it is now ${currentVersion}): nothing was written`);
  }
}

/** A webhook URL the operator does not allow (WEBHOOK_ALLOWED_ORIGINS). Nothing was written. */
export class WebhookUrlRefusedError extends Error {
  override name = 'WebhookUrlRefusedError';
  constructor(readonly url: string, reason: string) {
    super(`Webhook URL ${url} is refused: ${reason}`);
  }
}

const text = (value: unknown) => (value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));

function policyChanges(before: TokenPolicy, after: TokenPolicy): FieldChange[] {
  return (Object.keys(after) as (keyof TokenPolicy)[])
    .map((field) => ({ field, from: text(before[field]), to: text(after[field]) }))
    .filter((change) => change.from !== change.to);
}

/** The project's token policy: read, and changed through the write protocol like every other write. */
export class PolicyWrites {
  constructor(
    private readonly scope: () => Promise<WriteScope>,
    private readonly allowedWebhookOrigins: readonly string[],
  ) {}

  async current(): Promise<TokenPolicy> {
    const scope = await this.scope();
    try {
      return await loadPolicy(scope.store.db, scope.projectId);
    } catch {
      throw new StoreUnavailableError('policy update');
    }
  }

  /** A partial update: what `patch` leaves out keeps its value. */
  async update(patch: Partial<TokenPolicy>, options: { expectedVersion?: string | null | undefined }): Promise<TokenPolicy> {
    const scope = await this.scope();
    const { result } = await runWrite(scope, {
      resource: { type: 'token_policy', id: scope.projectId },
      prepare: async () => {
        const before = await this.current();
        if (options.expectedVersion != null && policyVersion(before) !== options.expectedVersion) {
          throw new PolicyConflictError(before, policyVersion(before), options.expectedVersion);
        }
        const after: TokenPolicy = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) };
        if (after.defaultLifetimeDays !== null && after.maxLifetimeDays !== null && after.defaultLifetimeDays > after.maxLifetimeDays) {
          throw new InvalidInputError('defaultLifetimeDays', ['input', 'defaultLifetimeDays'], 'input.defaultLifetimeDays: must not exceed maxLifetimeDays');
        }
        for (const url of after.webhookUrls) {
          const reason = refusedWebhookUrl(url, this.allowedWebhookOrigins);
          if (reason) throw new WebhookUrlRefusedError(url, reason);
        }
        after.warnDaysBefore = [...new Set(after.warnDaysBefore)].sort((a, b) => b - a);
        // Each URL once: enforcement POSTs every event to every URL listed.
        after.webhookUrls = [...new Set(after.webhookUrls)];
        return { plan: after, kind: 'POLICY_UPDATED', changes: policyChanges(before, after), intended: null };
      },
      send: async (after) => {
        try {
          await savePolicy(scope.store.db, scope.projectId, after);
        } catch {
          throw new StoreUnavailableError('policy update');
        }
        return after;
      },
      done: async () => undefined,
    });
    return result;
  }
}
