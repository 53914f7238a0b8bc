import type {
  EnvironmentsAccess,
  RolePermissionFlag,
  RolePermissionList,
} from '../cma/vocabulary.ts';

// One permission entry as the CMA stores it (item type, upload, build trigger or search index
// entries). Kept open-ended because the CMA's entries carry action-specific keys.
export type PermissionEntry = Record<string, unknown>;

export type StoredRole = {
  id: string;
  name: string;
  environments_access: EnvironmentsAccess;
  inherits_permissions_from: string[];
} & Record<RolePermissionFlag, boolean> &
  Record<RolePermissionList, PermissionEntry[]>;

export type StoredAccessToken = {
  id: string;
  name: string;
  // The bearer secret. Never serialised to a caller without can_manage_access_tokens.
  secret: string;
  can_access_cda: boolean;
  can_access_cda_preview: boolean;
  can_access_cma: boolean;
  hardcoded_type: string | null;
  // Null is allowed, as in the CMA's AccessToken type (relationships.role.data: RoleData | null). A
  // role with tokens bound cannot be deleted, so a role_id always names an existing role.
  role_id: string | null;
  // Calendar days (YYYY-MM-DD, UTC) of the last use; the CMA's last_*_access buckets are derived.
  last_cma_access_on: string | null;
  last_cda_access_on: string | null;
};

/** The project: what GET /site and the primary environment are answered from. */
export type StoredSite = {
  /** A numeric string, as DatoCMS's project ids are. */
  id: string;
  name: string;
  internal_subdomain: string;
  /** The account that owns the project. */
  owner_account_id: string;
  /** ISO 8601, when the data file was first seeded: the project's and its primary environment's creation. */
  created_at: string;
  /**
   * The owner's own credential for this project, as DatoCMS hands it out when a project is created
   * (the account API's `site.access_token`, which DatoCMS's client tests use as their bearer): it may
   * do everything, and it is not an API token, so GET /access_tokens never lists it. Null in the demo
   * project, whose administrator is an ordinary API token.
   */
  owner_access_token: string | null;
};

export type StoreData = {
  schema_version: 1;
  next_id: number;
  // Data files seeded before the local CMA served GET /site lack it: it is added when they are opened.
  site: StoredSite;
  roles: StoredRole[];
  access_tokens: StoredAccessToken[];
};
