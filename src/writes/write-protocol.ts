import { CmaUnavailableError } from '../cma/errors.ts';
import type { EventOutcome, FieldChange } from '../store/database.ts';
import type { Store } from '../store/connect.ts';
import { MetadataNotSavedError, StoreUnavailableError } from '../store/errors.ts';
import { recordEvent, settleEvent, type Actor } from '../store/events.ts';

/** Who writes, where: every write of a request shares it. */
export type WriteScope = {
  store: Store;
  projectId: string;
  actor: Actor | null;
  requestId: string | null;
};

export type Resource = { type: 'access_token' | 'role' | 'token_policy'; id: string };

/** What a write will do, decided under the lock from a fresh read: every check has passed. */
export type WritePlan<P> = {
  plan: P;
  /** The history event's kind and its field changes (planned; the outcome may refine them). */
  kind: string;
  changes: FieldChange[];
  /** The state that shows the write happened, for settling it after a crash (see reconcile). */
  intended: unknown;
};

export type WriteSpec<P, R> = {
  resource: Resource;
  /** What serialises it, by default the resource itself. A create locks on what it creates (its name). */
  lockKey?: string;
  /** Reads what the write depends on and makes every check; throws the typed error of a refusal. */
  prepare: () => Promise<WritePlan<P>>;
  /** Sends it to the CMA once; an answer lost is settled by reading back, never by sending again. */
  send: (plan: P) => Promise<R>;
  /**
   * After the CMA's success: the records to save, and what the event should say if it differs from
   * the plan. Throws MetadataNotSavedError when what the caller asked to keep could not be kept.
   */
  done: (result: R, plan: P) => Promise<{ resourceId?: string; changes?: FieldChange[] } | void>;
};

/** A refusal (4xx) or a write the read-back proved not applied: FAILED. Anything else: not known yet. */
function outcomeOf(error: unknown): Exclude<EventOutcome, 'DONE'> {
  if (error instanceof CmaUnavailableError) return error.outcomeUnknown ? 'PENDING' : 'FAILED';
  return 'FAILED';
}

/**
 * The one write protocol, for every resource: lock (per project and resource, shared by replicas
 * on PostgreSQL) → prepare (fresh read, expected version, every refusal) → intent recorded → sent
 * once → outcome recorded. No store, no write: an intent that cannot be recorded refuses the write
 * before anything is sent. An outcome that cannot be recorded stays PENDING and is settled by the
 * next read of the resource. A dry run is the same prepare, under no lock, and sends nothing.
 */
export async function runWrite<P, R>(scope: WriteScope, spec: WriteSpec<P, R>): Promise<{ plan: P; result: R }> {
  const key = `${scope.projectId}:${spec.lockKey ?? `${spec.resource.type}:${spec.resource.id}`}`;
  return scope.store.locks.run(key, async () => {
    const prepared = await spec.prepare();
    let seq: number;
    try {
      seq = await recordEvent(scope.store.db, {
        projectId: scope.projectId,
        resourceType: spec.resource.type,
        resourceId: spec.resource.id,
        kind: prepared.kind,
        actor: scope.actor,
        changes: prepared.changes,
        outcome: 'PENDING',
        requestId: scope.requestId,
        intended: prepared.intended,
      });
    } catch {
      throw new StoreUnavailableError(prepared.kind.toLowerCase().replaceAll('_', ' '));
    }
    let result: R;
    try {
      result = await spec.send(prepared.plan);
    } catch (error) {
      // An outcome no read-back could decide stays PENDING (shown UNKNOWN): the first read of the
      // resource after the grace decides it from what the CMA shows then (the write may land late),
      // and until then no read takes this write's effect for a change made elsewhere.
      const outcome = outcomeOf(error);
      if (outcome !== 'PENDING') await settleEvent(scope.store.db, seq, outcome).catch(() => undefined);
      throw error;
    }
    // The CMA did it. Bookkeeping that fails now (the token's last seen state) leaves the intent
    // PENDING for the next read to settle, and the caller still learns the truth. What the caller
    // asked this API itself to keep is another matter: `done` throws MetadataNotSavedError when it
    // could not be kept, and the caller is told so.
    try {
      const refined = await spec.done(result, prepared.plan);
      await settleEvent(scope.store.db, seq, 'DONE', refined ?? {}).catch(() => undefined);
    } catch (error) {
      if (!(error instanceof MetadataNotSavedError)) return { plan: prepared.plan, result };
      // Left PENDING (shown UNKNOWN), like any write whose record is incomplete: the first read
      // after the grace settles it from what the CMA shows, never as a change made elsewhere.
      throw error;
    }
    return { plan: prepared.plan, result };
  });
}
