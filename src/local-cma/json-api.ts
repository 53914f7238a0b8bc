import { randomBytes } from 'node:crypto';
import { ROLE_PERMISSION_FLAGS, ROLE_PERMISSION_LISTS } from '../cma/vocabulary.ts';
import { computeFinalPermissions } from './final-permissions.ts';
import { lastAccessBucket } from './last-access.ts';
import { familyOf, normalizedEntry } from './permission-entries.ts';
import type { StoredAccessToken, StoredRole } from './types.ts';

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
