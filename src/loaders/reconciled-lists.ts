import { hash } from 'node:crypto';
import type { CmaAccessToken } from '../cma/types.ts';
import { lastSeenOf } from '../store/token-state.ts';

/**
 * A token's id and what the store remembers of its state, as one string of flat values: this runs
 * for every token of every list read (a thousand in a large project), and keyed objects cost twice
 * as much to serialise.
 */
function stateKey(token: CmaAccessToken): string {
  const { name, roleId, canAccessCda, canAccessCdaPreview, canAccessCma, hardcodedType, ...unlisted } = lastSeenOf(token);
  // A field added to the state fails to compile here until the key holds it too.
  unlisted satisfies Record<string, never>;
  return JSON.stringify([token.id, name, roleId, canAccessCda, canAccessCdaPreview, canAccessCma, hardcodedType]);
}

/**
 * What a token list looks like to the store (never a secret), as one short hash. Sorted, so a
 * list answered in another order is the same list (each key starts with the token's quoted id).
 */
export function listStateHash(tokens: readonly CmaAccessToken[]): string {
  return hash('sha256', tokens.map(stateKey).sort().join('\n'), 'base64url');
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
