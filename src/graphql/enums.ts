import {
  ENVIRONMENTS_ACCESS,
  ITEM_TYPE_ACTIONS,
  LAST_ACCESS,
  LOCALIZATION_SCOPES,
  ON_CREATOR,
  UPLOAD_ACTIONS,
} from '../cma/vocabulary.ts';
import { builder } from './builder.ts';

/**
 * A GraphQL enum whose UPPER_CASE names stand for the CMA's snake_case values, each described for
 * the Docs pane (the CMA's own wording where its types give one).
 */
function cmaEnum<const T extends string>(name: string, values: readonly T[], description: string, valueDescriptions: Record<Uppercase<T>, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [value.toUpperCase(), { value, description: valueDescriptions[value.toUpperCase() as Uppercase<T>] }]),
    ) as Record<Uppercase<T>, { value: T; description: string }>,
  });
}

export const LastAccessEnum = cmaEnum(
  'LastAccess',
  LAST_ACCESS,
  "When a token last called an API, in the CMA's buckets (weeks run Monday to Sunday; NEVER: not since last month).",
  {
    TODAY: 'Today.',
    YESTERDAY: 'Yesterday.',
    THIS_WEEK: 'Earlier this week (since Monday).',
    LAST_WEEK: 'Last week.',
    THIS_MONTH: 'Earlier this month.',
    LAST_MONTH: 'Last month.',
    NEVER: 'Not since the start of last month: the CMA keeps no older record, so an older use looks the same as none.',
  },
);
export const EnvironmentsAccessEnum = cmaEnum('EnvironmentsAccess', ENVIRONMENTS_ACCESS, 'Which environments a role can enter at all.', {
  NONE: 'None: for a role meant only to be inherited from.',
  PRIMARY_ONLY: 'Only the primary environment.',
  SANDBOX_ONLY: 'Only sandbox environments.',
  ALL: 'Every environment, primary and sandboxes.',
});
export const ItemTypeActionEnum = cmaEnum('ItemTypeAction', ITEM_TYPE_ACTIONS, 'An action on records, granted or taken away by an item type permission.', {
  ALL: 'Every action below.',
  READ: 'Read records.',
  CREATE: 'Create records.',
  UPDATE: 'Edit existing records.',
  PUBLISH: 'Publish and unpublish records.',
  DUPLICATE: 'Duplicate records.',
  DELETE: 'Delete records.',
  EDIT_CREATOR: "Change a record's creator.",
  TAKE_OVER: 'Take a record over from another user who is editing it.',
  MOVE_TO_STAGE: 'Move a record between workflow stages (workflows are an Enterprise feature).',
});
export const UploadActionEnum = cmaEnum('UploadAction', UPLOAD_ACTIONS, 'An action on uploads (media), granted or taken away by an upload permission.', {
  ALL: 'Every action below.',
  READ: 'See uploads.',
  CREATE: 'Upload new files.',
  UPDATE: "Edit uploads' metadata.",
  DELETE: 'Delete uploads.',
  EDIT_CREATOR: "Change an upload's creator.",
  REPLACE_ASSET: "Replace an upload's file, keeping the upload.",
  MOVE: 'Move uploads between collections (moveToUploadCollectionId limits where to).',
});
export const OnCreatorEnum = cmaEnum('OnCreator', ON_CREATOR, 'Whose records or uploads a permission covers, by who created them.', {
  ANYONE: "Anyone's.",
  SELF: 'Only those the user or token itself created.',
  ROLE: 'Those created by anyone with this role.',
});
export const LocalizationScopeEnum = cmaEnum(
  'LocalizationScope',
  LOCALIZATION_SCOPES,
  'Which content of a record a create, update or publish permission covers (LOCALIZED and NOT_LOCALIZED are Enterprise features).',
  {
    ALL: 'All of it.',
    LOCALIZED: 'Only localized fields; `locale` then names the one locale.',
    NOT_LOCALIZED: 'Only fields that are not localized.',
  },
);

export const ApiSurfaceEnum = builder.enumType('ApiSurface', {
  description: 'The APIs a token may call at all, whatever its role allows.',
  values: {
    CDA: { value: 'can_access_cda', description: 'Content Delivery API, published content' },
    CDA_PREVIEW: { value: 'can_access_cda_preview', description: 'Content Delivery API with X-Include-Drafts (draft content)' },
    CMA: { value: 'can_access_cma', description: 'Content Management API' },
  } as const,
});
