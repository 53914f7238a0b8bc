import {
  ENVIRONMENTS_ACCESS,
  ITEM_TYPE_ACTIONS,
  LAST_ACCESS,
  LOCALIZATION_SCOPES,
  ON_CREATOR,
  UPLOAD_ACTIONS,
} from '../cma/vocabulary.ts';
import { builder } from './builder.ts';

/** A GraphQL enum whose UPPER_CASE names stand for the CMA's snake_case values. */
function cmaEnum<const T extends string>(name: string, values: readonly T[], description: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((value) => [value.toUpperCase(), { value }])) as Record<
      Uppercase<T>,
      { value: T }
    >,
  });
}

export const LastAccessEnum = cmaEnum(
  'LastAccess',
  LAST_ACCESS,
  'When a token last called an API, in the CMA\'s buckets (weeks run Monday to Sunday; NEVER: not since last month).',
);
export const EnvironmentsAccessEnum = cmaEnum('EnvironmentsAccess', ENVIRONMENTS_ACCESS, 'Which environments a role can enter.');
export const ItemTypeActionEnum = cmaEnum('ItemTypeAction', ITEM_TYPE_ACTIONS, 'An action on records.');
export const UploadActionEnum = cmaEnum('UploadAction', UPLOAD_ACTIONS, 'An action on uploads.');
export const OnCreatorEnum = cmaEnum('OnCreator', ON_CREATOR, 'Whose records a permission covers.');
export const LocalizationScopeEnum = cmaEnum('LocalizationScope', LOCALIZATION_SCOPES, 'Which content of a record a permission covers.');

export const ApiSurfaceEnum = builder.enumType('ApiSurface', {
  description: 'The APIs a token may call at all, whatever its role allows.',
  values: {
    CDA: { value: 'can_access_cda', description: 'Content Delivery API, published content' },
    CDA_PREVIEW: { value: 'can_access_cda_preview', description: 'Content Delivery API with X-Include-Drafts (draft content)' },
    CMA: { value: 'can_access_cma', description: 'Content Management API' },
  } as const,
});
