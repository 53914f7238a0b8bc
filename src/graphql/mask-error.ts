import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError, type YogaLogger } from 'graphql-yoga';
import {
  CmaNotFoundError,
  CmaPermissionDeniedError,
  CmaRateLimitedError,
  CmaRefusedError,
  CmaUnavailableError,
  InvalidInputError,
} from '../cma/errors.ts';

/** Expected failures outside a result union (reads, nested fields): a clear message and a code. */
function clientFacing(error: Error): { code: string; extra?: Record<string, unknown> } | undefined {
  if (error instanceof CmaNotFoundError) return { code: 'NOT_FOUND', extra: { resource: error.resource, id: error.id } };
  if (error instanceof CmaPermissionDeniedError) return { code: 'PERMISSION_DENIED' };
  if (error instanceof CmaRateLimitedError) return { code: 'RATE_LIMITED', extra: { retryAfterSeconds: error.retryAfterSeconds } };
  if (error instanceof CmaUnavailableError) return { code: 'UPSTREAM_UNAVAILABLE' };
  if (error instanceof CmaRefusedError) return { code: 'UPSTREAM_REFUSED', extra: { upstreamCode: error.upstreamCode } };
  if (error instanceof InvalidInputError) return { code: 'BAD_USER_INPUT', extra: { field: error.field, path: error.path } };
  return undefined;
}

/**
 * Yoga's error masking, extended: our expected errors keep their message with a code; anything
 * else is masked, and gets an errorId that the server log line carries too, so an operator can
 * find what happened. Original errors are never serialised to clients, in any mode.
 */
export function createMaskError(logger: YogaLogger) {
  return (error: unknown, message: string) => {
    const original = (error as { originalError?: unknown }).originalError ?? error;
    if (original instanceof Error) {
      const known = clientFacing(original);
      if (known) {
        const located = error as { path?: readonly (string | number)[] };
        return createGraphQLError(original.message, {
          ...(located.path ? { path: located.path } : {}),
          extensions: { code: known.code, ...known.extra },
          originalError: undefined,
        });
      }
    }
    const masked = yogaMaskError(error, message, false) as GraphQLError;
    if ((masked.extensions as { unexpected?: boolean }).unexpected) {
      const errorId = randomUUID();
      (masked.extensions as Record<string, unknown>).errorId = errorId;
      // The logger keeps an Error's name, message and stack only (never, say, an ApiError's headers).
      logger.error({ msg: 'unexpected error', errorId }, original instanceof Error ? original : new Error(String(original)));
    }
    return masked;
  };
}
