import type { LastAccess } from '../cma/vocabulary.ts';
import type { ApiSurface } from './effective-capabilities.ts';

// Narrower settings a token's own recorded use supports. The CMA records use in coarse buckets
// (last_cma_access / last_cda_access); "never" means not since the start of last month, so a
// suggestion rests on at least a month of evidence and says which.

export const SUGGESTED_CHANGES = ['TURN_OFF_CMA', 'TURN_OFF_CDA', 'TURN_OFF_CDA_PREVIEW'] as const;
export type SuggestedChange = (typeof SUGGESTED_CHANGES)[number];
export type Suggestion = { change: SuggestedChange; evidence: string; after: ApiSurface };

type UsedToken = ApiSurface & { hardcoded_type: string | null; last_cma_access: LastAccess; last_cda_access: LastAccess };

const bucket = (access: LastAccess) => access.replace('_', ' ');

/** None for built-in tokens: they cannot be edited (the audit's remedy rolls them over first). */
export function suggestionsFor(token: UsedToken): Suggestion[] {
  if (token.hardcoded_type !== null) return [];
  const suggestions: Suggestion[] = [];
  const cmaUnused = token.last_cma_access === 'never';
  const cdaUnused = token.last_cda_access === 'never';
  if (token.can_access_cma && cmaUnused && !cdaUnused) {
    suggestions.push({
      change: 'TURN_OFF_CMA',
      evidence: `Not used on the CMA since the start of last month, while used on the CDA (last: ${bucket(token.last_cda_access)})`,
      after: { ...token, can_access_cma: false },
    });
  }
  if (token.can_access_cda && cdaUnused && !cmaUnused) {
    suggestions.push({
      change: 'TURN_OFF_CDA',
      evidence: `Not used on the CDA since the start of last month, while used on the CMA (last: ${bucket(token.last_cma_access)})`,
      after: { ...token, can_access_cda: false, can_access_cda_preview: false },
    });
  } else if (token.can_access_cda_preview && cdaUnused) {
    suggestions.push({
      change: 'TURN_OFF_CDA_PREVIEW',
      evidence: 'Draft access on a token not used on the CDA since the start of last month',
      after: { ...token, can_access_cda_preview: false },
    });
  }
  return suggestions;
}
