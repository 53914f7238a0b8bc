/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which tokens to list (accessTokens) or act on (the bulk mutations). Every condition given must hold; none given matches every token. */
export type AccessTokenFilter = {
  /** Tokens that may call every one of these APIs. */
  canAccess?: Array<ApiSurface> | null | undefined;
  /** true: tokens created through the API; false: built-in tokens. */
  editable?: boolean | null | undefined;
  /** Tokens whose expiresAt is set and earlier than this instant. */
  expiresBefore?: unknown;
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

/** The tokens a bulk operation acts on: those matching `filter`, among `ids` when given. An empty selection is refused unless `all` is true. */
export type AccessTokenSelection = {
  /** Act on every token of the project (still never the caller's own). */
  all?: boolean | null | undefined;
  /** Tokens matching every condition given. */
  filter?: AccessTokenFilter | null | undefined;
  /** Only these tokens (at most 1000). An id no token has gets a FAILED outcome with NotFoundError. */
  ids?: Array<string | number> | null | undefined;
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

/** What a bulk rotation or deletion did, or in a dry run would do, to one token. */
export type BulkOutcomeStatus =
  /** Rotated (the token carries its new secret) or deleted. */
  | 'DONE'
  /** Refused or not confirmed: see error (outcomeUnknown on UpstreamUnavailableError says whether it may have happened). */
  | 'FAILED'
  /** Left alone on purpose: see reason. */
  | 'SKIPPED'
  /** Dry run: would be deleted. */
  | 'WOULD_DELETE'
  /** Dry run: would be rotated. */
  | 'WOULD_ROTATE';

/** The two layers of a token's power. */
export type CapabilityLayer =
  /** The API surface flags: canAccessCda, canAccessCdaPreview, canAccessCma */
  | 'API_SURFACE'
  /** The role's final permissions (inherited roles included) */
  | 'ROLE';

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
  expiresAt?: unknown;
  /** Trimmed; 1 to 255 visible characters (no control characters, zero-width or direction marks: a name must not pose as another). */
  name: string;
  /** Who answers for the token (a person, a team, an email); kept by this API. 1 to 255 visible characters. */
  owner?: string | null | undefined;
  /** What it is for, in words; kept by this API. 1 to 1000 visible characters. */
  purpose?: string | null | undefined;
  /** The role that decides what it may do (see roles). */
  roleId: string | number;
};

/** Which environments a role can enter at all. */
export type EnvironmentsAccess =
  /** Every environment, primary and sandboxes. */
  | 'ALL'
  /** None: for a role meant only to be inherited from. */
  | 'NONE'
  /** Only the primary environment. */
  | 'PRIMARY_ONLY'
  /** Only sandbox environments. */
  | 'SANDBOX_ONLY';

/** An action on records, granted or taken away by an item type permission. */
export type ItemTypeAction =
  /** Every action below. */
  | 'ALL'
  /** Create records. */
  | 'CREATE'
  /** Delete records. */
  | 'DELETE'
  /** Duplicate records. */
  | 'DUPLICATE'
  /** Change a record's creator. */
  | 'EDIT_CREATOR'
  /** Move a record between workflow stages (workflows are an Enterprise feature). */
  | 'MOVE_TO_STAGE'
  /** Publish and unpublish records. */
  | 'PUBLISH'
  /** Read records. */
  | 'READ'
  /** Take a record over from another user who is editing it. */
  | 'TAKE_OVER'
  /** Edit existing records. */
  | 'UPDATE';

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

/** Which content of a record a create, update or publish permission covers (LOCALIZED and NOT_LOCALIZED are Enterprise features). */
export type LocalizationScope =
  /** All of it. */
  | 'ALL'
  /** Only localized fields; `locale` then names the one locale. */
  | 'LOCALIZED'
  /** Only fields that are not localized. */
  | 'NOT_LOCALIZED';

/** Whose records or uploads a permission covers, by who created them. */
export type OnCreator =
  /** Anyone's. */
  | 'ANYONE'
  /** Those created by anyone with this role. */
  | 'ROLE'
  /** Only those the user or token itself created. */
  | 'SELF';

/** Whether the original of a rollover can be deleted without cutting anything off, by the CMA's last-access records. */
export type RolloverState =
  /** The successor is in use wherever the original is: the original can go. */
  | 'READY'
  /** The successor is not yet used on every API the original is used on. */
  | 'WAITING_FOR_USE';

/** An API whose use the CMA records per token (lastCmaAccess, lastCdaAccess). */
export type RolloverSurface =
  /** The Content Delivery API. */
  | 'CDA'
  /** The Content Management API. */
  | 'CMA';

/** Only what is given changes. A CMA attribute left out (or null) keeps its current value, the role included; owner, purpose and expiresAt left out keep theirs, and null clears them. Metadata alone never calls the CMA's write, and can be set on built-in tokens too. */
export type UpdateAccessTokenInput = {
  canAccessCda?: boolean | null | undefined;
  canAccessCdaPreview?: boolean | null | undefined;
  canAccessCma?: boolean | null | undefined;
  /** When it should stop being used; kept by this API. Must lie in the future. Null clears it. */
  expiresAt?: unknown;
  /** Trimmed; 1 to 255 visible characters (no control characters, zero-width or direction marks: a name must not pose as another). */
  name?: string | null | undefined;
  /** Who answers for the token (a person, a team, an email); kept by this API. 1 to 255 visible characters. Null clears it. */
  owner?: string | null | undefined;
  /** What it is for, in words; kept by this API. 1 to 1000 visible characters. Null clears it. */
  purpose?: string | null | undefined;
  /** Binds the token to another role. */
  roleId?: string | number | null | undefined;
};

export type TokenFieldsFragment = { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null };

export type ListAccessTokensQueryVariables = Exact<{
  filter?: AccessTokenFilter | null | undefined;
}>;


export type ListAccessTokensQuery = { accessTokens: Array<{ id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null, role: { id: string, name: string, inheritsPermissionsFrom: Array<{ id: string, name: string }> | null } | null }> };

export type GetAccessTokenQueryVariables = Exact<{
  id: string | number;
}>;


export type GetAccessTokenQuery = { accessToken: { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null, role: { id: string, name: string } | null } | null };

type MutationErrorFields_CannotDeleteOwnTokenError_Fragment = { __typename: 'CannotDeleteOwnTokenError', accessTokenId: string, message: string };

type MutationErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', expectedVersion: string, currentVersion: string, message: string, currentAccessToken: { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null } };

type MutationErrorFields_InvalidAttributesError_Fragment = { __typename: 'InvalidAttributesError', attributes: Array<string>, message: string };

type MutationErrorFields_MetadataNotSavedError_Fragment = { __typename: 'MetadataNotSavedError', message: string };

type MutationErrorFields_NoRolloverError_Fragment = { __typename: 'NoRolloverError', message: string };

type MutationErrorFields_NonEditableAccessTokenError_Fragment = { __typename: 'NonEditableAccessTokenError', accessTokenId: string, hardcodedType: string | null, message: string };

type MutationErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', resource: string, id: string, message: string };

type MutationErrorFields_PermissionDeniedError_Fragment = { __typename: 'PermissionDeniedError', upstreamCode: string, message: string };

type MutationErrorFields_PolicyConflictError_Fragment = { __typename: 'PolicyConflictError', message: string };

type MutationErrorFields_PolicyViolationError_Fragment = { __typename: 'PolicyViolationError', message: string };

type MutationErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string };

