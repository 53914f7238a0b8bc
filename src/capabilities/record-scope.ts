import type { ItemTypeAction, UploadAction } from '../cma/vocabulary.ts';

type PermissionEntry = Record<string, unknown>;

/** Which models a record action reaches. */
export type RecordScope = {
  allModels: boolean;
  /** With allModels false: the models it reaches. */
  itemTypeIds: string[];
  /** With allModels true: models a negative permission takes out. */
  exceptItemTypeIds: string[];
  /** Some granting entry only covers the caller's own records, one locale or a workflow. */
  conditional: boolean;
};

const coversAction = (entry: PermissionEntry, action: ItemTypeAction | UploadAction) => entry.action === 'all' || entry.action === action;
const isConditional = (entry: PermissionEntry) =>
  (entry.on_creator !== undefined && entry.on_creator !== null && entry.on_creator !== 'anyone') ||
  entry.localization_scope === 'localized' ||
  entry.localization_scope === 'not_localized' ||
  (typeof entry.workflow === 'string' && entry.workflow !== '');

/**
 * The models on which a role's final permissions allow `action`. Negative entries take
 * precedence: one with no model forbids the action everywhere, one with a model takes it out.
 */
export function recordScope(
  action: ItemTypeAction | UploadAction,
  positive: readonly PermissionEntry[],
  negative: readonly PermissionEntry[],
  // Record entries name a model; upload entries name an upload collection.
  scopeKey: 'item_type' | 'upload_collection' = 'item_type',
): RecordScope {
  const modelOf = (entry: PermissionEntry) => (typeof entry[scopeKey] === 'string' ? (entry[scopeKey] as string) : null);
  const granting = positive.filter((entry) => coversAction(entry, action));
  const forbidding = negative.filter((entry) => coversAction(entry, action));
  const none: RecordScope = { allModels: false, itemTypeIds: [], exceptItemTypeIds: [], conditional: false };
  if (granting.length === 0 || forbidding.some((entry) => modelOf(entry) === null)) return none;

  const excluded = new Set(forbidding.map(modelOf).filter((id): id is string => id !== null));
  const conditional = granting.some(isConditional);
  if (granting.some((entry) => modelOf(entry) === null)) {
    return { allModels: true, itemTypeIds: [], exceptItemTypeIds: [...excluded].sort(), conditional };
  }
  const models = [...new Set(granting.map(modelOf) as string[])].filter((id) => !excluded.has(id)).sort();
  return { ...none, itemTypeIds: models, conditional: models.length > 0 && conditional };
}

export function reachesAnyModel(scope: RecordScope): boolean {
  return scope.allModels || scope.itemTypeIds.length > 0;
}
