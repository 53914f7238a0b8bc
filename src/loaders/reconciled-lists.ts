import { createHash } from 'node:crypto';
import type { CmaAccessToken } from '../cma/types.ts';
import { lastSeenOf } from '../store/token-state.ts';

/** What a token list looks like to the store (never a secret), as one short hash. */
export function listStateHash(tokens: readonly CmaAccessToken[]): string {
  const states = tokens.map((token) => [token.id, lastSeenOf(token)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(states)).digest('base64url');
}

/**
 * The token list each project had when this process last reconciled it with the store. A read that
 * finds the list unchanged has nothing to record, and skips the store unless a field needs it: most
 * reads then cost the CMA call alone. Every write through this process forgets its project's entry.
 * Entries age out, so that even an unchanged list is reconciled now and then: a write whose server
 * died (unseen in the list), or what another replica wrote, is settled or found by then.
 */
export class ReconciledLists {
  #lists = new Map<string, { hash: string; at: number }>();

  constructor(private readonly maxAgeMs: number, private readonly now = () => Date.now()) {}

  isCurrent(projectId: string, hash: string): boolean {
    const seen = this.#lists.get(projectId);
    return seen !== undefined && seen.hash === hash && this.now() - seen.at < this.maxAgeMs;
  }

  remember(projectId: string, hash: string): void {
    this.#lists.set(projectId, { hash, at: this.now() });
  }

  /**
   * A write through this process changed the store's records: the next read reconciles, even if
   * the list looks as it did (a token created here, then deleted elsewhere).
   */
  forget(projectId: string): void {
    this.#lists.delete(projectId);
  }
}
