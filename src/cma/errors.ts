import { ApiError, TimeoutError } from '@datocms/cma-client-node';
import type { CmaAccessToken, CmaRole } from './types.ts';
import { CMA_ERROR_CODES } from './vocabulary.ts';

// The failures of a CMA call that a client can act on. Each becomes a GraphQL error type. Their
// messages are written here, from the CMA's error codes: the official client's ApiError carries the
// request headers (the caller's bearer token among them), so it never leaves this module.

export class CmaNotFoundError extends Error {
  override name = 'CmaNotFoundError';
  constructor(readonly resource: 'access_token' | 'role' | 'site', readonly id: string) {
    super(resource === 'site' ? 'The CMA knows no project for this API token' : `No ${resource === 'role' ? 'role' : 'API token'} with id "${id}" exists in this project`);
  }
}

export class CmaPermissionDeniedError extends Error {
  override name = 'CmaPermissionDeniedError';
  constructor(readonly upstreamCode: string, message: string) {
    super(message);
  }

  /** The CMA's 403 for a role that lacks a permission. */
  static insufficientPermissions(): CmaPermissionDeniedError {
    const code = CMA_ERROR_CODES.insufficientPermissions;
    return new CmaPermissionDeniedError(code, `The API token's role does not allow this (${code})`);
  }
}

/** CANNOT_DESTROY_CURRENT_USER: the CMA refuses to delete the token a request is authenticated with. */
export class CmaCannotDeleteOwnTokenError extends Error {
  override name = 'CmaCannotDeleteOwnTokenError';
  constructor(readonly tokenId: string) {
    super(`API token ${tokenId} is the one this request is authenticated with: the CMA does not let a token delete itself`);
  }
}

/** INVALID_ATTRIBUTES: the CMA does not know some attribute that was sent (its schema changed). */
export class CmaInvalidAttributesError extends Error {
  override name = 'CmaInvalidAttributesError';
  constructor(readonly attributes: string[]) {
    super(`The CMA refused attributes it does not accept: ${attributes.join(', ') || '(not named)'}`);
  }
}

/** Any other 4xx api_error: the CMA refused the call for a reason this API does not model yet. Nothing changed. */
export class CmaRefusedError extends Error {
  override name = 'CmaRefusedError';
  constructor(readonly upstreamCode: string, readonly status: number) {
    super(`The CMA refused the call with ${status} ${upstreamCode}; nothing was changed`);
  }
}

/** DELETE_RESTRICTION on a role: API tokens (or collaborators) are still bound to it. Nothing changed. */
export class CmaRoleInUseError extends Error {
  override name = 'CmaRoleInUseError';
  constructor(readonly roleId: string, readonly accessTokenIds: string[] = []) {
    super(
      `Role ${roleId} is still assigned${accessTokenIds.length ? ` to API tokens ${accessTokenIds.join(', ')}` : ''}: ` +
        'give them another role before deleting it',
    );
  }
}

/** The role changed since the caller read it: `expectedVersion` no longer matches. Nothing was written. */
export class RoleConflictError extends Error {
  override name = 'RoleConflictError';
  constructor(readonly current: CmaRole, readonly currentVersion: string, readonly expectedVersion: string) {
    super(`Role ${current.id} changed since version ${expectedVersion} was read (it is now ${currentVersion}): nothing was written`);
  }
}

/** The token changed since the caller read it: `expectedVersion` no longer matches. Nothing was written. */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(readonly current: CmaAccessToken, readonly currentVersion: string, readonly expectedVersion: string) {
    super(`API token ${current.id} changed since version ${expectedVersion} was read (it is now ${currentVersion}): nothing was written`);
  }
}

export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(readonly field: string, readonly path: string[], message: string) {
    super(message);
  }
}

export class CmaNonEditableTokenError extends Error {
  override name = 'CmaNonEditableTokenError';
  constructor(readonly tokenId: string, readonly hardcodedType: string | null) {
    super(`API token ${tokenId} is a built-in token: its attributes cannot be changed (it can still be rotated or deleted)`);
  }
}

