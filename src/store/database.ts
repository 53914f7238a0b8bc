import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

// The tables of the store, as Kysely types them. Nothing here ever holds a secret or a bearer:
// actors are token ids and names, and a bearer is known to the store only through its hash.

/** A time the database sets on insert, returned as a Date by both drivers. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

/**
 * One row per token of a project that this API has seen: what the CMA showed last (to find the
 * changes made elsewhere) and what DatoCMS does not keep (owner, purpose, expiry, creation).
 */
export interface AccessTokenRecordTable {
  project_id: string;
  token_id: string;
  /** The token's state as last recorded: name, flags, role, built-in type (see token-state.ts). */
  last_seen: ColumnType<LastSeenState, string, string>;
  owner: string | null;
  purpose: string | null;
  expires_at: Timestamp | null;
  /** Set only for tokens created through this API. */
  created_at: Timestamp | null;
  created_by_token_id: string | null;
  created_by_name: string | null;
  first_seen_at: Timestamp;
  /** When the token was found gone (deleted here or elsewhere); its row and history stay. */
  deleted_at: Timestamp | null;
  last_reviewed_at: Timestamp | null;
  last_reviewed_by_token_id: string | null;
  last_reviewed_by_name: string | null;
}

export type LastSeenState = {
  name: string;
  roleId: string | null;
  canAccessCda: boolean;
  canAccessCdaPreview: boolean;
  canAccessCma: boolean;
  hardcodedType: string | null;
};

export type EventOutcome = 'PENDING' | 'DONE' | 'FAILED' | 'UNKNOWN';
export type FieldChange = { field: string; from: string | null; to: string | null };

/**
 * Every write through this API (its intent first, outcome PENDING, then settled) and every change
 * found made elsewhere, for tokens and roles alike.
 */
export interface EventTable {
  seq: Generated<number>;
  project_id: string;
  resource_type: 'access_token' | 'role' | 'token_policy';
  resource_id: string;
  kind: string;
  at: CreatedAt;
  actor_token_id: string | null;
  actor_name: string | null;
  changes: ColumnType<FieldChange[], string, string>;
  outcome: EventOutcome;
  request_id: string | null;
  /** A pending write's expected state, to settle it by reading back after a crash. */
  intended: ColumnType<unknown, string | null, string | null>;
  settled_at: Timestamp | null;
}

export type ExpiryAction = 'ROTATE' | 'DELETE' | 'NOTIFY_ONLY';

/** A project's token policy; a project without a row has the defaults (policy/token-policy.ts). */
export interface TokenPolicyTable {
  project_id: string;
  max_lifetime_days: number | null;
  default_lifetime_days: number | null;
  require_owner: boolean;
  review_every_days: number | null;
  on_expiry: ExpiryAction;
  warn_days_before: ColumnType<number[], string, string>;
  webhook_urls: ColumnType<string[], string, string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A warning sent, so that it is sent once per token, threshold and expiry (a renewed expiry warns again). */
export interface ExpiryWarningTable {
  project_id: string;
  token_id: string;
  days_before: number;
  expires_at: Timestamp;
  sent_at: CreatedAt;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface WebhookDeliveryTable {
  /** The X-Token-Admin-Delivery header's value. */
  id: string;
  seq: Generated<number>;
  project_id: string;
  url: string;
  type: string;
  access_token_id: string;
  payload: ColumnType<unknown, string, string>;
  status: DeliveryStatus;
  attempts: ColumnType<number, number | undefined, number>;
  last_attempt_at: Timestamp | null;
  last_error: string | null;
}

export interface Database {
  access_token_records: AccessTokenRecordTable;
  events: EventTable;
  token_policies: TokenPolicyTable;
  expiry_warnings: ExpiryWarningTable;
  webhook_deliveries: WebhookDeliveryTable;
}

export type TokenPolicyRow = Selectable<TokenPolicyTable>;
export type WebhookDelivery = Selectable<WebhookDeliveryTable>;

export type AccessTokenRecord = Selectable<AccessTokenRecordTable>;
export type NewAccessTokenRecord = Insertable<AccessTokenRecordTable>;
export type StoredEvent = Selectable<EventTable>;
