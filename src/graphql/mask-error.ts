import { StoreUnavailableError } from '../store/errors.ts';
import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable, maskError as yogaMaskError, type Plugin, type YogaLogger } from 'graphql-yoga';
import { scopeOf } from '../http/request-scope.ts';
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
  if (error instanceof StoreUnavailableError) return { code: 'STORE_UNAVAILABLE' };
  return undefined;
}

/** Which expected errors an operator should still notice: the CMA not answering is neither the caller's mistake nor a bug of ours. */
const WARN_CODES = new Set(['UPSTREAM_UNAVAILABLE']);

export type ErrorReporting = {
  /** For Yoga's `maskedErrors.maskError`. */
  maskError: (error: unknown, message: string) => GraphQLError;
  /** For Yoga's `logging`: the logger, less Yoga's own line for each error `maskError` has reported. */
  logging: YogaLogger;
  /** For the app's plugins (any place: they all run before Yoga's masking): gives `maskError` each error's request id. */
  requestIds: Plugin;
};

/**
 * Yoga's error masking, extended: our expected errors keep their message with a code; anything
 * else is masked, and gets an errorId that the server log line carries too, so an operator can
 * find what happened. Original errors are never serialised to clients, in any mode.
 *
 * Each error is logged here, at what it deserves: an expected one (unknown bearer, permission
 * denied, not found, rate limited, refused upstream, bad input) at info with its code and message
 * and no stack, the CMA not answering at warn, a surprise at error with its errorId and stack.
 * Yoga itself logs at error, stack and all, every error whose masking changed it, which made a
 * caller's wrong bearer look like a failure of ours: the logger handed to Yoga leaves those out.
 *
 * Each line carries the id of the request the error belongs to, as the request's own line does.
 * Yoga hands `maskError` the error alone, so the `requestIds` plugin, whose hook sees each execution's
 * result with its context before Yoga's masking does, notes the request of every error in it. An
 * error met outside an execution (none of ours so far) is logged without one.
 */
export function createErrorReporting(logger: YogaLogger): ErrorReporting {
  const reported = new WeakSet<object>();
  const requestIdOf = new WeakMap<object, string>();
  const requestIds: Plugin = {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result) || !result.errors) return;
          const { requestId } = scopeOf(request);
          for (const error of result.errors) requestIdOf.set(error, requestId);
        },
      };
    },
  };
  const maskError = (error: unknown, message: string): GraphQLError => {
    const original = (error as { originalError?: unknown }).originalError ?? error;
    const located = error as { path?: readonly (string | number)[] };
    const requestId = typeof error === 'object' && error !== null ? requestIdOf.get(error) : undefined;
    const ofRequest = requestId === undefined ? {} : { requestId };
    if (original instanceof Error) {
      const known = clientFacing(original);
      if (known) {
        if (typeof error === 'object' && error !== null) reported.add(error);
        const level = WARN_CODES.has(known.code) ? 'warn' : 'info';
        logger[level]({
          msg: 'expected error',
          ...ofRequest,
          code: known.code,
          ...(located.path ? { path: located.path.join('.') } : {}),
          error: { name: original.name, message: original.message },
        });
        return createGraphQLError(original.message, {
          ...(located.path ? { path: located.path } : {}),
          extensions: { code: known.code, ...known.extra },
          originalError: undefined,
        });
      }
    }
    const masked = yogaMaskError(error, message, false) as GraphQLError;
    if ((masked.extensions as { unexpected?: boolean }).unexpected) {
      if (typeof error === 'object' && error !== null) reported.add(error);
      const errorId = randomUUID();
      (masked.extensions as Record<string, unknown>).errorId = errorId;
      // The logger keeps an Error's name, message and stack only (never, say, an ApiError's headers).
      logger.error({ msg: 'unexpected error', ...ofRequest, errorId }, original instanceof Error ? original : new Error(String(original)));
    }
    return masked;
  };
  const logging: YogaLogger = {
    ...logger,
    error: (...args: unknown[]) => {
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null && reported.has(args[0])) return;
      logger.error(...args);
    },
  };
  return { maskError, logging, requestIds };
}
