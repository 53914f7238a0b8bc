import { ApiError, TimeoutError } from '@datocms/cma-client-node';
import { CMA_ERROR_CODES } from './vocabulary.ts';

// The failures of a CMA call that a client can act on. Each becomes a GraphQL error type. Their
// messages are written here, from the CMA's error codes: the official client's ApiError carries the
// request headers (the caller's bearer token among them), so it never leaves this module.

export class CmaNotFoundError extends Error {
  override name = 'CmaNotFoundError';
  constructor(readonly resource: 'access_token' | 'role', readonly id: string) {
    super(`No ${resource === 'role' ? 'role' : 'API token'} with id "${id}" exists in this project`);
  }
}

export class CmaPermissionDeniedError extends Error {
  override name = 'CmaPermissionDeniedError';
  constructor(readonly upstreamCode: string, message: string) {
    super(message);
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

type Target = { resource: 'access_token' | 'role'; id?: string };

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
    if (status >= 500) return new CmaUnavailableError(`The CMA failed with status ${status}`);
    return new CmaUnexpectedError(`The CMA answered ${status} ${code}`);
  }
  // fetch() failures: refused or dropped connections, our own abort on timeout.
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new CmaUnavailableError(`The CMA did not answer in time (${target.resource})`, false, true);
  }
  if (error instanceof TypeError) return new CmaUnavailableError('The CMA could not be reached');
  return error instanceof Error ? error : new CmaUnexpectedError(String(error));
}
