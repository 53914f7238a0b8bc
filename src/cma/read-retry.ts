import { setTimeout as delay } from 'node:timers/promises';
import type { CmaPolicy } from '../config.ts';
import { CmaRateLimitedError, CmaUnavailableError } from './errors.ts';

/**
 * Runs an idempotent CMA read, retrying what may pass: an unavailable CMA (with exponential
 * backoff) and a rate limit whose reset falls within the policy's bound. Never used for writes.
 */
export async function withReadRetry<T>(policy: CmaPolicy, read: () => Promise<T>): Promise<T> {
  let waitedMs = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= policy.readRetries) throw error;
      let waitMs: number;
      if (error instanceof CmaRateLimitedError) {
        waitMs = error.retryAfterSeconds * 1_000;
        if (waitedMs + waitMs > policy.maxRateLimitWaitMs) throw error;
      } else if (error instanceof CmaUnavailableError) {
        waitMs = 100 * 2 ** attempt + Math.floor(Math.random() * 50);
      } else {
        throw error;
      }
      waitedMs += waitMs;
      await delay(waitMs);
    }
  }
}
