import {
  CmaNonEditableTokenError,
  CmaNotFoundError,
  CmaPermissionDeniedError,
  CmaRateLimitedError,
  CmaUnavailableError,
  InvalidInputError,
} from '../cma/errors.ts';
import { builder } from './builder.ts';

// The errors a client can act on, as GraphQL types: mutations return them in their result unions.

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure a client can act on. Unexpected failures are masked.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

export const ValidationErrorType = builder.objectType(InvalidInputError, {
  name: 'ValidationError',
  description: 'The input was refused before anything changed. `path` leads to the offending field.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field'),
    path: t.exposeStringList('path'),
  }),
});

export const NotFoundErrorType = builder.objectType(CmaNotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    resource: t.exposeString('resource', { description: '"access_token" or "role"' }),
    id: t.exposeID('id'),
  }),
});

export const NonEditableAccessTokenErrorType = builder.objectType(CmaNonEditableTokenError, {
  name: 'NonEditableAccessTokenError',
  description: 'Built-in tokens (NON_EDITABLE_ACCESS_TOKEN) keep their attributes; they can still be rotated and deleted.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    accessTokenId: t.exposeID('tokenId'),
    hardcodedType: t.exposeString('hardcodedType', { nullable: true }),
  }),
});

export const PermissionDeniedErrorType = builder.objectType(CmaPermissionDeniedError, {
  name: 'PermissionDeniedError',
  description: "The CMA refused the caller's API token (401) or its role lacks a permission (403).",
  interfaces: [ErrorInterface],
  fields: (t) => ({ upstreamCode: t.exposeString('upstreamCode') }),
});

export const RateLimitedErrorType = builder.objectType(CmaRateLimitedError, {
  name: 'RateLimitedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

export const UpstreamUnavailableErrorType = builder.objectType(CmaUnavailableError, {
  name: 'UpstreamUnavailableError',
  description: 'The CMA could not be reached or failed. `outcomeUnknown` is true when a write may have been applied.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ outcomeUnknown: t.exposeBoolean('outcomeUnknown') }),
});

/** What every call to the CMA can fail with. */
export const UPSTREAM_ERRORS = [CmaPermissionDeniedError, CmaRateLimitedError, CmaUnavailableError];
