// The CMA's own vocabulary for the two resources this project manages, spelled exactly as in the
// official client's generated types (ApiTypes.d.ts). Both the GraphQL layer and the local CMA read
// these lists, so a new CMA attribute is added in one place.

export const ROLE_PERMISSION_FLAGS = [
  'can_edit_favicon',
  'can_edit_site',
  'can_edit_schema',
  'can_manage_menu',
  'can_edit_environment',
  'can_promote_environments',
  'can_manage_users',
  'can_manage_shared_filters',
  'can_manage_upload_collections',
  'can_manage_build_triggers',
  'can_manage_search_indexes',
  'can_manage_webhooks',
  'can_manage_environments',
  'can_manage_sso',
  'can_access_audit_log',
  'can_manage_workflows',
  'can_manage_access_tokens',
  'can_perform_site_search',
  'can_access_build_events_log',
  'can_access_search_index_events_log',
] as const;

export type RolePermissionFlag = (typeof ROLE_PERMISSION_FLAGS)[number];

export const ROLE_PERMISSION_LISTS = [
  'positive_item_type_permissions',
  'negative_item_type_permissions',
  'positive_upload_permissions',
  'negative_upload_permissions',
  'positive_build_trigger_permissions',
  'negative_build_trigger_permissions',
  'positive_search_index_permissions',
  'negative_search_index_permissions',
] as const;

export type RolePermissionList = (typeof ROLE_PERMISSION_LISTS)[number];

// Ordered from least to most access; the order is relied upon when merging inherited roles.
export const ENVIRONMENTS_ACCESS = ['none', 'primary_only', 'sandbox_only', 'all'] as const;
export type EnvironmentsAccess = (typeof ENVIRONMENTS_ACCESS)[number];

// Ordered from most to least recent, as the CMA documents the buckets.
export const LAST_ACCESS = [
  'today',
  'yesterday',
  'this_week',
  'last_week',
  'this_month',
  'last_month',
  'never',
] as const;
export type LastAccess = (typeof LAST_ACCESS)[number];

export const ITEM_TYPE_ACTIONS = [
  'all',
  'read',
  'create',
  'update',
  'publish',
  'duplicate',
  'delete',
  'edit_creator',
  'take_over',
  'move_to_stage',
] as const;
export type ItemTypeAction = (typeof ITEM_TYPE_ACTIONS)[number];

export const UPLOAD_ACTIONS = [
  'all',
  'read',
  'create',
  'update',
  'delete',
  'edit_creator',
  'replace_asset',
  'move',
] as const;
export type UploadAction = (typeof UPLOAD_ACTIONS)[number];

export const ON_CREATOR = ['anyone', 'self', 'role'] as const;
export const LOCALIZATION_SCOPES = ['all', 'localized', 'not_localized'] as const;

// Error codes of the CMA's api_error bodies that this project produces or reacts to.
export const CMA_ERROR_CODES = {
  invalidAuthorization: 'INVALID_AUTHORIZATION_HEADER',
  insufficientPermissions: 'INSUFFICIENT_PERMISSIONS',
  notFound: 'NOT_FOUND',
  invalidField: 'INVALID_FIELD',
  invalidFormat: 'INVALID_FORMAT',
  invalidApiVersion: 'INVALID_API_VERSION',
  invalidEndpoint: 'INVALID_ENDPOINT',
  invalidContentTypeHeader: 'INVALID_CONTENT_TYPE_HEADER',
  invalidJsonBody: 'INVALID_JSON_BODY',
  deleteRestriction: 'DELETE_RESTRICTION',
  nonEditableAccessToken: 'NON_EDITABLE_ACCESS_TOKEN',
  cannotDestroyCurrentUser: 'CANNOT_DESTROY_CURRENT_USER',
  invalidAttributes: 'INVALID_ATTRIBUTES',
  rateLimitExceeded: 'RATE_LIMIT_EXCEEDED',
  requestTooLarge: 'REQUEST_ENTITY_TOO_LARGE',
} as const;
