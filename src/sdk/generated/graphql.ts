/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which events to list; every condition given must hold. */
export type AccessTokenEventFilter = {
  /** Events of these tokens (deleted ones included). */
  accessTokenIds?: Array<string | number> | null | undefined;
  /** Events of these kinds. */
  kinds?: Array<AccessTokenEventKind> | null | undefined;
  /** Events recorded at or after this instant. */
  since?: string | null | undefined;
};

/** What happened to a token: a write through this API, or a change found made elsewhere. */
export type AccessTokenEventKind =
  /** Seen by this API for the first time: created elsewhere, or existing before this API first read the project. */
  | 'APPEARED'
  /** Changed elsewhere (the DatoCMS dashboard, another script): found when this API next read the tokens. */
  | 'CHANGED_OUTSIDE'
  /** Created through this API. */
  | 'CREATED'
  /** Deleted through this API. */
  | 'DELETED'
  /** Gone without a deletion through this API: found when this API next read the tokens. */
  | 'DELETED_OUTSIDE'
  /** Past its expiresAt, deleted by enforceTokenPolicy (the policy's onExpiry: DELETE). */
  | 'EXPIRED_DELETED'
  /** Past its expiresAt, given a new secret and a renewed expiry by enforceTokenPolicy (the policy's onExpiry: ROTATE). */
  | 'EXPIRED_ROTATED'
  /** Warned by enforceTokenPolicy that it expires soon (daysBeforeExpiry: the threshold) or, under NOTIFY_ONLY, that it has expired (0). */
  | 'EXPIRY_WARNED'
  /** Only what this API keeps changed (owner, purpose, expiry): nothing was sent to the CMA. */
  | 'METADATA_CHANGED'
  /** Confirmed as still needed through reviewAccessTokens (lastReviewedAt, and the review note if one was given). */
  | 'REVIEWED'
  /** Deleted as the successor of a cancelled rollover. */
  | 'ROLLOVER_CANCELLED'
  /** Deleted as the original of a finished rollover. */
  | 'ROLLOVER_FINISHED'
  /** A successor was created for it (startAccessTokenRollover). */
  | 'ROLLOVER_STARTED'
  /** Given a new secret through this API. The secret itself is never recorded. */
  | 'ROTATED'
  /** Its name, flags or role changed through this API (and its metadata, if given with them). */
  | 'UPDATED';

/** Which tokens to list (accessTokens) or act on (the bulk mutations). Every condition given must hold; none given matches every token. */
export type AccessTokenFilter = {
  /** Tokens that may call every one of these APIs. */
  canAccess?: Array<ApiSurface> | null | undefined;
  /** true: tokens created through the API; false: built-in tokens. */
  editable?: boolean | null | undefined;
  /** Tokens whose expiresAt is set and earlier than this instant. */
  expiresBefore?: string | null | undefined;
  /** Tokens expiring within this many days from now (expired ones included). */
  expiresWithinDays?: number | null | undefined;
  /** true: tokens with an owner recorded; false: tokens without one. */
  hasOwner?: boolean | null | undefined;
  /** Tokens whose last CDA call falls in one of these buckets. */
  lastCdaAccess?: Array<LastAccess> | null | undefined;
  /** Tokens whose last CMA call falls in one of these buckets (NEVER: unused since the start of last month). */
  lastCmaAccess?: Array<LastAccess> | null | undefined;
  /** Case-insensitive. */
  nameContains?: string | null | undefined;
  /** Tokens whose owner contains this text, case-insensitive. */
  ownerContains?: string | null | undefined;
  /** true: tokens the project's policy wants reviewed now (AccessToken.reviewDue); false: the others. */
  reviewDue?: boolean | null | undefined;
  /** Tokens bound to one of these roles. */
  roleIds?: Array<string | number> | null | undefined;
};

/** The APIs a token may call at all, whatever its role allows. */
export type ApiSurface =
  /** Content Delivery API, published content */
  | 'CDA'
  /** Content Delivery API with X-Include-Drafts (draft content) */
  | 'CDA_PREVIEW'
  /** Content Management API */
  | 'CMA';

/** What the audit found about a token, from its effective capabilities and its recorded use (each kind has one severity). */
export type AuditFindingKind =
  /** HIGH. A built-in token that manages API tokens has been used on the CMA since the start of last month (projects created before May 2025 have one). */
  | 'BUILT_IN_FULL_ACCESS_IN_USE'
  /** CRITICAL. Can call the CMA with a role that manages API tokens: it can mint, read and rotate every secret. */
  | 'CAN_MANAGE_ACCESS_TOKENS'
  /** CRITICAL. Can call the CMA with a role that manages collaborators and roles: it can escalate any account. */
  | 'CAN_MANAGE_USERS_AND_ROLES'
  /** MEDIUM. Can read drafts through the CDA (canAccessCdaPreview): shipped in a frontend, it leaks unpublished content. */
  | 'DRAFT_READER'
  /** HIGH. Past its expiresAt (enforceTokenPolicy acts on it by the policy's onExpiry). */
  | 'EXPIRED'
  /** MEDIUM. Expires within the policy's largest warnDaysBefore. */
  | 'EXPIRES_SOON'
  /** MEDIUM. Has no expiry while the policy sets a maximum lifetime. */
  | 'NO_EXPIRY'
  /** LOW. Has no owner while the policy requires one. */
  | 'NO_OWNER'
  /** LOW. Due for an access review by the policy's reviewEveryDays. */
  | 'REVIEW_OVERDUE'
  /** HIGH. Can write through the CMA but has not used it since the start of last month. */
  | 'UNUSED_WRITE_TOKEN';

