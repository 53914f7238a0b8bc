/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type AccessTokenSummaryFragment = { id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, role: { id: string, name: string } | null };

type WriteErrorFields_CannotDeleteOwnTokenError_Fragment = { __typename: 'CannotDeleteOwnTokenError', message: string };

type WriteErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: string, message: string };

type WriteErrorFields_InvalidAttributesError_Fragment = { __typename: 'InvalidAttributesError', message: string };

type WriteErrorFields_NoRolloverError_Fragment = { __typename: 'NoRolloverError', message: string };

type WriteErrorFields_NonEditableAccessTokenError_Fragment = { __typename: 'NonEditableAccessTokenError', message: string };

type WriteErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', resource: string, id: string, message: string };

type WriteErrorFields_PermissionDeniedError_Fragment = { __typename: 'PermissionDeniedError', upstreamCode: string, message: string };

type WriteErrorFields_PolicyConflictError_Fragment = { __typename: 'PolicyConflictError', message: string };

type WriteErrorFields_PolicyViolationError_Fragment = { __typename: 'PolicyViolationError', message: string };

type WriteErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string };

type WriteErrorFields_RoleConflictError_Fragment = { __typename: 'RoleConflictError', message: string };

type WriteErrorFields_RoleInUseError_Fragment = { __typename: 'RoleInUseError', message: string };

type WriteErrorFields_RolloverAlreadyStartedError_Fragment = { __typename: 'RolloverAlreadyStartedError', message: string };

type WriteErrorFields_RolloverNotReadyError_Fragment = { __typename: 'RolloverNotReadyError', message: string };

type WriteErrorFields_StoreUnavailableError_Fragment = { __typename: 'StoreUnavailableError', message: string };

type WriteErrorFields_UpstreamRefusedError_Fragment = { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string };

type WriteErrorFields_UpstreamUnavailableError_Fragment = { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string };

type WriteErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', field: string, path: Array<string>, message: string };

type WriteErrorFields_WebhookUrlRefusedError_Fragment = { __typename: 'WebhookUrlRefusedError', message: string };

export type WriteErrorFieldsFragment =
  | WriteErrorFields_CannotDeleteOwnTokenError_Fragment
  | WriteErrorFields_ConflictError_Fragment
  | WriteErrorFields_InvalidAttributesError_Fragment
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


export type ListAccessTokensQuery = { accessTokens: Array<{ id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, effectiveCapabilities: { summary: string, canWrite: boolean, allowed: Array<CapabilityName> } | null, role: { id: string, name: string } | null }> };

export type AuditQueryVariables = Exact<{
  severities?: Array<AuditSeverity> | AuditSeverity | null | undefined;
}>;


export type AuditQuery = { accessTokenAudit: Array<{ severity: AuditSeverity, kind: AuditFindingKind, reason: string, accessToken: { id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, role: { id: string, name: string } | null } }> };

export type CreateAccessTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CreateAccessTokenMutation = { createAccessToken:
    | { __typename: 'CreateAccessTokenSuccess', accessToken: { token: string | null, id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, role: { id: string, name: string } | null } }
    | { __typename: 'InvalidAttributesError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'PolicyViolationError', message: string }
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
    | { __typename: 'InvalidAttributesError', message: string }
    | { __typename: 'NonEditableAccessTokenError', message: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'PolicyViolationError', message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpdateAccessTokenSuccess', dryRun: boolean, accessToken: { id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, role: { id: string, name: string } | null }, capabilityChanges: { gained: Array<CapabilityName>, lost: Array<CapabilityName> } }
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
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'RotateAccessTokenSuccess', accessToken: { token: string | null, id: string, version: string, name: string, editable: boolean, hardcodedType: string | null, canAccessCda: boolean, canAccessCdaPreview: boolean, canAccessCma: boolean, lastCmaAccess: LastAccess, lastCdaAccess: LastAccess, role: { id: string, name: string } | null } }
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
    | { __typename: 'CannotDeleteOwnTokenError', message: string }
    | { __typename: 'ConflictError', currentVersion: string, message: string }
    | { __typename: 'DeleteAccessTokenSuccess', id: string }
    | { __typename: 'NotFoundError', resource: string, id: string, message: string }
    | { __typename: 'PermissionDeniedError', upstreamCode: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'StoreUnavailableError', message: string }
    | { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string }
    | { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError', field: string, path: Array<string>, message: string }
   };

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
}
    `, {"fragmentName":"WriteErrorFields"}) as unknown as TypedDocumentString<WriteErrorFieldsFragment, unknown>;
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
}`) as unknown as TypedDocumentString<ListAccessTokensQuery, ListAccessTokensQueryVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($severities: [AuditSeverity!]) {
  accessTokenAudit(severities: $severities) {
    severity
    kind
    reason
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
}`) as unknown as TypedDocumentString<DeleteAccessTokenMutation, DeleteAccessTokenMutationVariables>;