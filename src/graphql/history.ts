// Extends AccessToken with its history, and adds the project's feed of token events: every write
// through this API (recorded before and after it) and every change found made elsewhere.
import { z } from 'zod';
import type { StoredEvent } from '../store/database.ts';
import { builder } from './builder.ts';
import { sequenceCursor } from './sequence-cursor.ts';
import { ActorType } from './access-token-metadata.ts';
import { AccessTokenRef } from './refs.ts';
import { DateTimeScalar } from './scalars.ts';
import { cmaId } from './validators.ts';

const EVENT_KINDS = {
  CREATED: 'Created through this API.',
  UPDATED: "Its name, flags or role changed through this API (and its metadata, if given with them).",
  METADATA_CHANGED: 'Only what this API keeps changed (owner, purpose, expiry): nothing was sent to the CMA.',
  ROTATED: 'Given a new secret through this API. The secret itself is never recorded.',
  DELETED: 'Deleted through this API.',
  ROLLOVER_STARTED: 'A successor was created for it (startAccessTokenRollover).',
  ROLLOVER_FINISHED: 'Deleted as the original of a finished rollover.',
  ROLLOVER_CANCELLED: 'Deleted as the successor of a cancelled rollover.',
  APPEARED: 'Seen by this API for the first time: created elsewhere, or existing before this API first read the project.',
  CHANGED_OUTSIDE: 'Changed elsewhere (the DatoCMS dashboard, another script): found when this API next read the tokens.',
  DELETED_OUTSIDE: 'Gone without a deletion through this API: found when this API next read the tokens.',
  EXPIRED_ROTATED: "Past its expiresAt, given a new secret and a renewed expiry by enforceTokenPolicy (the policy's onExpiry: ROTATE).",
  EXPIRED_DELETED: "Past its expiresAt, deleted by enforceTokenPolicy (the policy's onExpiry: DELETE).",
  EXPIRY_WARNED: 'Warned by enforceTokenPolicy that it expires soon (daysBeforeExpiry: the threshold) or, under NOTIFY_ONLY, that it has expired (0).',
  REVIEWED: 'Confirmed as still needed through reviewAccessTokens (lastReviewedAt, and the review note if one was given).',
} as const;
export type AccessTokenEventKind = keyof typeof EVENT_KINDS;

export const AccessTokenEventKindEnum = builder.enumType('AccessTokenEventKind', {
  description: 'What happened to a token: a write through this API, or a change found made elsewhere.',
  values: Object.fromEntries(Object.entries(EVENT_KINDS).map(([kind, description]) => [kind, { description }])) as Record<AccessTokenEventKind, { description: string }>,
});

const WriteOutcomeEnum = builder.enumType('WriteOutcome', {
  description: 'How a write ended, as recorded.',
  values: {
    DONE: { description: 'It happened (changes found elsewhere are always DONE).' },
    FAILED: { description: 'It did not happen: the CMA refused it, or a read-back proved nothing changed.' },
    UNKNOWN: {
      description:
        'Not known (yet): the CMA gave no definite answer and no read-back could decide, or the write is still in flight. ' +
        'A write whose server stopped before recording its outcome is settled by the next read of the token.',
    },
  } as const,
});

type FieldChange = { field: string; from: string | null; to: string | null };
const FieldChangeType = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One field of a token before and after a change, as text ("true"/"false", a role id, an ISO 8601 time). Never the secret.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The AccessToken field: name, role, canAccessCda, canAccessCdaPreview, canAccessCma, owner, purpose, expiresAt.' }),
    from: t.exposeString('from', { nullable: true, description: 'Its value before; null where there was none.' }),
    to: t.exposeString('to', { nullable: true, description: 'Its value after; null where there is none.' }),
  }),
});

const AccessTokenEventType = builder.objectRef<StoredEvent>('AccessTokenEvent').implement({
  description: 'One entry of a token\'s history.',
  fields: (t) => ({
    id: t.id({ description: 'Unique in the project; later events have greater ids.', resolve: (event) => String(event.seq) }),
    at: t.field({ type: DateTimeScalar, description: 'When it was recorded: a write\'s intent, just before the CMA was called; a change found elsewhere, when it was found.', resolve: (event) => event.at }),
    kind: t.field({ type: AccessTokenEventKindEnum, resolve: (event) => event.kind as AccessTokenEventKind }),
    accessTokenId: t.id({ description: 'The token (it may no longer exist).', resolve: (event) => event.resource_id }),
    actor: t.field({
      type: ActorType,
      nullable: true,
      description: 'Who made the change through this API; null for changes found made elsewhere.',
      resolve: (event) => (event.actor_token_id === null && event.actor_name === null ? null : { accessTokenId: event.actor_token_id, name: event.actor_name }),
    }),
    changes: t.field({ type: [FieldChangeType], description: 'What changed. Empty for a rotation (the secret is never recorded) and for a deletion of a token not read first.', resolve: (event) => event.changes }),
    outcome: t.field({ type: WriteOutcomeEnum, resolve: (event) => (event.outcome === 'PENDING' ? 'UNKNOWN' : event.outcome) }),
    requestId: t.exposeString('request_id', { nullable: true, description: 'The X-Request-Id of the request that made it, as in the server\'s log line; null for changes found elsewhere.' }),
  }),
});