/** The kind of change that fixes a finding. */
export type AuditRemedyAction =
  /** Delete the token. */
  | 'DELETE'
  /** Record an access review (reviewAccessTokens) once the token is confirmed as still needed. */
  | 'REVIEW'
  /** Start a rollover to a successor (built-in tokens cannot be edited; expiring ones need a new secret), move its users to it, finish the rollover. */
  | 'ROLLOVER'
  /** Set expiresAt within the policy's maximum lifetime (updateAccessToken). */
  | 'SET_EXPIRY'
  /** Set owner (updateAccessToken). */
  | 'SET_OWNER'
  /** Set canAccessCdaPreview to false, unless the token only serves a preview environment. */
  | 'TURN_OFF_CDA_PREVIEW'
  /** Set canAccessCma to false (or bind the token to a role without the permission, if it must keep writing). */
  | 'TURN_OFF_CMA';

/** How urgent a finding is. accessTokenAudit lists the most severe first. */
export type AuditSeverity =
  /** Whoever holds the secret can take the project over: mint tokens, or grant any account any permission. */
  | 'CRITICAL'
  /** A write-capable token unused on the CMA since the start of last month, or a built-in full-access token in use. */
  | 'HIGH'
  /** Minor; no finding has this severity today. */
  | 'LOW'
  /** Unpublished content can leak. */
  | 'MEDIUM';

/** Something a token may do, as this API works it out from the token's role and its API surface flags. */
export type CapabilityName =
  /** Call the Content Delivery API for published content (canAccessCda); needs no role permission. */
  | 'CALL_CDA'
  /** Ask the Content Delivery API for drafts (canAccessCdaPreview); needs no role permission. */
  | 'CALL_CDA_PREVIEW'
  /** Call the Content Management API at all (canAccessCma); needs no role permission. */
  | 'CALL_CMA'
  /** Create records through the CMA (role: CREATE on some model). */
  | 'CREATE_RECORDS'
  /** Delete records through the CMA (role: DELETE on some model). */
  | 'DELETE_RECORDS'
  /** Change project settings through the CMA (role: canEditSite or canEditFavicon). */
  | 'EDIT_PROJECT_SETTINGS'
  /** Change models and fields through the CMA (role: canEditSchema). */
  | 'EDIT_SCHEMA'
  /** Create, rotate and delete API tokens and read every secret through the CMA (role: canManageAccessTokens). */
  | 'MANAGE_ACCESS_TOKENS'
  /** Create and edit build triggers through the CMA (role: canManageBuildTriggers). */
  | 'MANAGE_BUILD_TRIGGERS'
  /** Create, fork, delete or promote environments through the CMA (role: canManageEnvironments or canPromoteEnvironments). */
  | 'MANAGE_ENVIRONMENTS'
  /** Create, update or delete uploads through the CMA (role: upload permissions). */
  | 'MANAGE_UPLOADS'
  /** Manage collaborators and roles through the CMA, its own role included (role: canManageUsers). */
  | 'MANAGE_USERS_AND_ROLES'
  /** Create and edit webhooks through the CMA (role: canManageWebhooks). */
  | 'MANAGE_WEBHOOKS'
  /** Publish and unpublish records through the CMA (role: PUBLISH on some model). */
  | 'PUBLISH_RECORDS'
  /** Read drafts: through CDA preview or the CMA, with a role that may read records of some model. */
  | 'READ_DRAFT_CONTENT'
  /** Read published records: through the CDA or the CMA, with a role that may read records of some model. */
  | 'READ_PUBLISHED_CONTENT'
  /** Edit records through the CMA (role: UPDATE on some model). */
  | 'UPDATE_RECORDS';

/** A new token. Everything is required, as the CMA requires it; give it only the APIs and the role it needs. */
export type CreateAccessTokenInput = {
  /** May call the Content Delivery API for published content. */
  canAccessCda: boolean;
  /** May read drafts through the Content Delivery API. */
  canAccessCdaPreview: boolean;
  /** May call the Content Management API: needed for anything but reading content. */
  canAccessCma: boolean;
  /** When it should stop being used; kept by this API. Must lie in the future. */
  expiresAt?: string | null | undefined;
  /** Trimmed; 1 to 255 visible characters (no control characters, zero-width or direction marks: a name must not pose as another). */
  name: string;
  /** Who answers for the token (a person, a team, an email); kept by this API. 1 to 255 visible characters. */
  owner?: string | null | undefined;
  /** What it is for, in words; kept by this API. 1 to 1000 visible characters. */
  purpose?: string | null | undefined;
  /** The role that decides what it may do (see roles). */
  roleId: string | number;
};

/** What enforceTokenPolicy did, or in a dry run would do, to one token. */
export type EnforcementStatus =
  /** Expired and deleted. */
  | 'DELETED'
  /** The action was refused or not confirmed: see error. */
  | 'FAILED'
  /** Expired and rotated: accessToken carries the new secret (shown here only) and expiresAt the renewed expiry. */
  | 'ROTATED'
  /** Nothing done: see reason (no expiry, nothing due yet, already warned, or the caller's own token). */
  | 'SKIPPED'
  /** Its owner was warned (by webhook, and in its history): it expires soon, or has expired under NOTIFY_ONLY. */
  | 'WARNED'
  /** Dry run: would be deleted. */
  | 'WOULD_DELETE'
  /** Dry run: would be rotated, with expiresAt as its renewed expiry. */
  | 'WOULD_ROTATE'
  /** Dry run: would be warned. */
  | 'WOULD_WARN';

