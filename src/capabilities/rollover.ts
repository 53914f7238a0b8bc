import type { LastAccess } from '../cma/vocabulary.ts';

// A rollover is a successor token created beside an original, the original deleted only once the
// successor is in use. The CMA has no field to link them, and this API keeps no state of its own
// (replicas, restarts), so the link is in the successor's name, where a person sees it too:
// "<original name> [rollover of <original id>]".

export type RolloverToken = { id: string; name: string; last_cma_access: LastAccess; last_cda_access: LastAccess };
export type RolloverSurface = 'CMA' | 'CDA';
export type Rollover<T extends RolloverToken> = {
  original: T;
  successor: T;
  state: 'WAITING_FOR_USE' | 'READY';
  /** Surfaces the original is used on and the successor not yet. */
  unusedSurfaces: RolloverSurface[];
};

const MAX_NAME_CODE_POINTS = 255;
const LINK = /\s\[rollover of ([A-Za-z0-9_-]{1,64})\]$/;

/** The successor's name: the original's, shortened if need be, and the link. */
export function successorName(original: { id: string; name: string }): string {
  const link = ` [rollover of ${original.id}]`;
  const room = MAX_NAME_CODE_POINTS - [...link].length;
  const base = [...original.name];
  return `${base.length > room ? `${base.slice(0, room - 1).join('')}…` : original.name}${link}`;
}

/** The id of the original a token is the successor of, or null. */
export function originalIdOf(token: { name: string }): string | null {
  return LINK.exec(token.name)?.[1] ?? null;
}

function unusedSurfaces(original: RolloverToken, successor: RolloverToken): RolloverSurface[] {
  const unused: RolloverSurface[] = [];
  if (original.last_cma_access !== 'never' && successor.last_cma_access === 'never') unused.push('CMA');
  if (original.last_cda_access !== 'never' && successor.last_cda_access === 'never') unused.push('CDA');
  return unused;
}

/** The rollover `token` takes part in, as original or successor, among `tokens`; null when none. */
export function rolloverOf<T extends RolloverToken>(token: T, tokens: readonly T[]): Rollover<T> | null {
  const originalId = originalIdOf(token);
  const original = originalId === null ? undefined : tokens.find((candidate) => candidate.id === originalId);
  const pair = original
    ? { original, successor: token }
    : (() => {
        const successor = tokens.find((candidate) => originalIdOf(candidate) === token.id);
        return successor ? { original: token, successor } : null;
      })();
  if (!pair) return null;
  const unused = unusedSurfaces(pair.original, pair.successor);
  return { ...pair, state: unused.length === 0 ? 'READY' : 'WAITING_FOR_USE', unusedSurfaces: unused };
}