export class CmaRateLimitedError extends Error {
  override name = 'CmaRateLimitedError';
  constructor(readonly retryAfterSeconds: number) {
    super(`The CMA rate limit was reached; retry in ${retryAfterSeconds} s`);
  }
}

export class CmaUnavailableError extends Error {
  override name = 'CmaUnavailableError';
  constructor(
    message: string,
    /** A write may or may not have been applied. */
    readonly outcomeUnknown = false,
    /** No answer in time: the request may still be in flight at the CMA. */
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/** The CMA answered, but with something this API cannot explain to its caller. Masked by the server. */
export class CmaUnexpectedError extends Error {
  override name = 'CmaUnexpectedError';
}

type Target = { resource: 'access_token' | 'role' | 'site'; id?: string };

/** The CMA answered a 4xx: it refused the call, so nothing was done (a write is never in doubt then). */
export function isCmaRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.response.status >= 400 && error.response.status < 500;
}

function firstApiErrorCode(error: ApiError): { code: string; details: Record<string, unknown> } {
  const attributes = error.errors[0]?.attributes;
  return { code: attributes?.code ?? 'UNKNOWN', details: (attributes?.details ?? {}) as Record<string, unknown> };
}

/** Translates whatever the official client threw into one of the errors above. */
export function toCmaError(error: unknown, target: Target): Error {
  if (error instanceof TimeoutError) {
    return new CmaUnavailableError(`The CMA did not answer in time (${target.resource})`, false, true);
  }
  if (error instanceof ApiError) {
    const status = error.response.status;
    const { code, details } = firstApiErrorCode(error);
    if (status === 429) {
      const reset = Number.parseInt(error.response.headers['x-ratelimit-reset'] ?? '', 10);
      return new CmaRateLimitedError(Number.isFinite(reset) && reset > 0 ? reset : 1);
    }
    if (status === 401 || status === 403 || code === CMA_ERROR_CODES.insufficientPermissions) {
      return new CmaPermissionDeniedError(
        code,
        status === 401
          ? 'The CMA refused the API token: it is unknown, revoked, or cannot access the CMA'
          : `The API token's role does not allow this (${code})`,
      );
    }
    if (status === 404 || code === CMA_ERROR_CODES.notFound) {
      return new CmaNotFoundError(target.resource, target.id ?? '');
    }
    if (code === CMA_ERROR_CODES.nonEditableAccessToken) {
      return new CmaNonEditableTokenError(target.id ?? '', typeof details.hardcoded_type === 'string' ? details.hardcoded_type : null);
    }
    if (code === CMA_ERROR_CODES.invalidField) {
      const field = typeof details.field === 'string' ? details.field : 'input';
      const message = typeof details.message === 'string' ? details.message : String(details.code ?? 'is invalid');
      return new InvalidInputError(field, [field], `${field}: ${message}`);
    }
    if (code === CMA_ERROR_CODES.cannotDestroyCurrentUser) return new CmaCannotDeleteOwnTokenError(target.id ?? '');
    if (code === CMA_ERROR_CODES.deleteRestriction && target.resource === 'role') return new CmaRoleInUseError(target.id ?? '');
    if (code === CMA_ERROR_CODES.invalidAttributes) {
      const extraneous = Array.isArray(details.extraneous_attributes) ? details.extraneous_attributes.map(String) : [];
      return new CmaInvalidAttributesError(extraneous);
    }
    if (status >= 400 && status < 500) return new CmaRefusedError(code, status);
    if (status >= 500) return new CmaUnavailableError(`The CMA failed with status ${status}`);
    return new CmaUnexpectedError(`The CMA answered ${status} ${code}`);
  }
  // fetch() failures: refused or dropped connections. Our timeout reaches here as the client's
  // TimeoutError (see client-factory.ts), never as an abort.
  if (error instanceof TypeError) return new CmaUnavailableError('The connection to the CMA failed');
  return error instanceof Error ? error : new CmaUnexpectedError(String(error));
}