type MutationErrorFields_RoleConflictError_Fragment = { __typename: 'RoleConflictError', message: string };

type MutationErrorFields_RoleInUseError_Fragment = { __typename: 'RoleInUseError', message: string };

type MutationErrorFields_RolloverAlreadyStartedError_Fragment = { __typename: 'RolloverAlreadyStartedError', message: string };

type MutationErrorFields_RolloverNotReadyError_Fragment = { __typename: 'RolloverNotReadyError', message: string };

type MutationErrorFields_StoreUnavailableError_Fragment = { __typename: 'StoreUnavailableError', message: string };

type MutationErrorFields_UpstreamRefusedError_Fragment = { __typename: 'UpstreamRefusedError', upstreamCode: string, httpStatus: number, message: string };

type MutationErrorFields_UpstreamUnavailableError_Fragment = { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string };

type MutationErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', field: string, path: Array<string>, message: string };

type MutationErrorFields_WebhookUrlRefusedError_Fragment = { __typename: 'WebhookUrlRefusedError', message: string };

export type MutationErrorFieldsFragment =
  | MutationErrorFields_CannotDeleteOwnTokenError_Fragment
  | MutationErrorFields_ConflictError_Fragment
  | MutationErrorFields_InvalidAttributesError_Fragment
  | MutationErrorFields_MetadataNotSavedError_Fragment
  | MutationErrorFields_NoRolloverError_Fragment
  | MutationErrorFields_NonEditableAccessTokenError_Fragment
  | MutationErrorFields_NotFoundError_Fragment
  | MutationErrorFields_PermissionDeniedError_Fragment
  | MutationErrorFields_PolicyConflictError_Fragment
  | MutationErrorFields_PolicyViolationError_Fragment
  | MutationErrorFields_RateLimitedError_Fragment
  | MutationErrorFields_RoleConflictError_Fragment
  | MutationErrorFields_RoleInUseError_Fragment
  | MutationErrorFields_RolloverAlreadyStartedError_Fragment
  | MutationErrorFields_RolloverNotReadyError_Fragment
  | MutationErrorFields_StoreUnavailableError_Fragment
  | MutationErrorFields_UpstreamRefusedError_Fragment
  | MutationErrorFields_UpstreamUnavailableError_Fragment
  | MutationErrorFields_ValidationError_Fragment
  | MutationErrorFields_WebhookUrlRefusedError_Fragment
