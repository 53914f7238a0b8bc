/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** When a token last called an API, in the CMA's buckets (weeks run Monday to Sunday; NEVER: not since last month). */
export type LastAccess =
  | 'LAST_MONTH'
  | 'LAST_WEEK'
  | 'NEVER'
  | 'THIS_MONTH'
  | 'THIS_WEEK'
  | 'TODAY'
  | 'YESTERDAY';

/** Only what is given changes: a field left out (or null) keeps its current value, the role included. */
export type UpdateAccessTokenInput = {
  canAccessCda?: boolean | null | undefined;
  canAccessCdaPreview?: boolean | null | undefined;
  canAccessCma?: boolean | null | undefined;
  name?: string | null | undefined;
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

type WriteErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string };

type WriteErrorFields_RoleConflictError_Fragment = { __typename: 'RoleConflictError', message: string };

type WriteErrorFields_RoleInUseError_Fragment = { __typename: 'RoleInUseError', message: string };

type WriteErrorFields_RolloverAlreadyStartedError_Fragment = { __typename: 'RolloverAlreadyStartedError', message: string };

type WriteErrorFields_RolloverNotReadyError_Fragment = { __typename: 'RolloverNotReadyError', message: string };

type WriteErrorFields_UpstreamRefusedError_Fragment = { __typename: 'UpstreamRefusedError', upstreamCode: string, message: string };

type WriteErrorFields_UpstreamUnavailableError_Fragment = { __typename: 'UpstreamUnavailableError', outcomeUnknown: boolean, message: string };

type WriteErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', field: string, path: Array<string>, message: string };

export type WriteErrorFieldsFragment =
  | WriteErrorFields_CannotDeleteOwnTokenError_Fragment
  | WriteErrorFields_ConflictError_Fragment
  | WriteErrorFields_InvalidAttributesError_Fragment
  | WriteErrorFields_NoRolloverError_Fragment
  | WriteErrorFields_NonEditableAccessTokenError_Fragment
  | WriteErrorFields_NotFoundError_Fragment
  | WriteErrorFields_PermissionDeniedError_Fragment
  | WriteErrorFields_RateLimitedError_Fragment
  | WriteErrorFields_RoleConflictError_Fragment
  | WriteErrorFields_RoleInUseError_Fragment
  | WriteErrorFields_RolloverAlreadyStartedError_Fragment
  | WriteErrorFields_RolloverNotReadyError_Fragment
  | WriteErrorFields_UpstreamRefusedError_Fragment
  | WriteErrorFields_UpstreamUnavailableError_Fragment
  | WriteErrorFields_ValidationError_Fragment
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
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
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
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
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