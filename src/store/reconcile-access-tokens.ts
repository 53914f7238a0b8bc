import type { CmaAccessToken } from '../cma/types.ts';
import type { AccessTokenRecord, Database, LastSeenState, StoredEvent } from './database.ts';
import { pendingEvents, recordEvents, settleEvent, type NewEvent } from './events.ts';
import { insertMissingRecords, loadRecords, markDeleted, replaceLastSeen } from './token-records.ts';
import { lastSeenOf, sameState, stateChanges } from './token-state.ts';
import type { Kysely } from 'kysely';

/**
 * What a pending token write expects to see once it happened (a rotation's cannot be seen); a write
 * recorded on one token that creates another (a rollover's start) names the state it creates.
 */
export type TokenIntent = { state: LastSeenState } | { deleted: true } | { creates: LastSeenState } | null;

const hasState = (intended: unknown): boolean => typeof intended === 'object' && intended !== null && 'state' in intended;
/** The state of the token a pending write creates, if it creates one. */
function createdStateOf(event: StoredEvent): LastSeenState | null {
  const intended = event.intended as TokenIntent;
  if (intended === null) return null;
  if ('creates' in intended) return intended.creates;
  return event.kind === 'CREATED' && event.resource_id === '' && 'state' in intended ? intended.state : null;
}

export type ReconcileOptions = {
  now: Date;
  /** A pending write younger than this may still be in flight: its token is left to it. */
  pendingGraceMs: number;
};

/** What the store holds for a read, loaded while the CMA is asked (`complete`: every token of the project). */
export type StoreSnapshot = { records: AccessTokenRecord[]; pending: StoredEvent[]; complete: boolean };

export async function loadSnapshot(db: Kysely<Database>, projectId: string, tokenIds?: readonly string[]): Promise<StoreSnapshot> {
  const [records, pending] = await Promise.all([loadRecords(db, projectId, tokenIds), pendingEvents(db, projectId, 'access_token')]);
  return { records, pending, complete: tokenIds === undefined };
}

/**
 * Compares what the CMA shows with what the store last recorded, in the request that read it:
 * tokens never seen are recorded (APPEARED), those changed or gone elsewhere too (CHANGED_OUTSIDE,
 * DELETED_OUTSIDE), and writes of ours whose server died before recording their outcome are settled
 * from what the CMA shows. Every change is claimed by a compare-and-set, so two readers that see
 * the same change record it once. A settled intent's effect on the records is written before the
 * intent is settled (as the write protocol does): a reader that no longer sees it pending finds
 * its effect already recorded, and takes nothing of ours for a change made elsewhere. With a complete snapshot, `seen` is the whole list: a recorded
 * token missing from it is gone.
 *
 * Returns the records of the tokens seen, as they now stand.
 */