;

export type CreateAccessTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CreateAccessTokenMutation = { createAccessToken:
    | { __typename: 'CreateAccessTokenSuccess', accessToken: { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null, role: { id: string } | null } }
    | { __typename: 'InvalidAttributesError', attributes: Array<string>, message: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'PolicyViolationError', message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, httpStatus: number, message: string }
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
    | { __typename: 'ConflictError', expectedVersion: string, currentVersion: string, message: string, currentAccessToken: { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null } }
    | { __typename: 'InvalidAttributesError', attributes: Array<string>, message: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NonEditableAccessTokenError', accessTokenId: string, hardcodedType: string | null, message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'PolicyViolationError', message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpdateAccessTokenSuccess', dryRun: boolean, accessToken: { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null, role: { id: string } | null } }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, httpStatus: number, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

export type RotateAccessTokenMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: string | null | undefined;
}>;


export type RotateAccessTokenMutation = { rotateAccessToken:
    | { __typename: 'ConflictError', expectedVersion: string, currentVersion: string, message: string, currentAccessToken: { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null } }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'RotateAccessTokenSuccess', accessToken: { id: string, token: string | null } }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, httpStatus: number, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

export type DeleteAccessTokenMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: string | null | undefined;
}>;


export type DeleteAccessTokenMutation = { deleteAccessToken:
    | { __typename: 'CannotDeleteOwnTokenError', accessTokenId: string, message: string }
    | { __typename: 'ConflictError', expectedVersion: string, currentVersion: string, message: string, currentAccessToken: { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null } }
    | { __typename: 'DeleteAccessTokenSuccess', id: string, accessToken: { id: string, name: string } | null }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, httpStatus: number, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

export type TokenNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenNamesQuery = { accessTokens: Array<{ id: string, name: string }> };

export type AllTokenCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AllTokenCapabilitiesQuery = { accessTokens: Array<{ id: string, effectiveCapabilities: { summary: string, canWrite: boolean, allowed: Array<CapabilityName> } | null }> };

export type BulkFieldsFragment = { dryRun: boolean, done: number, skipped: number, failed: number, outcomes: Array<{ id: string, status: BulkOutcomeStatus, reason: string | null, accessToken: { id: string, token: string | null } | null, error:
      | { __typename: 'CannotDeleteOwnTokenError', message: string }
      | { __typename: 'ConflictError', message: string }
      | { __typename: 'InvalidAttributesError', message: string }
      | { __typename: 'MetadataNotSavedError', message: string }
      | { __typename: 'NoRolloverError', message: string }
      | { __typename: 'NonEditableAccessTokenError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'PermissionDeniedError', message: string }
      | { __typename: 'PolicyConflictError', message: string }
      | { __typename: 'PolicyViolationError', message: string }
      | { __typename: 'RateLimitedError', message: string }
      | { __typename: 'RoleConflictError', message: string }
      | { __typename: 'RoleInUseError', message: string }
      | { __typename: 'RolloverAlreadyStartedError', message: string }
      | { __typename: 'RolloverNotReadyError', message: string }
      | { __typename: 'StoreUnavailableError', message: string }
      | { __typename: 'UpstreamRefusedError', message: string }
      | { __typename: 'UpstreamUnavailableError', message: string }
      | { __typename: 'ValidationError', message: string }
      | { __typename: 'WebhookUrlRefusedError', message: string }
     | null }> };

export type RotateManyMutationVariables = Exact<{
  select: AccessTokenSelection;
  dryRun?: boolean | null | undefined;
}>;


export type RotateManyMutation = { rotateAccessTokens:
    | { __typename: 'BulkAccessTokenSuccess', dryRun: boolean, done: number, skipped: number, failed: number, outcomes: Array<{ id: string, status: BulkOutcomeStatus, reason: string | null, accessToken: { id: string, token: string | null } | null, error:
          | { __typename: 'CannotDeleteOwnTokenError', message: string }
          | { __typename: 'ConflictError', message: string }
          | { __typename: 'InvalidAttributesError', message: string }
          | { __typename: 'MetadataNotSavedError', message: string }
          | { __typename: 'NoRolloverError', message: string }
          | { __typename: 'NonEditableAccessTokenError', message: string }
          | { __typename: 'NotFoundError', message: string }
          | { __typename: 'PermissionDeniedError', message: string }
          | { __typename: 'PolicyConflictError', message: string }
          | { __typename: 'PolicyViolationError', message: string }
          | { __typename: 'RateLimitedError', message: string }
          | { __typename: 'RoleConflictError', message: string }
          | { __typename: 'RoleInUseError', message: string }
          | { __typename: 'RolloverAlreadyStartedError', message: string }
          | { __typename: 'RolloverNotReadyError', message: string }
          | { __typename: 'StoreUnavailableError', message: string }
          | { __typename: 'UpstreamRefusedError', message: string }
          | { __typename: 'UpstreamUnavailableError', message: string }
          | { __typename: 'ValidationError', message: string }
          | { __typename: 'WebhookUrlRefusedError', message: string }
         | null }> }
    | { __typename: 'MetadataNotSavedError' }
    | { __typename: 'PermissionDeniedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'StoreUnavailableError' }
    | { __typename: 'UpstreamRefusedError' }
    | { __typename: 'UpstreamUnavailableError' }
    | { __typename: 'ValidationError', field: string, message: string }
   };

export type DeleteManyMutationVariables = Exact<{
  select: AccessTokenSelection;
  dryRun?: boolean | null | undefined;
}>;


export type DeleteManyMutation = { deleteAccessTokens:
    | { __typename: 'BulkAccessTokenSuccess', dryRun: boolean, done: number, skipped: number, failed: number, outcomes: Array<{ id: string, status: BulkOutcomeStatus, reason: string | null, accessToken: { id: string, token: string | null } | null, error:
          | { __typename: 'CannotDeleteOwnTokenError', message: string }
          | { __typename: 'ConflictError', message: string }
          | { __typename: 'InvalidAttributesError', message: string }
          | { __typename: 'MetadataNotSavedError', message: string }
          | { __typename: 'NoRolloverError', message: string }
          | { __typename: 'NonEditableAccessTokenError', message: string }
          | { __typename: 'NotFoundError', message: string }
          | { __typename: 'PermissionDeniedError', message: string }
          | { __typename: 'PolicyConflictError', message: string }
          | { __typename: 'PolicyViolationError', message: string }
          | { __typename: 'RateLimitedError', message: string }
          | { __typename: 'RoleConflictError', message: string }
          | { __typename: 'RoleInUseError', message: string }
          | { __typename: 'RolloverAlreadyStartedError', message: string }
          | { __typename: 'RolloverNotReadyError', message: string }
          | { __typename: 'StoreUnavailableError', message: string }
          | { __typename: 'UpstreamRefusedError', message: string }
          | { __typename: 'UpstreamUnavailableError', message: string }
          | { __typename: 'ValidationError', message: string }
          | { __typename: 'WebhookUrlRefusedError', message: string }
         | null }> }
    | { __typename: 'MetadataNotSavedError' }
    | { __typename: 'PermissionDeniedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'StoreUnavailableError' }
    | { __typename: 'UpstreamRefusedError' }
    | { __typename: 'UpstreamUnavailableError' }
    | { __typename: 'ValidationError', field: string, message: string }
   };

export type TokenCapabilitiesQueryVariables = Exact<{
  id: string | number;
}>;


export type TokenCapabilitiesQuery = { accessToken: { id: string, name: string, effectiveCapabilities: { summary: string, canWrite: boolean, allowed: Array<CapabilityName>, capabilities: Array<{ name: CapabilityName, allowed: boolean, roleGrants: boolean, surfaceGrants: boolean, blockedBy: Array<CapabilityLayer>, reason: string, models: { allModels: boolean, itemTypeIds: Array<string>, exceptItemTypeIds: Array<string>, conditional: boolean } | null }> } | null } | null };

export type PreviewAccessTokenUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateAccessTokenInput;
  dryRun?: boolean | null | undefined;
}>;


export type PreviewAccessTokenUpdateMutation = { updateAccessToken:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidAttributesError', message: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NonEditableAccessTokenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'PolicyViolationError', message: string }
    | { __typename: 'RateLimitedError', message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpdateAccessTokenSuccess', dryRun: boolean, capabilityChanges: { gained: Array<CapabilityName>, lost: Array<CapabilityName> }, accessToken: { id: string, name: string, canAccessCma: boolean, role: { id: string } | null, effectiveCapabilities: { canWrite: boolean } | null } }
    | { __typename: 'UpstreamRefusedError', message: string }
    | { __typename: 'UpstreamUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, path: Array<string> }
   };

export type AccessTokenAuditQueryVariables = Exact<{
  severities?: Array<AuditSeverity> | AuditSeverity | null | undefined;
}>;


export type AccessTokenAuditQuery = { accessTokenAudit: Array<{ severity: AuditSeverity, kind: AuditFindingKind, reason: string, accessToken: { id: string, name: string } }> };

export type ListRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListRolesQuery = { roles: Array<{ id: string, name: string, canManageAccessTokens: boolean, canManageWebhooks: boolean, canManageSharedFilters: boolean, environmentsAccess: EnvironmentsAccess, positiveItemTypePermissions: Array<{ action: ItemTypeAction, itemTypeId: string | null, environment: string, onCreator: OnCreator | null, localizationScope: LocalizationScope | null }>, negativeItemTypePermissions: Array<{ action: ItemTypeAction, itemTypeId: string | null }>, positiveBuildTriggerPermissions: Array<{ buildTriggerId: string | null }>, finalPermissions: { canManageSharedFilters: boolean, canManageWebhooks: boolean, environmentsAccess: EnvironmentsAccess, positiveItemTypePermissions: Array<{ action: ItemTypeAction, itemTypeId: string | null }> }, inheritsPermissionsFrom: Array<{ id: string, name: string }> | null, accessTokens: Array<{ id: string, name: string }> | null }> };

export type GetRoleQueryVariables = Exact<{
  id: string | number;
}>;


export type GetRoleQuery = { role: { id: string, name: string, canEditSchema: boolean, accessTokens: Array<{ name: string }> | null } | null };

export type RolloverFieldsFragment = { state: RolloverState, unusedSurfaces: Array<RolloverSurface>, original: { id: string, name: string }, successor: { id: string, name: string } };

export type StartRolloverMutationVariables = Exact<{
  id: string | number;
}>;


export type StartRolloverMutation = { startAccessTokenRollover:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidAttributesError', message: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'PolicyViolationError', message: string }
    | { __typename: 'RateLimitedError', message: string }
    | { __typename: 'RolloverAlreadyStartedError', message: string, rollover: { state: RolloverState, unusedSurfaces: Array<RolloverSurface>, original: { id: string, name: string }, successor: { id: string, name: string } } }
    | { __typename: 'StartAccessTokenRolloverSuccess', original: { id: string, name: string, token: string | null }, successor: { id: string, name: string, token: string | null, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, role: { id: string } | null } }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', message: string }
    | { __typename: 'UpstreamUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type FinishRolloverMutationVariables = Exact<{
  id: string | number;
  force?: boolean | null | undefined;
}>;


export type FinishRolloverMutation = { finishAccessTokenRollover:
    | { __typename: 'CannotDeleteOwnTokenError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'FinishAccessTokenRolloverSuccess', deletedOriginalId: string, successor: { id: string } }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NoRolloverError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'RateLimitedError', message: string }
    | { __typename: 'RolloverNotReadyError', message: string, rollover: { state: RolloverState, unusedSurfaces: Array<RolloverSurface>, original: { id: string, name: string }, successor: { id: string, name: string } } }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', message: string }
    | { __typename: 'UpstreamUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type CancelRolloverMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelRolloverMutation = { cancelAccessTokenRollover:
    | { __typename: 'CancelAccessTokenRolloverSuccess', deletedSuccessorId: string, original: { id: string } }
    | { __typename: 'CannotDeleteOwnTokenError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MetadataNotSavedError', message: string }
    | { __typename: 'NoRolloverError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'RateLimitedError', message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', message: string }
    | { __typename: 'UpstreamUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type TokenRolloverQueryVariables = Exact<{
  id: string | number;
}>;


export type TokenRolloverQuery = { accessToken: { id: string, rollover: { state: RolloverState, unusedSurfaces: Array<RolloverSurface>, original: { id: string, name: string }, successor: { id: string, name: string } } | null } | null };

export const TokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"lastCmaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastCdaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]} as unknown as DocumentNode<TokenFieldsFragment, unknown>;
export const MutationErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonEditableAccessTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAttributesError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CannotDeleteOwnTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentAccessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"lastCmaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastCdaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]} as unknown as DocumentNode<MutationErrorFieldsFragment, unknown>;
export const BulkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BulkFieldsFragment, unknown>;
export const RolloverFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RolloverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenRollover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unusedSurfaces"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RolloverFieldsFragment, unknown>;
export const ListAccessTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccessTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inheritsPermissionsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"lastCmaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastCdaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]} as unknown as DocumentNode<ListAccessTokensQuery, ListAccessTokensQueryVariables>;
export const GetAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"lastCmaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastCdaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]} as unknown as DocumentNode<GetAccessTokenQuery, GetAccessTokenQueryVariables>;
export const CreateAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"lastCmaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastCdaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonEditableAccessTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAttributesError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CannotDeleteOwnTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentAccessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAccessTokenMutation, CreateAccessTokenMutationVariables>;
export const UpdateAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccessTokenInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"lastCmaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastCdaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonEditableAccessTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAttributesError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CannotDeleteOwnTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentAccessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAccessTokenMutation, UpdateAccessTokenMutationVariables>;
export const RotateAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"lastCmaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastCdaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonEditableAccessTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAttributesError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CannotDeleteOwnTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentAccessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}}]}}]}}]} as unknown as DocumentNode<RotateAccessTokenMutation, RotateAccessTokenMutationVariables>;
export const DeleteAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"lastCmaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastCdaAccess"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonEditableAccessTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAttributesError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CannotDeleteOwnTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentAccessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAccessTokenMutation, DeleteAccessTokenMutationVariables>;
export const TokenNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TokenNamesQuery, TokenNamesQueryVariables>;
export const AllTokenCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllTokenCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}}]}}]}}]} as unknown as DocumentNode<AllTokenCapabilitiesQuery, AllTokenCapabilitiesQueryVariables>;
export const RotateManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"select"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenSelection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateAccessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"select"},"value":{"kind":"Variable","name":{"kind":"Name","value":"select"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RotateManyMutation, RotateManyMutationVariables>;
export const DeleteManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"select"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenSelection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"select"},"value":{"kind":"Variable","name":{"kind":"Name","value":"select"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteManyMutation, DeleteManyMutationVariables>;
export const TokenCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceGrants"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allModels"}},{"kind":"Field","name":{"kind":"Name","value":"itemTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"exceptItemTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"conditional"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TokenCapabilitiesQuery, TokenCapabilitiesQueryVariables>;
export const PreviewAccessTokenUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewAccessTokenUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccessTokenInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canWrite"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewAccessTokenUpdateMutation, PreviewAccessTokenUpdateMutationVariables>;
export const AccessTokenAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTokenAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"severities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditSeverity"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"severities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"severities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessTokenAuditQuery, AccessTokenAuditQueryVariables>;
export const ListRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canManageAccessTokens"}},{"kind":"Field","name":{"kind":"Name","value":"canManageWebhooks"}},{"kind":"Field","name":{"kind":"Name","value":"canManageSharedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"environmentsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"positiveItemTypePermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"itemTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"onCreator"}},{"kind":"Field","name":{"kind":"Name","value":"localizationScope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"negativeItemTypePermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"itemTypeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positiveBuildTriggerPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildTriggerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canManageSharedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"canManageWebhooks"}},{"kind":"Field","name":{"kind":"Name","value":"environmentsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"positiveItemTypePermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"itemTypeId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritsPermissionsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ListRolesQuery, ListRolesQueryVariables>;
export const GetRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEditSchema"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GetRoleQuery, GetRoleQueryVariables>;
export const StartRolloverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRollover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAccessTokenRollover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartAccessTokenRolloverSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"hardcodedType"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCda"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCdaPreview"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessCma"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RolloverAlreadyStartedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RolloverFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RolloverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenRollover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unusedSurfaces"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StartRolloverMutation, StartRolloverMutationVariables>;
export const FinishRolloverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishRollover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishAccessTokenRollover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinishAccessTokenRolloverSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedOriginalId"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RolloverNotReadyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RolloverFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RolloverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenRollover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unusedSurfaces"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FinishRolloverMutation, FinishRolloverMutationVariables>;
export const CancelRolloverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRollover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAccessTokenRollover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAccessTokenRolloverSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedSuccessorId"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRolloverMutation, CancelRolloverMutationVariables>;
export const TokenRolloverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenRollover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rollover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RolloverFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RolloverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenRollover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unusedSurfaces"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TokenRolloverQuery, TokenRolloverQueryVariables>;