/** What enforceTokenPolicy does to a token past its expiresAt. */
export type ExpiryAction =
  /** An expired token is deleted. */
  | 'DELETE'
  /** An expired token is left as it is; its expiry is announced once to the webhooks. */
  | 'NOTIFY_ONLY'
  /** An expired token gets a new secret (returned only to the caller of enforceTokenPolicy) and a renewed expiry. */
  | 'ROTATE';

/** When a token last called an API, in the CMA's buckets (weeks run Monday to Sunday; NEVER: not since last month). */
export type LastAccess =
  /** Last month. */
  | 'LAST_MONTH'
  /** Last week. */
  | 'LAST_WEEK'
  /** Not since the start of last month: the CMA keeps no older record, so an older use looks the same as none. */
  | 'NEVER'
  /** Earlier this month. */
  | 'THIS_MONTH'
  /** Earlier this week (since Monday). */
  | 'THIS_WEEK'
  /** Today. */
  | 'TODAY'
  /** Yesterday. */
  | 'YESTERDAY';

/** A rule of the token policy. */
export type PolicyRule =
  /** Every token needs an expiry no further away than maxLifetimeDays. */
  | 'MAX_LIFETIME'
  /** Every new token needs an owner, and an owner cannot be cleared. */
  | 'REQUIRE_OWNER';

/** A partial policy: what is left out keeps its value; null clears a limit. */
export type TokenPolicyInput = {
  /** 1 to 3650, at most maxLifetimeDays; null: none. */
  defaultLifetimeDays?: number | null | undefined;
  /** 1 to 3650; null: no maximum. */
  maxLifetimeDays?: number | null | undefined;
  /** What enforcement does at expiry. */
  onExpiry?: ExpiryAction | null | undefined;
  /** Require an owner on every new token. */
  requireOwner?: boolean | null | undefined;
  /** 1 to 3650; null: no reviews due. */
  reviewEveryDays?: number | null | undefined;
  /** Up to 10 thresholds, 1 to 365 days each. */
  warnDaysBefore?: Array<number> | null | undefined;
  /** Up to 10 URLs, each on an origin in the server's WEBHOOK_ALLOWED_ORIGINS. */
  webhookUrls?: Array<string> | null | undefined;
};

/** Only what is given changes. A CMA attribute left out (or null) keeps its current value, the role included; owner, purpose and expiresAt left out keep theirs, and null clears them. Metadata alone never calls the CMA's write, and can be set on built-in tokens too. */
export type UpdateAccessTokenInput = {
  canAccessCda?: boolean | null | undefined;
  canAccessCdaPreview?: boolean | null | undefined;
  canAccessCma?: boolean | null | undefined;
  /** When it should stop being used; kept by this API. Must lie in the future. Null clears it. */
  expiresAt?: string | null | undefined;
  /** Trimmed; 1 to 255 visible characters (no control characters, zero-width or direction marks: a name must not pose as another). */
  name?: string | null | undefined;
  /** Who answers for the token (a person, a team, an email); kept by this API. 1 to 255 visible characters. Null clears it. */
  owner?: string | null | undefined;
  /** What it is for, in words; kept by this API. 1 to 1000 visible characters. Null clears it. */
  purpose?: string | null | undefined;
  /** Binds the token to another role. */
  roleId?: string | number | null | undefined;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (no answer, or not 2xx): see lastError. */
  | 'FAILED'
  /** Not delivered yet; attempts go on within the enforcement run. */
  | 'PENDING';

/** What a delivery announced. */
export type WebhookEventType =
  /** The "access_token.deleted_on_expiry" event. */
  | 'DELETED_ON_EXPIRY'
  /** The "access_token.expired" event. */
  | 'EXPIRED'
  /** The "access_token.expires_soon" event. */
  | 'EXPIRES_SOON'
  /** The "access_token.rotated_on_expiry" event. */
  | 'ROTATED_ON_EXPIRY';

/** How a write ended, as recorded. */
export type WriteOutcome =
  /** It happened (changes found elsewhere are always DONE). */
  | 'DONE'
  /** It did not happen: the CMA refused it, or a read-back proved nothing changed. */
  | 'FAILED'
  /** Not known (yet): the CMA gave no definite answer and no read-back could decide, or the write is still in flight. A write whose server stopped before recording its outcome is settled by the next read of the token. */
  | 'UNKNOWN';

export type AccessTokenSummaryFragment = { id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null };

type WriteErrorFields_CannotDeleteOwnTokenError_Fragment = { __typename: 'CannotDeleteOwnTokenError', accessTokenId: string, message: string };

type WriteErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: string, message: string };

type WriteErrorFields_InvalidAttributesError_Fragment = { __typename: 'InvalidAttributesError', attributes: Array<string>, message: string };

type WriteErrorFields_MetadataNotSavedError_Fragment = { __typename: 'MetadataNotSavedError', message: string };

type WriteErrorFields_NoRolloverError_Fragment = { __typename: 'NoRolloverError', message: string };

type WriteErrorFields_NonEditableAccessTokenError_Fragment = { __typename: 'NonEditableAccessTokenError', accessTokenId: string, hardcodedType: string | null, message: string };

type WriteErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', resource: string, id: string, message: string };

type WriteErrorFields_PermissionDeniedError_Fragment = { __typename: 'PermissionDeniedError', upstreamCode: string, message: string };

type WriteErrorFields_PolicyConflictError_Fragment = { __typename: 'PolicyConflictError', expectedVersion: string, message: string };

type WriteErrorFields_PolicyViolationError_Fragment = { __typename: 'PolicyViolationError', rule: PolicyRule, field: string, message: string };

type WriteErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string };

type WriteErrorFields_RoleConflictError_Fragment = { __typename: 'RoleConflictError', message: string };

type WriteErrorFields_RoleInUseError_Fragment = { __typename: 'RoleInUseError', message: string };

type WriteErrorFields_RolloverAlreadyStartedError_Fragment = { __typename: 'RolloverAlreadyStartedError', message: string };

type WriteErrorFields_RolloverNotReadyError_Fragment = { __typename: 'RolloverNotReadyError', message: string };

type WriteErrorFields_StoreUnavailableError_Fragment = { __typename: 'StoreUnavailableError', message: string };

type WriteErrorFields_UpstreamRefusedError_Fragment = { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string };

type WriteErrorFields_UpstreamUnavailableError_Fragment = { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string };

type WriteErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', field: string, path: Array<string>, message: string };

type WriteErrorFields_WebhookUrlRefusedError_Fragment = { __typename: 'WebhookUrlRefusedError', url: string, message: string };

export type WriteErrorFieldsFragment =
  | WriteErrorFields_CannotDeleteOwnTokenError_Fragment
  | WriteErrorFields_ConflictError_Fragment
  | WriteErrorFields_InvalidAttributesError_Fragment
  | WriteErrorFields_MetadataNotSavedError_Fragment
  | WriteErrorFields_NoRolloverError_Fragment
  | WriteErrorFields_NonEditableAccessTokenError_Fragment
  | WriteErrorFields_NotFoundError_Fragment
  | WriteErrorFields_PermissionDeniedError_Fragment
  | WriteErrorFields_PolicyConflictError_Fragment
  | WriteErrorFields_PolicyViolationError_Fragment
  | WriteErrorFields_RateLimitedError_Fragment
  | WriteErrorFields_RoleConflictError_Fragment
  | WriteErrorFields_RoleInUseError_Fragment
  | WriteErrorFields_RolloverAlreadyStartedError_Fragment
  | WriteErrorFields_RolloverNotReadyError_Fragment
  | WriteErrorFields_StoreUnavailableError_Fragment
  | WriteErrorFields_UpstreamRefusedError_Fragment
  | WriteErrorFields_UpstreamUnavailableError_Fragment
  | WriteErrorFields_ValidationError_Fragment
  | WriteErrorFields_WebhookUrlRefusedError_Fragment
;

export type ListAccessTokensQueryVariables = Exact<{
  filter?: AccessTokenFilter | null | undefined;
}>;


export type ListAccessTokensQuery = { accessTokens: Array<{ id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, effectiveCapabilities: { summary: string, canWrite: boolean, allowed: Array<CapabilityName> } | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null }> };

export type AccessTokenQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessTokenQuery = { accessToken: { id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, effectiveCapabilities: { summary: string, canWrite: boolean, allowed: Array<CapabilityName> } | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null } | null };

export type AuditQueryVariables = Exact<{
  severities?: Array<AuditSeverity> | AuditSeverity | null | undefined;
}>;


export type AuditQuery = { accessTokenAudit: Array<{ severity: AuditSeverity, kind: AuditFindingKind, reason: string, remedy: { action: AuditRemedyAction, description: string }, accessToken: { id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null } }> };