type Page = { events: StoredEvent[]; hasMore: boolean };
const cursor = sequenceCursor('event');
const cursorOf = (event: StoredEvent) => cursor.encode(event.seq);
const seqOf = cursor.decode;

const EdgeType = builder.objectRef<StoredEvent>('AccessTokenEventEdge').implement({
  description: 'An event and its cursor.',
  fields: (t) => ({
    cursor: t.string({ description: 'Pass as `after` to get the events before this one.', resolve: cursorOf }),
    node: t.field({ type: AccessTokenEventType, resolve: (event) => event }),
  }),
});
const PageInfoType = builder.objectRef<Page>('EventPageInfo').implement({
  description: 'Where a page of events ends.',
  fields: (t) => ({
    hasNextPage: t.boolean({ description: 'Older events remain.', resolve: (page) => page.hasMore }),
    endCursor: t.string({ nullable: true, description: 'The last event\'s cursor: pass it as `after`.', resolve: (page) => (page.events.length > 0 ? cursorOf(page.events.at(-1)!) : null) }),
  }),
});
const ConnectionType = builder.objectRef<Page>('AccessTokenEventConnection').implement({
  description: 'A page of token events, newest first.',
  fields: (t) => ({
    edges: t.field({ type: [EdgeType], resolve: (page) => page.events }),
    nodes: t.field({ type: [AccessTokenEventType], description: 'The events of `edges`, without cursors.', resolve: (page) => page.events }),
    pageInfo: t.field({ type: PageInfoType, resolve: (page) => page }),
  }),
});

const first = z.number().int().min(1).max(100);

builder.objectField(AccessTokenRef, 'history', (t) =>
  t.field({
    type: ConnectionType,
    nullable: true,
    description: 'Every recorded change of this token, newest first. Null with a STORE_UNAVAILABLE error while the store cannot be reached.',
    args: {
      first: t.arg.int({ defaultValue: 20, validate: { schema: first }, description: 'At most 100.' }),
      after: t.arg.string({ description: 'A cursor from a previous page.' }),
    },
    resolve: async (token, args, { loaders }) => {
      // The token as this request read it is compared with what was recorded first: a change made
      // elsewhere is in the history it answers.
      await loaders.recordOf(token).catch(() => undefined);
      return loaders.events({ resourceType: 'access_token', resourceIds: [token.id] }, { first: args.first ?? 20, before: seqOf(args.after) });
    },
  }),
);

const AccessTokenEventFilterInput = builder.inputType('AccessTokenEventFilter', {
  description: 'Which events to list; every condition given must hold.',
  fields: (t) => ({
    accessTokenIds: t.idList({ description: 'Events of these tokens (deleted ones included).', validate: { items: { schema: cmaId } } }),
    kinds: t.field({ type: [AccessTokenEventKindEnum], description: 'Events of these kinds.' }),
    since: t.field({ type: DateTimeScalar, description: 'Events recorded at or after this instant.' }),
  }),
});

builder.queryFields((t) => ({
  accessTokenEvents: t.field({
    type: ConnectionType,
    description:
      "The project's token history, newest first: writes through this API and changes found elsewhere. Reads the token list " +
      'first (one CMA call), so that changes made elsewhere since the last read are in it, and so that only callers who may ' +
      'list the tokens see their history.',
    args: {
      filter: t.arg({ type: AccessTokenEventFilterInput }),
      first: t.arg.int({ defaultValue: 20, validate: { schema: first }, description: 'At most 100.' }),
      after: t.arg.string({ description: 'A cursor from a previous page.' }),
    },
    resolve: async (_root, { filter, first: count, after }, { loaders }) => {
      await loaders.accessTokenList();
      return loaders.events(
        { resourceType: 'access_token', resourceIds: filter?.accessTokenIds ?? undefined, kinds: filter?.kinds ?? undefined, since: filter?.since ?? undefined },
        { first: count ?? 20, before: seqOf(after) },
      );
    },
  }),
}));
