/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Every condition given must hold. */
export type AccessTokenFilter = {
  /** Tokens that may call every one of these APIs. */
  canAccess?: Array<ApiSurface> | null | undefined;
  /** true: tokens created through the API; false: built-in tokens. */
  editable?: boolean | null | undefined;
  lastCdaAccess?: Array<LastAccess> | null | undefined;
  lastCmaAccess?: Array<LastAccess> | null | undefined;
  /** Case-insensitive. */
  nameContains?: string | null | undefined;
  /** Tokens bound to one of these roles. */
  roleIds?: Array<string | number> | null | undefined;
};

/** The tokens a bulk operation acts on: those matching `filter`, among `ids` when given. An empty selection is refused unless `all` is true. */
export type AccessTokenSelection = {
  /** Act on every token of the project (still never the caller's own). */
  all?: boolean | null | undefined;
  filter?: AccessTokenFilter | null | undefined;
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

export type AuditFindingKind =
  | 'BUILT_IN_FULL_ACCESS_IN_USE'
  | 'CAN_MANAGE_ACCESS_TOKENS'
  | 'CAN_MANAGE_USERS_AND_ROLES'
  | 'DRAFT_READER'
  | 'UNUSED_WRITE_TOKEN';

export type AuditSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

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

export type CapabilityName =
  | 'CALL_CDA'
  | 'CALL_CDA_PREVIEW'
  | 'CALL_CMA'
  | 'CREATE_RECORDS'
  | 'DELETE_RECORDS'
  | 'EDIT_PROJECT_SETTINGS'
  | 'EDIT_SCHEMA'
  | 'MANAGE_ACCESS_TOKENS'
  | 'MANAGE_BUILD_TRIGGERS'
  | 'MANAGE_ENVIRONMENTS'
  | 'MANAGE_UPLOADS'
  | 'MANAGE_USERS_AND_ROLES'
  | 'MANAGE_WEBHOOKS'
  | 'PUBLISH_RECORDS'
  | 'READ_DRAFT_CONTENT'
  | 'READ_PUBLISHED_CONTENT'
  | 'UPDATE_RECORDS';

export type CreateAccessTokenInput = {
  canAccessCda: boolean;
  canAccessCdaPreview: boolean;
  canAccessCma: boolean;
  name: string;
  roleId: string | number;
};

/** Which environments a role can enter. */
export type EnvironmentsAccess =
  | 'ALL'
  | 'NONE'
  | 'PRIMARY_ONLY'
  | 'SANDBOX_ONLY';

/** An action on records. */
export type ItemTypeAction =
  | 'ALL'
  | 'CREATE'
  | 'DELETE'
  | 'DUPLICATE'
  | 'EDIT_CREATOR'
  | 'MOVE_TO_STAGE'
  | 'PUBLISH'
  | 'READ'
  | 'TAKE_OVER'
  | 'UPDATE';

/** When a token last called an API, in the CMA's buckets (weeks run Monday to Sunday; NEVER: not since last month). */
export type LastAccess =
  | 'LAST_MONTH'
  | 'LAST_WEEK'
  | 'NEVER'
  | 'THIS_MONTH'
  | 'THIS_WEEK'
  | 'TODAY'
  | 'YESTERDAY';

/** Which content of a record a permission covers. */
export type LocalizationScope =
  | 'ALL'
  | 'LOCALIZED'
  | 'NOT_LOCALIZED';

/** Whose records a permission covers. */
export type OnCreator =
  | 'ANYONE'
  | 'ROLE'
  | 'SELF';

export type RolloverState =
  /** The successor is in use wherever the original is: the original can go. */
  | 'READY'
  /** The successor is not yet used on every API the original is used on. */
  | 'WAITING_FOR_USE';

export type RolloverSurface =
  | 'CDA'
  | 'CMA';

/** Only what is given changes: a field left out (or null) keeps its current value, the role included. */
export type UpdateAccessTokenInput = {
  canAccessCda?: boolean | null | undefined;
  canAccessCdaPreview?: boolean | null | undefined;
  canAccessCma?: boolean | null | undefined;
  name?: string | null | undefined;
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

type MutationErrorFields_NoRolloverError_Fragment = { __typename: 'NoRolloverError', message: string };

type MutationErrorFields_NonEditableAccessTokenError_Fragment = { __typename: 'NonEditableAccessTokenError', accessTokenId: string, hardcodedType: string | null, message: string };

type MutationErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', resource: string, id: string, message: string };

type MutationErrorFields_PermissionDeniedError_Fragment = { __typename: 'PermissionDeniedError', upstreamCode: string, message: string };

type MutationErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string };

type MutationErrorFields_RoleConflictError_Fragment = { __typename: 'RoleConflictError', message: string };

type MutationErrorFields_RoleInUseError_Fragment = { __typename: 'RoleInUseError', message: string };

type MutationErrorFields_RolloverAlreadyStartedError_Fragment = { __typename: 'RolloverAlreadyStartedError', message: string };

type MutationErrorFields_RolloverNotReadyError_Fragment = { __typename: 'RolloverNotReadyError', message: string };

type MutationErrorFields_UpstreamRefusedError_Fragment = { __typename: 'UpstreamRefusedError', upstreamCode: string, httpStatus: number, message: string };

type MutationErrorFields_UpstreamUnavailableError_Fragment = { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string };

type MutationErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', field: string, path: Array<string>, message: string };

export type MutationErrorFieldsFragment =
  | MutationErrorFields_CannotDeleteOwnTokenError_Fragment
  | MutationErrorFields_ConflictError_Fragment
  | MutationErrorFields_InvalidAttributesError_Fragment
  | MutationErrorFields_NoRolloverError_Fragment
  | MutationErrorFields_NonEditableAccessTokenError_Fragment
  | MutationErrorFields_NotFoundError_Fragment
  | MutationErrorFields_PermissionDeniedError_Fragment
  | MutationErrorFields_RateLimitedError_Fragment
  | MutationErrorFields_RoleConflictError_Fragment
  | MutationErrorFields_RoleInUseError_Fragment
  | MutationErrorFields_RolloverAlreadyStartedError_Fragment
  | MutationErrorFields_RolloverNotReadyError_Fragment
  | MutationErrorFields_UpstreamRefusedError_Fragment
  | MutationErrorFields_UpstreamUnavailableError_Fragment
  | MutationErrorFields_ValidationError_Fragment
;

export type CreateAccessTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CreateAccessTokenMutation = { createAccessToken:
    | { __typename: 'CreateAccessTokenSuccess', accessToken: { id: string, version: string, name: string, hardcodedType: string | null, editable: boolean, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, token: string | null, role: { id: string } | null } }
    | { __typename: 'InvalidAttributesError', attributes: Array<string>, message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
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
    | { __typename: 'NonEditableAccessTokenError', accessTokenId: string, hardcodedType: string | null, message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
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
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'RotateAccessTokenSuccess', accessToken: { id: string, token: string | null } }
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
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
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
      | { __typename: 'NoRolloverError', message: string }
      | { __typename: 'NonEditableAccessTokenError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'PermissionDeniedError', message: string }
      | { __typename: 'RateLimitedError', message: string }
      | { __typename: 'RoleConflictError', message: string }
      | { __typename: 'RoleInUseError', message: string }
      | { __typename: 'RolloverAlreadyStartedError', message: string }
      | { __typename: 'RolloverNotReadyError', message: string }
      | { __typename: 'UpstreamRefusedError', message: string }
      | { __typename: 'UpstreamUnavailableError', message: string }
      | { __typename: 'ValidationError', message: string }
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
          | { __typename: 'NoRolloverError', message: string }
          | { __typename: 'NonEditableAccessTokenError', message: string }
          | { __typename: 'NotFoundError', message: string }
          | { __typename: 'PermissionDeniedError', message: string }
          | { __typename: 'RateLimitedError', message: string }
          | { __typename: 'RoleConflictError', message: string }
          | { __typename: 'RoleInUseError', message: string }
          | { __typename: 'RolloverAlreadyStartedError', message: string }
          | { __typename: 'RolloverNotReadyError', message: string }
          | { __typename: 'UpstreamRefusedError', message: string }
          | { __typename: 'UpstreamUnavailableError', message: string }
          | { __typename: 'ValidationError', message: string }
         | null }> }
    | { __typename: 'PermissionDeniedError' }
    | { __typename: 'RateLimitedError' }
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
          | { __typename: 'NoRolloverError', message: string }
          | { __typename: 'NonEditableAccessTokenError', message: string }
          | { __typename: 'NotFoundError', message: string }
          | { __typename: 'PermissionDeniedError', message: string }
          | { __typename: 'RateLimitedError', message: string }
          | { __typename: 'RoleConflictError', message: string }
          | { __typename: 'RoleInUseError', message: string }
          | { __typename: 'RolloverAlreadyStartedError', message: string }
          | { __typename: 'RolloverNotReadyError', message: string }
          | { __typename: 'UpstreamRefusedError', message: string }
          | { __typename: 'UpstreamUnavailableError', message: string }
          | { __typename: 'ValidationError', message: string }
         | null }> }
    | { __typename: 'PermissionDeniedError' }
    | { __typename: 'RateLimitedError' }
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
    | { __typename: 'NonEditableAccessTokenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'RateLimitedError', message: string }
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
    | { __typename: 'InvalidAttributesError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'RateLimitedError', message: string }
    | { __typename: 'RolloverAlreadyStartedError', message: string, rollover: { state: RolloverState, unusedSurfaces: Array<RolloverSurface>, original: { id: string, name: string }, successor: { id: string, name: string } } }
    | { __typename: 'StartAccessTokenRolloverSuccess', original: { id: string, name: string, token: string | null }, successor: { id: string, name: string, token: string | null, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, role: { id: string } | null } }
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
    | { __typename: 'NoRolloverError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'RateLimitedError', message: string }
    | { __typename: 'RolloverNotReadyError', message: string, rollover: { state: RolloverState, unusedSurfaces: Array<RolloverSurface>, original: { id: string, name: string }, successor: { id: string, name: string } } }
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
    | { __typename: 'NoRolloverError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'RateLimitedError', message: string }
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