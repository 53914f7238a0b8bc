import { capabilityChanges, effectiveCapabilities } from '../capabilities/effective-capabilities.ts';
import { SUGGESTED_CHANGES, suggestionsFor, type Suggestion } from '../capabilities/suggestions.ts';
import { builder } from './builder.ts';
import { CapabilityChangesType, type CapabilityChanges } from './capabilities.ts';
import { AccessTokenRef } from './refs.ts';
import { roleLayerOf } from './role-layer.ts';

const SuggestedChangeEnum = builder.enumType('SuggestedChange', { values: SUGGESTED_CHANGES });

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
    capabilityChanges: t.field({ type: CapabilityChangesType, resolve: (suggestion) => suggestion.capabilityChanges }),
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