export async function reconcileAccessTokens(
  db: Kysely<Database>,
  projectId: string,
  seen: readonly CmaAccessToken[],
  snapshot: StoreSnapshot,
  options: ReconcileOptions,
): Promise<Map<string, AccessTokenRecord>> {
  const { records, pending, complete } = snapshot;
  const recordOf = new Map(records.map((record) => [record.token_id, record]));
  const stale = (event: StoredEvent) => options.now.getTime() - event.at.getTime() >= options.pendingGraceMs;
  const pendingOf = new Map(pending.map((event) => [event.resource_id, event]));
  // A create has no token id until it is settled: its token is known by its state.
  const creations = pending.filter((event) => event.kind === 'CREATED' && event.resource_id === '' && hasState(event.intended));
  const makes = (event: StoredEvent, token: CmaAccessToken) => sameState(createdStateOf(event)!, lastSeenOf(token));
  const events: NewEvent[] = [];
  const outside = (tokenId: string, kind: string, changes: NewEvent['changes']): NewEvent => ({
    projectId, resourceType: 'access_token', resourceId: tokenId, kind, actor: null, changes, outcome: 'DONE',
  });

  const unrecorded = seen.filter((token) => !recordOf.has(token.id));
  // A create whose server died before recording it: in the whole list, the one token never recorded
  // that is in its state is the one it made (a partial read leaves the decision to a list read).
  // A token already recorded as made by it (by a reader that has not settled it yet) is that one.
  // None, or several: it cannot be told, and it is settled so, never to claim a later token.
  const made = new Map<string, { token: CmaAccessToken; event: StoredEvent }>();
  for (const event of complete ? creations.filter(stale) : []) {
    const claimed = records.find((record) => record.created_at?.getTime() === event.at.getTime() && record.created_by_token_id === event.actor_token_id);
    const candidates = unrecorded.filter((token) => makes(event, token));
    if (claimed) await settleEvent(db, event.seq, 'DONE', { resourceId: claimed.token_id });
    else if (candidates.length === 1 && !made.has(candidates[0]!.id)) made.set(candidates[0]!.id, { token: candidates[0]!, event });
    else await settleEvent(db, event.seq, 'UNKNOWN');
  }
  // A create in flight (or, in a partial read, any create not settled), a rollover's start in
  // flight: the token it makes is left to it.
  const waiting = pending.filter((event) => createdStateOf(event) !== null && (!stale(event) || (!complete && creations.includes(event))));
  const appeared = unrecorded.filter((token) => !made.has(token.id) && !waiting.some((event) => makes(event, token)));
  const rows = appeared.map((token) => ({ project_id: projectId, token_id: token.id, last_seen: JSON.stringify(lastSeenOf(token)), first_seen_at: options.now }));
  const inserted = await insertMissingRecords(db, rows);
  for (const token of appeared) {
    if (inserted.has(token.id)) events.push(outside(token.id, 'APPEARED', stateChanges(null, lastSeenOf(token))));
  }
  for (const [tokenId, { token, event }] of made) {
    // Claimed by inserting its record, then settled: of two readers one records the creation, and
    // a reader that no longer sees the intent pending finds the record (see the rule below).
    const given = (field: string) => event.changes.find((change) => change.field === field)?.to ?? null;
    const expiresAt = given('expiresAt');
    const claimed = await insertMissingRecords(db, [{
      project_id: projectId, token_id: tokenId, last_seen: JSON.stringify(lastSeenOf(token)),
      owner: given('owner'), purpose: given('purpose'), expires_at: expiresAt === null ? null : new Date(expiresAt),
      created_at: event.at, created_by_token_id: event.actor_token_id, created_by_name: event.actor_name, first_seen_at: event.at,
    }]);
    if (claimed.has(tokenId)) await settleEvent(db, event.seq, 'DONE', { resourceId: tokenId });
  }

  for (const token of seen) {
    const record = recordOf.get(token.id);
    if (!record) continue;
    const state = lastSeenOf(token);
    const intent = pendingOf.get(token.id);
    if (intent && !stale(intent)) continue;
    let recorded = record.last_seen;
    if (intent) {
      const intended = intent.intended as TokenIntent;
      const applied = intended !== null && 'state' in intended && sameState(intended.state, state);
      // Unchanged proves a change or a deletion did not happen; nothing proves a creation of another token did not.
      const provable = intended !== null && !('creates' in intended);
      const outcome = applied ? 'DONE' : provable && sameState(recorded, state) ? 'FAILED' : 'UNKNOWN';
      if (applied && (await replaceLastSeen(db, projectId, token.id, recorded, state))) recorded = state;
      await settleEvent(db, intent.seq, outcome);
    }
    if (!sameState(recorded, state) && (await replaceLastSeen(db, projectId, token.id, recorded, state))) {
      events.push(outside(token.id, 'CHANGED_OUTSIDE', stateChanges(recorded, state)));
    }
  }

  if (complete) {
    const listed = new Set(seen.map((token) => token.id));
    for (const record of records) {
      if (record.deleted_at !== null || listed.has(record.token_id)) continue;
      const intent = pendingOf.get(record.token_id);
      if (intent && !stale(intent)) continue;
      // Any deletion of ours (DELETED, a rollover's, an expiry's) says so by its intent, whatever its kind.
      const ours = intent !== undefined && intent.intended !== null && 'deleted' in (intent.intended as object);
      const gone = await markDeleted(db, projectId, record.token_id, options.now);
      if (intent) await settleEvent(db, intent.seq, ours ? 'DONE' : 'UNKNOWN');
      if (gone && !ours) events.push(outside(record.token_id, 'DELETED_OUTSIDE', []));
    }
  }
  await recordEvents(db, events);

  const changed = appeared.length > 0 || events.length > 0 || made.size > 0;
  const current = changed ? await loadRecords(db, projectId, seen.map((token) => token.id)) : records;
  return new Map(current.map((record) => [record.token_id, record]));
}
