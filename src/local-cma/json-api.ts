import { randomBytes } from 'node:crypto';
import { ROLE_PERMISSION_FLAGS, ROLE_PERMISSION_LISTS } from '../cma/vocabulary.ts';
import { computeFinalPermissions } from './final-permissions.ts';
import { lastAccessBucket } from './last-access.ts';
import { familyOf, normalizedEntry } from './permission-entries.ts';
import type { StoredAccessToken, StoredRole, StoredSite } from './types.ts';

/** NOT_FOUND's details, as recorded from DatoCMS (datocms/ruby-datocms-client cassettes, 404 on GET). */
export const RECORD_NOT_FOUND = { message: 'ActiveRecord::RecordNotFound' } as const;

/** An error the local CMA answers with, in the CMA's `api_error` shape. */
export class CmaHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    details: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(`${status} ${code}`);
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers;
  }

  toBody() {
    return {
      data: [
        {
          // Six hex characters, as in the recorded errors ("232b48") and the docs' example ("ce9dcb").
          id: randomBytes(3).toString('hex'),
          type: 'api_error',
          attributes: {
            code: this.code,
            details: this.details,
            doc_url: `https://www.datocms.com/docs/content-management-api/errors#${this.code}`,
          },
        },
      ],
    };
  }
}

export function serializeAccessToken(token: StoredAccessToken, revealSecret: boolean, now: Date) {
  return {
    id: token.id,
    type: 'access_token',
    attributes: {
      name: token.name,
      token: revealSecret ? token.secret : null,
      can_access_cda: token.can_access_cda,
      can_access_cda_preview: token.can_access_cda_preview,
      can_access_cma: token.can_access_cma,
      hardcoded_type: token.hardcoded_type,
      last_cma_access: lastAccessBucket(token.last_cma_access_on, now),
      last_cda_access: lastAccessBucket(token.last_cda_access_on, now),
    },
    relationships: {
      role: { data: token.role_id === null ? null : { type: 'role', id: token.role_id } },
    },
  };
}

export function serializeRole(role: StoredRole, rolesById: ReadonlyMap<string, StoredRole>) {
  const attributes: Record<string, unknown> = { name: role.name };
  for (const flag of ROLE_PERMISSION_FLAGS) attributes[flag] = role[flag];
  attributes.environments_access = role.environments_access;
  for (const list of ROLE_PERMISSION_LISTS) attributes[list] = role[list].map((entry) => normalizedEntry(familyOf(list), entry));
  return {
    id: role.id,
    type: 'role',
    attributes,
    relationships: {
      inherits_permissions_from: {
        data: role.inherits_permissions_from.map((id) => ({ type: 'role', id })),
      },
    },
    meta: { final_permissions: computeFinalPermissions(role, rolesById) },
  };
}

/**
 * The project's one environment, the primary `main`, shaped as the official client's Environment type
 * (EnvironmentMeta: status, read_only_mode, created_at, last_data_change_at, primary, forked_from). A
 * new project's, as recorded (GET /environments, js-datocms-client cassettes, March 2022): `main`,
 * ready, primary, created with the project.
 */
export function serializeEnvironment(site: StoredSite) {
  return {
    id: 'main',
    type: 'environment',
    meta: {
      status: 'ready',
      read_only_mode: false,
      created_at: site.created_at,
      // Tokens and roles are project-wide: nothing the local CMA stores changes an environment's data.
      last_data_change_at: site.created_at,
      primary: true,
      forked_from: null,
    },
  };
}

/**
 * GET /site, shaped as the official client's Site type (RawApiTypes: SiteAttributes, SiteRelationships,
 * SiteMeta). Values as in DatoCMS's recorded new projects (js-datocms-client cassettes, March 2022:
 * imgix host, locales, timezone, IP tracking, no global SEO), the rest as a new project is assumed to be.
 */
export function serializeSite(site: StoredSite) {
  return {
    id: site.id,
    type: 'site',
    attributes: {
      name: site.name,
      domain: null,
      google_maps_api_token: null,
      imgix_host: 'www.datocms-assets.com',
      internal_domain: `${site.internal_subdomain}.admin.datocms.com`,
      locales: ['en'],
      timezone: 'Europe/London',
      no_index: false,
      favicon: null,
      last_data_change_at: site.created_at,
      require_2fa: false,
      ip_tracking_enabled: true,
      force_use_of_sandbox_environments: false,
      assets_cdn_default_settings: { image: {}, video: {} },
      // A monochromatic theme is answered with its type, hue and logo only (the Site type's theme doc).
      theme: { type: 'monochromatic', hue: 0, logo: null },
      global_seo: null,
    },
    relationships: {
      account: { data: { type: 'account', id: site.owner_account_id } },
      owner: { data: { type: 'account', id: site.owner_account_id } },
      item_types: { data: [] },
    },
    meta: {
      created_at: site.created_at,
      draft_mode_default: false,
      improved_timezone_management: true,
      improved_hex_management: true,
      improved_gql_multilocale_fields: true,
      improved_gql_visibility_control: true,
      improved_boolean_fields: true,
      improved_validation_at_publishing: true,
      improved_exposure_of_inline_blocks_in_cda: true,
      improved_items_listing: true,
      milliseconds_in_datetime: true,
      non_localized_focal_points: true,
      allow_custom_theme: false,
    },
  };
}
