import { capabilityChanges, effectiveCapabilities } from '../capabilities/effective-capabilities.ts';
import { suggestionsFor, type SuggestedChange, type Suggestion } from '../capabilities/suggestions.ts';
import { builder } from './builder.ts';
import { CapabilityChangesType, type CapabilityChanges } from './capabilities.ts';
import { AccessTokenRef } from './refs.ts';
import { roleLayerOf } from './role-layer.ts';

// Keyed by the domain's names, so a new suggestion does not compile until it is described.
const SUGGESTED_CHANGE_DESCRIPTIONS: Record<SuggestedChange, { description: string }> = {
  TURN_OFF_CMA: { description: 'canAccessCma: false. Not used on the CMA since the start of last month, while used on the CDA.' },
  TURN_OFF_CDA: { description: 'canAccessCda and canAccessCdaPreview: false. Not used on the CDA since the start of last month, while used on the CMA.' },
  TURN_OFF_CDA_PREVIEW: { description: 'canAccessCdaPreview: false. Draft access on a token not used on the CDA since the start of last month.' },
};

const SuggestedChangeEnum = builder.enumType('SuggestedChange', {
  description: 'An API surface flag to turn off, because the token has not used that API for at least a month.',
  values: SUGGESTED_CHANGE_DESCRIPTIONS,
});

const INPUT: Record<Suggestion['change'], string> = {
  TURN_OFF_CMA: 'canAccessCma: false',
  TURN_OFF_CDA: 'canAccessCda: false, canAccessCdaPreview: false',
  TURN_OFF_CDA_PREVIEW: 'canAccessCdaPreview: false',
};

const SuggestionType = builder.objectRef<Suggestion & { tokenId: string; capabilityChanges: CapabilityChanges }>('AccessTokenSuggestion').implement({
  description: 'A narrower setting the token\'s own recorded use supports.',
  fields: (t) => ({
    change: t.field({ type: SuggestedChangeEnum, resolve: (suggestion) => suggestion.change }),
    evidence: t.exposeString('evidence', { description: 'What the suggestion rests on: the CMA\'s last-access buckets.' }),
    capabilityChanges: t.field({
      type: CapabilityChangesType,
      description: 'What applying it would cost the token.',
      resolve: (suggestion) => suggestion.capabilityChanges,
    }),
    mutation: t.string({
      description: 'The update that applies it, as a dry run.',
      resolve: (suggestion) =>
        `mutation { updateAccessToken(id: ${JSON.stringify(suggestion.tokenId)}, input: { ${INPUT[suggestion.change]} }, dryRun: true) { __typename ... on UpdateAccessTokenSuccess { capabilityChanges { gained lost } } ... on Error { message } } }`,
    }),
  }),
});

builder.objectField(AccessTokenRef, 'suggestions', (t) =>
  t.field({
    type: [SuggestionType],
    nullable: true,
    description: 'Narrower settings its recorded use allows (none for built-in tokens, which cannot be edited).',
    resolve: async (token, _args, { loaders }) => {
      const role = await roleLayerOf(token, loaders);
      const now = effectiveCapabilities(token, role);
      return suggestionsFor(token).map((suggestion) => ({
        ...suggestion,
        tokenId: token.id,
        capabilityChanges: capabilityChanges(now, effectiveCapabilities(suggestion.after, role)),
      }));
    },
  }),
);
