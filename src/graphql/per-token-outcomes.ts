import { brandWithType } from '@pothos/core';
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
import type { CmaGateway } from '../cma/gateway.ts';
import { PolicyViolationError } from '../policy/token-policy.ts';
import { MetadataNotSavedError, StoreUnavailableError } from '../store/errors.ts';

// What the calls that act on many tokens share (bulk rotation and deletion, policy enforcement):
// one typed outcome per token, and the CMA's rate limit waited out rather than surfaced.

const MAX_RATE_LIMIT_WAITS = 20;

/** What a single token's write can end with, as the typed errors a client reads. */
const TYPED_FAILURES = [
  CmaNotFoundError, CmaPermissionDeniedError, CmaRateLimitedError, CmaUnavailableError, CmaRefusedError,
  CmaCannotDeleteOwnTokenError, CmaNonEditableTokenError, CmaInvalidAttributesError, VersionConflictError, InvalidInputError,
  StoreUnavailableError, PolicyViolationError, MetadataNotSavedError,
];

export const isTypedFailure = (error: unknown): boolean => TYPED_FAILURES.some((type) => error instanceof type);

/** One token's write, sent when the rate limit allows, a 429 waited out and the write sent again. */
export async function writeWithinRateLimit<T>(gateway: CmaGateway, write: () => Promise<T>): Promise<T> {
  for (let waits = 0; ; waits++) {
    await gateway.rateLimit.ready();
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof CmaRateLimitedError) || waits >= MAX_RATE_LIMIT_WAITS) throw error;
      gateway.rateLimit.observe({ resetSeconds: error.retryAfterSeconds });
    }
  }
}

/**
 * An outcome's error as a field value: graphql-js treats a returned Error as a thrown one, so the
 * field gets a plain copy, branded with the GraphQL type registered for the error's class.
 */
export function errorAsValue(error: Error | null): Error | null {
  if (!error) return null;
  const plain = { ...error, message: error.message };
  brandWithType(plain, error.constructor as never);
  return plain as Error;
}
