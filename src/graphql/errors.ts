import {
  CmaCannotDeleteOwnTokenError,
  CmaInvalidAttributesError,
  CmaNonEditableTokenError,
  CmaNotFoundError,
  CmaPermissionDeniedError,
  CmaRateLimitedError,
  CmaRefusedError,
  CmaUnavailableError,
  InvalidInputError,
  VersionConflictError,
} from '../cma/errors.ts';
import { MetadataNotSavedError, StoreUnavailableError } from '../store/errors.ts';
import { builder } from './builder.ts';
import { AccessTokenRef } from './refs.ts';

// The errors a client can act on, as GraphQL types: mutations return them in their result unions.

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure a client can act on. Unexpected failures are masked.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong and what to do about it, for a person. Never holds a secret.' }) }),
});

export const ValidationErrorType = builder.objectType(InvalidInputError, {
  name: 'ValidationError',
  description: 'The input was refused before anything changed. `path` leads to the offending field.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The refused field, e.g. "name" or "roleId".' }),
    path: t.exposeStringList('path', { description: 'From the argument down to the field, e.g. ["input", "name"].' }),
  }),
});

export const NotFoundErrorType = builder.objectType(CmaNotFoundError, {
  name: 'NotFoundError',
  description: 'No API token or role has this id in the project (`resource` says which was looked for). Nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    resource: t.exposeString('resource', { description: '"access_token" or "role"' }),
    id: t.exposeID('id', { description: 'The id that was looked for.' }),
  }),
});

export const NonEditableAccessTokenErrorType = builder.objectType(CmaNonEditableTokenError, {
  name: 'NonEditableAccessTokenError',
  description: 'Built-in tokens (NON_EDITABLE_ACCESS_TOKEN) keep their attributes; they can still be rotated and deleted.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    accessTokenId: t.exposeID('tokenId'),
    hardcodedType: t.exposeString('hardcodedType', { nullable: true, description: "The built-in token's kind, as AccessToken.hardcodedType shows it." }),
  }),
});

export const PermissionDeniedErrorType = builder.objectType(CmaPermissionDeniedError, {
  name: 'PermissionDeniedError',
  description: "The CMA refused the caller's API token (401) or its role lacks a permission (403).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    upstreamCode: t.exposeString('upstreamCode', {
      description: "The CMA's api_error code, e.g. INVALID_AUTHORIZATION_HEADER (401) or INSUFFICIENT_PERMISSIONS (403).",
    }),
  }),
});

export const RateLimitedErrorType = builder.objectType(CmaRateLimitedError, {
  name: 'RateLimitedError',
  description: "The CMA's rate limit was reached (429): the call was refused and nothing changed. Retry after retryAfterSeconds.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'Seconds until the CMA accepts calls again (its X-RateLimit-Reset; 1 when it did not say).' }),
  }),
});

export const UpstreamUnavailableErrorType = builder.objectType(CmaUnavailableError, {
  name: 'UpstreamUnavailableError',
  description:
    'The CMA gave no definite answer (timeout, lost connection, 5xx). A write is never sent again: the token or role is read ' +
    'back instead, and had the write happened, the mutation would have succeeded. `outcomeUnknown` says whether it is safe to retry.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    outcomeUnknown: t.exposeBoolean('outcomeUnknown', {
      description:
        'false: the read-back proves nothing changed, it is safe to retry. ' +
        'true: the write may have been applied or may still be (a timed-out request can land later): read before retrying.',
    }),
  }),
});

export const UpstreamRefusedErrorType = builder.objectType(CmaRefusedError, {
  name: 'UpstreamRefusedError',
  description: 'The CMA refused the call (a 4xx) with a code this API has no dedicated type for. Nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    upstreamCode: t.exposeString('upstreamCode', { description: "The CMA's api_error code." }),
    httpStatus: t.exposeInt('status', { description: "The CMA's HTTP status (a 4xx)." }),
  }),
});

export const InvalidAttributesErrorType = builder.objectType(CmaInvalidAttributesError, {
  name: 'InvalidAttributesError',
  description: 'The CMA refused attributes it does not accept (INVALID_ATTRIBUTES): its schema changed under this API. Nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ attributes: t.exposeStringList('attributes', { description: "The extraneous attributes, by the CMA's names." }) }),
});

export const CannotDeleteOwnTokenErrorType = builder.objectType(CmaCannotDeleteOwnTokenError, {
  name: 'CannotDeleteOwnTokenError',
  description: 'The token to delete is the one the request is authenticated with (CANNOT_DESTROY_CURRENT_USER). Nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ accessTokenId: t.exposeID('tokenId', { description: "The caller's own token: delete it with another token." }) }),
});

export const ConflictErrorType = builder.objectType(VersionConflictError, {
  name: 'ConflictError',
  description: 'The token changed since `expectedVersion` was read. Nothing was written: look at the current token and decide again.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    expectedVersion: t.exposeString('expectedVersion', { description: 'The version the write was sent with.' }),
    currentVersion: t.exposeString('currentVersion', { description: "The token's version now: send it as expectedVersion if you still want the write." }),
    currentAccessToken: t.field({ type: AccessTokenRef, description: 'The token as it is now.', resolve: (error) => error.current }),
  }),
});

export const StoreUnavailableErrorType = builder.objectType(StoreUnavailableError, {
  name: 'StoreUnavailableError',
  description:
    'The store that records every write (its intent before the CMA is called) could not be reached, so nothing was sent to the CMA ' +
    'and nothing changed. Retry once /readiness answers 200 again.',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

export const MetadataNotSavedErrorType = builder.objectType(MetadataNotSavedError, {
  name: 'MetadataNotSavedError',
  description:
    'The CMA carried the write out (the token is as it says, with its new secret after a rotation), but the owner, purpose or expiry ' +
    'given with it could not be saved: the store was unreachable. Do not send the write again; set what is missing once the store is back.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ accessToken: t.field({ type: AccessTokenRef, description: 'The token as the CMA answered.', resolve: (error) => error.accessToken }) }),
});

/** What every write can fail with: the CMA's refusals and silences, and a store that cannot record it. */
export const UPSTREAM_ERRORS = [CmaPermissionDeniedError, CmaRateLimitedError, CmaUnavailableError, CmaRefusedError, StoreUnavailableError, MetadataNotSavedError];

/**
 * A result union's description for the Docs pane: the success, the errors of this mutation (each
 * with when it comes), then the errors every CMA call can meet, so that each union reads alone.
 */
export function resultUnionDescription(mutation: string, success: string, errors: readonly string[]): string {
  return (
    `What ${mutation} returns. Success: ${success}. Errors: ${errors.join('; ')}. ` +
    'From the CMA, when it refuses the call or gives no definite answer: PermissionDeniedError, RateLimitedError, UpstreamRefusedError, UpstreamUnavailableError; ' +
    'StoreUnavailableError when the write could not be recorded, so was not sent; MetadataNotSavedError when the CMA did it but its metadata could not be kept.'
  );
}