export type CreateAccessTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CreateAccessTokenMutation = { createAccessToken:
    | { __typename: 'CreateAccessTokenSuccess', accessToken: { token: string | null, id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null } }
    | { __typename: 'InvalidAttributesError', attributes: Array<string>, message: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'PolicyViolationError', rule: PolicyRule, field: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

export type UpdateAccessTokenMutationVariables = Exact<{
  id: string | number;
  input: UpdateAccessTokenInput;
  expectedVersion?: string | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type UpdateAccessTokenMutation = { updateAccessToken:
    | { __typename: 'ConflictError', currentVersion: string, message: string }
    | { __typename: 'InvalidAttributesError', attributes: Array<string>, message: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NonEditableAccessTokenError', accessTokenId: string, hardcodedType: string | null, message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'PolicyViolationError', rule: PolicyRule, field: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpdateAccessTokenSuccess', dryRun: boolean, accessToken: { id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null }, capabilityChanges: { gained: Array<CapabilityName>, lost: Array<CapabilityName> } }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

export type RotateAccessTokenMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: string | null | undefined;
}>;


export type RotateAccessTokenMutation = { rotateAccessToken:
    | { __typename: 'ConflictError', currentVersion: string, message: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'RotateAccessTokenSuccess', accessToken: { token: string | null, id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null } }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

export type DeleteAccessTokenMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: string | null | undefined;
}>;


export type DeleteAccessTokenMutation = { deleteAccessToken:
    | { __typename: 'CannotDeleteOwnTokenError', accessTokenId: string, message: string }
    | { __typename: 'ConflictError', currentVersion: string, message: string }
    | { __typename: 'DeleteAccessTokenSuccess', id: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

export type AccessTokenEventFieldsFragment = { id: string, at: string, kind: AccessTokenEventKind, accessTokenId: string, outcome: WriteOutcome, requestId: string | null, actor: { accessTokenId: string | null, name: string | null } | null, changes: Array<{ field: string, from: string | null, to: string | null }> };

export type AccessTokenHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessTokenHistoryQuery = { accessToken: { id: string, history: { nodes: Array<{ id: string, at: string, kind: AccessTokenEventKind, accessTokenId: string, outcome: WriteOutcome, requestId: string | null, actor: { accessTokenId: string | null, name: string | null } | null, changes: Array<{ field: string, from: string | null, to: string | null }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } | null };

export type AccessTokenEventsQueryVariables = Exact<{
  filter?: AccessTokenEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessTokenEventsQuery = { accessTokenEvents: { nodes: Array<{ id: string, at: string, kind: AccessTokenEventKind, accessTokenId: string, outcome: WriteOutcome, requestId: string | null, actor: { accessTokenId: string | null, name: string | null } | null, changes: Array<{ field: string, from: string | null, to: string | null }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type TokenPolicyFieldsFragment = { maxLifetimeDays: number | null, defaultLifetimeDays: number | null, requireOwner: boolean, reviewEveryDays: number | null, onExpiry: ExpiryAction, warnDaysBefore: Array<number>, webhookUrls: Array<string>, version: string };

export type TokenPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenPolicyQuery = { tokenPolicy: { maxLifetimeDays: number | null, defaultLifetimeDays: number | null, requireOwner: boolean, reviewEveryDays: number | null, onExpiry: ExpiryAction, warnDaysBefore: Array<number>, webhookUrls: Array<string>, version: string } | null };

export type UpdateTokenPolicyMutationVariables = Exact<{
  input: TokenPolicyInput;
  expectedVersion?: string | null | undefined;
}>;


export type UpdateTokenPolicyMutation = { updateTokenPolicy:
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'PolicyConflictError', expectedVersion: string, message: string, currentPolicy: { maxLifetimeDays: number | null, defaultLifetimeDays: number | null, requireOwner: boolean, reviewEveryDays: number | null, onExpiry: ExpiryAction, warnDaysBefore: Array<number>, webhookUrls: Array<string>, version: string } }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpdateTokenPolicySuccess', tokenPolicy: { maxLifetimeDays: number | null, defaultLifetimeDays: number | null, requireOwner: boolean, reviewEveryDays: number | null, onExpiry: ExpiryAction, warnDaysBefore: Array<number>, webhookUrls: Array<string>, version: string } }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
    | { __typename: 'WebhookUrlRefusedError', url: string, message: string }
   };

export type EnforceTokenPolicyMutationVariables = Exact<{
  dryRun?: boolean | null | undefined;
}>;


export type EnforceTokenPolicyMutation = { enforceTokenPolicy:
    | { __typename: 'EnforceTokenPolicySuccess', dryRun: boolean, acted: number, failed: number, outcomes: Array<{ status: EnforcementStatus, reason: string | null, expiresAt: string | null, accessToken: { token: string | null, id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null }, error:
          | { __typename: 'CannotDeleteOwnTokenError', accessTokenId: string, message: string }
          | { __typename: 'ConflictError', currentVersion: string, message: string }
          | { __typename: 'InvalidAttributesError', attributes: Array<string>, message: string }
          | { __typename: 'MetadataNotSavedError', message: string }
          | { __typename: 'NoRolloverError', message: string }
          | { __typename: 'NonEditableAccessTokenError', accessTokenId: string, hardcodedType: string | null, message: string }
          | { __typename: 'NotFoundError', resource: string, id: string, message: string }
          | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
          | { __typename: 'PolicyConflictError', expectedVersion: string, message: string }
          | { __typename: 'PolicyViolationError', rule: PolicyRule, field: string, message: string }
          | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
          | { __typename: 'RoleConflictError', message: string }
          | { __typename: 'RoleInUseError', message: string }
          | { __typename: 'RolloverAlreadyStartedError', message: string }
          | { __typename: 'RolloverNotReadyError', message: string }
          | { __typename: 'StoreUnavailableError', message: string }
          | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
          | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
          | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
          | { __typename: 'WebhookUrlRefusedError', url: string, message: string }
         | null }> }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
   };

export type ReviewAccessTokensMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  note?: string | null | undefined;
}>;


export type ReviewAccessTokensMutation = { reviewAccessTokens:
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'ReviewAccessTokensSuccess', reviewedAt: string, accessTokens: Array<{ id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null }> }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

export type AccessReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessReviewQuery = { tokenPolicy: { maxLifetimeDays: number | null, defaultLifetimeDays: number | null, requireOwner: boolean, reviewEveryDays: number | null, onExpiry: ExpiryAction, warnDaysBefore: Array<number>, webhookUrls: Array<string>, version: string } | null, accessTokens: Array<{ id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, owner: string | null, purpose: string | null, expiresAt: string | null, createdAt: string | null, firstSeenAt: string | null, lastReviewedAt: string | null, reviewDue: boolean | null, effectiveCapabilities: { summary: string, canWrite: boolean, allowed: Array<CapabilityName> } | null, role: { id: string, name: string } | null, createdBy: { accessTokenId: string | null, name: string | null } | null, lastReviewedBy: { accessTokenId: string | null, name: string | null } | null }>, accessTokenAudit: Array<{ severity: AuditSeverity, kind: AuditFindingKind, reason: string, remedy: { action: AuditRemedyAction, description: string }, accessToken: { id: string, name: string } }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, url: string, type: WebhookEventType, accessTokenId: string, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, lastError: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccessTokenSummaryFragmentDoc = new TypedDocumentString(`
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}
    `, {"fragmentName":"AccessTokenSummary"}) as unknown as TypedDocumentString<AccessTokenSummaryFragment, unknown>;
export const WriteErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment WriteErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    path
  }
  ... on NotFoundError {
    resource
    id
  }
  ... on ConflictError {
    currentVersion
  }
  ... on PermissionDeniedError {
    upstreamCode
  }
  ... on RateLimitedError {
    retryAfterSeconds
  }
  ... on UpstreamUnavailableError {
    outcomeUnknown
  }
  ... on UpstreamRefusedError {
    upstreamCode
  }
  ... on PolicyViolationError {
    rule
    field
  }
  ... on NonEditableAccessTokenError {
    accessTokenId
    hardcodedType
  }
  ... on CannotDeleteOwnTokenError {
    accessTokenId
  }
  ... on InvalidAttributesError {
    attributes
  }
  ... on PolicyConflictError {
    expectedVersion
  }
  ... on WebhookUrlRefusedError {
    url
  }
}
    `, {"fragmentName":"WriteErrorFields"}) as unknown as TypedDocumentString<WriteErrorFieldsFragment, unknown>;
export const AccessTokenEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccessTokenEventFields on AccessTokenEvent {
  id
  at
  kind
  accessTokenId
  actor {
    accessTokenId
    name
  }
  changes {
    field
    from
    to
  }
  outcome
  requestId
}
    `, {"fragmentName":"AccessTokenEventFields"}) as unknown as TypedDocumentString<AccessTokenEventFieldsFragment, unknown>;
export const TokenPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment TokenPolicyFields on TokenPolicy {
  maxLifetimeDays
  defaultLifetimeDays
  requireOwner
  reviewEveryDays
  onExpiry
  warnDaysBefore
  webhookUrls
  version
}
    `, {"fragmentName":"TokenPolicyFields"}) as unknown as TypedDocumentString<TokenPolicyFieldsFragment, unknown>;
export const ListAccessTokensDocument = new TypedDocumentString(`
    query ListAccessTokens($filter: AccessTokenFilter) {
  accessTokens(filter: $filter) {
    ...AccessTokenSummary
    effectiveCapabilities {
      summary
      canWrite
      allowed
    }
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}`) as unknown as TypedDocumentString<ListAccessTokensQuery, ListAccessTokensQueryVariables>;
export const AccessTokenDocument = new TypedDocumentString(`
    query AccessToken($id: ID!) {
  accessToken(id: $id) {
    ...AccessTokenSummary
    effectiveCapabilities {
      summary
      canWrite
      allowed
    }
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}`) as unknown as TypedDocumentString<AccessTokenQuery, AccessTokenQueryVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($severities: [AuditSeverity!]) {
  accessTokenAudit(severities: $severities) {
    severity
    kind
    reason
    remedy {
      action
      description
    }
    accessToken {
      ...AccessTokenSummary
    }
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}`) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const CreateAccessTokenDocument = new TypedDocumentString(`
    mutation CreateAccessToken($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) {
    __typename
    ... on CreateAccessTokenSuccess {
      accessToken {
        ...AccessTokenSummary
        token
      }
    }
    ...WriteErrorFields
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}
fragment WriteErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    path
  }
  ... on NotFoundError {
    resource
    id
  }
  ... on ConflictError {
    currentVersion
  }
  ... on PermissionDeniedError {
    upstreamCode
  }
  ... on RateLimitedError {
    retryAfterSeconds
  }
  ... on UpstreamUnavailableError {
    outcomeUnknown
  }
  ... on UpstreamRefusedError {
    upstreamCode
  }
  ... on PolicyViolationError {
    rule
    field
  }
  ... on NonEditableAccessTokenError {
    accessTokenId
    hardcodedType
  }
  ... on CannotDeleteOwnTokenError {
    accessTokenId
  }
  ... on InvalidAttributesError {
    attributes
  }
  ... on PolicyConflictError {
    expectedVersion
  }
  ... on WebhookUrlRefusedError {
    url
  }
}`) as unknown as TypedDocumentString<CreateAccessTokenMutation, CreateAccessTokenMutationVariables>;
export const UpdateAccessTokenDocument = new TypedDocumentString(`
    mutation UpdateAccessToken($id: ID!, $input: UpdateAccessTokenInput!, $expectedVersion: String, $dryRun: Boolean) {
  updateAccessToken(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    dryRun: $dryRun
  ) {
    __typename
    ... on UpdateAccessTokenSuccess {
      dryRun
      accessToken {
        ...AccessTokenSummary
      }
      capabilityChanges {
        gained
        lost
      }
    }
    ...WriteErrorFields
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}
fragment WriteErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    path
  }
  ... on NotFoundError {
    resource
    id
  }
  ... on ConflictError {
    currentVersion
  }
  ... on PermissionDeniedError {
    upstreamCode
  }
  ... on RateLimitedError {
    retryAfterSeconds
  }
  ... on UpstreamUnavailableError {
    outcomeUnknown
  }
  ... on UpstreamRefusedError {
    upstreamCode
  }
  ... on PolicyViolationError {
    rule
    field
  }
  ... on NonEditableAccessTokenError {
    accessTokenId
    hardcodedType
  }
  ... on CannotDeleteOwnTokenError {
    accessTokenId
  }
  ... on InvalidAttributesError {
    attributes
  }
  ... on PolicyConflictError {
    expectedVersion
  }
  ... on WebhookUrlRefusedError {
    url
  }
}`) as unknown as TypedDocumentString<UpdateAccessTokenMutation, UpdateAccessTokenMutationVariables>;
export const RotateAccessTokenDocument = new TypedDocumentString(`
    mutation RotateAccessToken($id: ID!, $expectedVersion: String) {
  rotateAccessToken(id: $id, expectedVersion: $expectedVersion) {
    __typename
    ... on RotateAccessTokenSuccess {
      accessToken {
        ...AccessTokenSummary
        token
      }
    }
    ...WriteErrorFields
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}
fragment WriteErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    path
  }
  ... on NotFoundError {
    resource
    id
  }
  ... on ConflictError {
    currentVersion
  }
  ... on PermissionDeniedError {
    upstreamCode
  }
  ... on RateLimitedError {
    retryAfterSeconds
  }
  ... on UpstreamUnavailableError {
    outcomeUnknown
  }
  ... on UpstreamRefusedError {
    upstreamCode
  }
  ... on PolicyViolationError {
    rule
    field
  }
  ... on NonEditableAccessTokenError {
    accessTokenId
    hardcodedType
  }
  ... on CannotDeleteOwnTokenError {
    accessTokenId
  }
  ... on InvalidAttributesError {
    attributes
  }
  ... on PolicyConflictError {
    expectedVersion
  }
  ... on WebhookUrlRefusedError {
    url
  }
}`) as unknown as TypedDocumentString<RotateAccessTokenMutation, RotateAccessTokenMutationVariables>;
export const DeleteAccessTokenDocument = new TypedDocumentString(`
    mutation DeleteAccessToken($id: ID!, $expectedVersion: String) {
  deleteAccessToken(id: $id, expectedVersion: $expectedVersion) {
    __typename
    ... on DeleteAccessTokenSuccess {
      id
    }
    ...WriteErrorFields
  }
}
    fragment WriteErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    path
  }
  ... on NotFoundError {
    resource
    id
  }
  ... on ConflictError {
    currentVersion
  }
  ... on PermissionDeniedError {
    upstreamCode
  }
  ... on RateLimitedError {
    retryAfterSeconds
  }
  ... on UpstreamUnavailableError {
    outcomeUnknown
  }
  ... on UpstreamRefusedError {
    upstreamCode
  }
  ... on PolicyViolationError {
    rule
    field
  }
  ... on NonEditableAccessTokenError {
    accessTokenId
    hardcodedType
  }
  ... on CannotDeleteOwnTokenError {
    accessTokenId
  }
  ... on InvalidAttributesError {
    attributes
  }
  ... on PolicyConflictError {
    expectedVersion
  }
  ... on WebhookUrlRefusedError {
    url
  }
}`) as unknown as TypedDocumentString<DeleteAccessTokenMutation, DeleteAccessTokenMutationVariables>;
export const AccessTokenHistoryDocument = new TypedDocumentString(`
    query AccessTokenHistory($id: ID!, $first: Int, $after: String) {
  accessToken(id: $id) {
    id
    history(first: $first, after: $after) {
      nodes {
        ...AccessTokenEventFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment AccessTokenEventFields on AccessTokenEvent {
  id
  at
  kind
  accessTokenId
  actor {
    accessTokenId
    name
  }
  changes {
    field
    from
    to
  }
  outcome
  requestId
}`) as unknown as TypedDocumentString<AccessTokenHistoryQuery, AccessTokenHistoryQueryVariables>;
export const AccessTokenEventsDocument = new TypedDocumentString(`
    query AccessTokenEvents($filter: AccessTokenEventFilter, $first: Int, $after: String) {
  accessTokenEvents(filter: $filter, first: $first, after: $after) {
    nodes {
      ...AccessTokenEventFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment AccessTokenEventFields on AccessTokenEvent {
  id
  at
  kind
  accessTokenId
  actor {
    accessTokenId
    name
  }
  changes {
    field
    from
    to
  }
  outcome
  requestId
}`) as unknown as TypedDocumentString<AccessTokenEventsQuery, AccessTokenEventsQueryVariables>;
export const TokenPolicyDocument = new TypedDocumentString(`
    query TokenPolicy {
  tokenPolicy {
    ...TokenPolicyFields
  }
}
    fragment TokenPolicyFields on TokenPolicy {
  maxLifetimeDays
  defaultLifetimeDays
  requireOwner
  reviewEveryDays
  onExpiry
  warnDaysBefore
  webhookUrls
  version
}`) as unknown as TypedDocumentString<TokenPolicyQuery, TokenPolicyQueryVariables>;
export const UpdateTokenPolicyDocument = new TypedDocumentString(`
    mutation UpdateTokenPolicy($input: TokenPolicyInput!, $expectedVersion: String) {
  updateTokenPolicy(input: $input, expectedVersion: $expectedVersion) {
    __typename
    ... on UpdateTokenPolicySuccess {
      tokenPolicy {
        ...TokenPolicyFields
      }
    }
    ... on PolicyConflictError {
      currentPolicy {
        ...TokenPolicyFields
      }
    }
    ...WriteErrorFields
  }
}
    fragment WriteErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    path
  }
  ... on NotFoundError {
    resource
    id
  }
  ... on ConflictError {
    currentVersion
  }
  ... on PermissionDeniedError {
    upstreamCode
  }
  ... on RateLimitedError {
    retryAfterSeconds
  }
  ... on UpstreamUnavailableError {
    outcomeUnknown
  }
  ... on UpstreamRefusedError {
    upstreamCode
  }
  ... on PolicyViolationError {
    rule
    field
  }
  ... on NonEditableAccessTokenError {
    accessTokenId
    hardcodedType
  }
  ... on CannotDeleteOwnTokenError {
    accessTokenId
  }
  ... on InvalidAttributesError {
    attributes
  }
  ... on PolicyConflictError {
    expectedVersion
  }
  ... on WebhookUrlRefusedError {
    url
  }
}
fragment TokenPolicyFields on TokenPolicy {
  maxLifetimeDays
  defaultLifetimeDays
  requireOwner
  reviewEveryDays
  onExpiry
  warnDaysBefore
  webhookUrls
  version
}`) as unknown as TypedDocumentString<UpdateTokenPolicyMutation, UpdateTokenPolicyMutationVariables>;
export const EnforceTokenPolicyDocument = new TypedDocumentString(`
    mutation EnforceTokenPolicy($dryRun: Boolean) {
  enforceTokenPolicy(dryRun: $dryRun) {
    __typename
    ... on EnforceTokenPolicySuccess {
      dryRun
      acted
      failed
      outcomes {
        status
        reason
        expiresAt
        accessToken {
          ...AccessTokenSummary
          token
        }
        error {
          ...WriteErrorFields
        }
      }
    }
    ...WriteErrorFields
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}
fragment WriteErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    path
  }
  ... on NotFoundError {
    resource
    id
  }
  ... on ConflictError {
    currentVersion
  }
  ... on PermissionDeniedError {
    upstreamCode
  }
  ... on RateLimitedError {
    retryAfterSeconds
  }
  ... on UpstreamUnavailableError {
    outcomeUnknown
  }
  ... on UpstreamRefusedError {
    upstreamCode
  }
  ... on PolicyViolationError {
    rule
    field
  }
  ... on NonEditableAccessTokenError {
    accessTokenId
    hardcodedType
  }
  ... on CannotDeleteOwnTokenError {
    accessTokenId
  }
  ... on InvalidAttributesError {
    attributes
  }
  ... on PolicyConflictError {
    expectedVersion
  }
  ... on WebhookUrlRefusedError {
    url
  }
}`) as unknown as TypedDocumentString<EnforceTokenPolicyMutation, EnforceTokenPolicyMutationVariables>;
export const ReviewAccessTokensDocument = new TypedDocumentString(`
    mutation ReviewAccessTokens($ids: [ID!]!, $note: String) {
  reviewAccessTokens(ids: $ids, note: $note) {
    __typename
    ... on ReviewAccessTokensSuccess {
      reviewedAt
      accessTokens {
        ...AccessTokenSummary
      }
    }
    ...WriteErrorFields
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}
fragment WriteErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    path
  }
  ... on NotFoundError {
    resource
    id
  }
  ... on ConflictError {
    currentVersion
  }
  ... on PermissionDeniedError {
    upstreamCode
  }
  ... on RateLimitedError {
    retryAfterSeconds
  }
  ... on UpstreamUnavailableError {
    outcomeUnknown
  }
  ... on UpstreamRefusedError {
    upstreamCode
  }
  ... on PolicyViolationError {
    rule
    field
  }
  ... on NonEditableAccessTokenError {
    accessTokenId
    hardcodedType
  }
  ... on CannotDeleteOwnTokenError {
    accessTokenId
  }
  ... on InvalidAttributesError {
    attributes
  }
  ... on PolicyConflictError {
    expectedVersion
  }
  ... on WebhookUrlRefusedError {
    url
  }
}`) as unknown as TypedDocumentString<ReviewAccessTokensMutation, ReviewAccessTokensMutationVariables>;
export const AccessReviewDocument = new TypedDocumentString(`
    query AccessReview {
  tokenPolicy {
    ...TokenPolicyFields
  }
  accessTokens {
    ...AccessTokenSummary
    effectiveCapabilities {
      summary
      canWrite
      allowed
    }
  }
  accessTokenAudit {
    severity
    kind
    reason
    remedy {
      action
      description
    }
    accessToken {
      id
      name
    }
  }
}
    fragment AccessTokenSummary on AccessToken {
  id
  version
  name
  editable
  hardcodedType
  canAccessCda
  canAccessCdaPreview
  canAccessCma
  lastCmaAccess
  lastCdaAccess
  role {
    id
    name
  }
  owner
  purpose
  expiresAt
  createdAt
  createdBy {
    accessTokenId
    name
  }
  firstSeenAt
  lastReviewedAt
  lastReviewedBy {
    accessTokenId
    name
  }
  reviewDue
}
fragment TokenPolicyFields on TokenPolicy {
  maxLifetimeDays
  defaultLifetimeDays
  requireOwner
  reviewEveryDays
  onExpiry
  warnDaysBefore
  webhookUrls
  version
}`) as unknown as TypedDocumentString<AccessReviewQuery, AccessReviewQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($first: Int, $after: String) {
  webhookDeliveries(first: $first, after: $after) {
    nodes {
      id
      url
      type
      accessTokenId
      status
      attempts
      lastAttemptAt
      lastError
    }
    hasNextPage
    endCursor
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;