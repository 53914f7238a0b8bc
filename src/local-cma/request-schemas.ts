import { z } from 'zod';
import {
  ENVIRONMENTS_ACCESS,
  ITEM_TYPE_ACTIONS,
  LOCALIZATION_SCOPES,
  ON_CREATOR,
  ROLE_PERMISSION_FLAGS,
  UPLOAD_ACTIONS,
} from '../cma/vocabulary.ts';
import { CmaHttpError } from './json-api.ts';

// The local CMA's request validation. Mirrors the CMA's JSON schemas closely enough that every body
// the official client can send is accepted and anything else gets the CMA's 422 answers.

export const MAX_NAME_LENGTH = 255;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const roleData = z.strictObject({ type: z.literal('role'), id });
// Stored as sent (the CMA does not trim), but a blank name is refused. The length is counted in code
// points, as Rails counts a string's length (assumed: DatoCMS does not document its name limit's unit).
const name = z
  .string()
  .refine((value) => [...value].length <= MAX_NAME_LENGTH, { message: `is longer than ${MAX_NAME_LENGTH} characters`, params: { tooBig: true } })
  .refine((value) => value.trim() !== '', 'must not be blank');

const accessTokenAttributes = z.strictObject({
  name,
  can_access_cda: z.boolean(),
  can_access_cda_preview: z.boolean(),
  can_access_cma: z.boolean(),
});

export const accessTokenCreateBody = z.object({
  attributes: accessTokenAttributes,
  relationships: z.strictObject({ role: z.strictObject({ data: roleData }) }),
});

// On update the role may be left out: the CMA then keeps the token's current role. It may not be
// null: AccessTokenUpdateSchema types relationships.role.data as RoleData (the official client's types).
export const accessTokenUpdateBody = z.object({
  attributes: accessTokenAttributes,
  relationships: z.strictObject({ role: z.strictObject({ data: roleData }) }).optional(),
});

// Every key an entry is answered with may be sent back as it came, null included: the client's types
// say "must be omitted (or null)" of the keys an action does not use, and its own
// roles.updateCurrentEnvironmentPermissions sends back the entries it read.
const nullableId = id.nullable().optional();
const nullableText = z.string().min(1).max(255).nullable().optional();
const onCreator = z.enum(ON_CREATOR).nullable().optional();
const localizationScope = z.enum(LOCALIZATION_SCOPES).nullable().optional();
const itemTypePermission = z.looseObject({
  action: z.enum(ITEM_TYPE_ACTIONS),
  environment: id,
  item_type: nullableId,
  workflow: nullableId,
  on_stage: nullableText,
  to_stage: nullableText,
  on_creator: onCreator,
  localization_scope: localizationScope,
  locale: nullableText,
});
const uploadPermission = z.looseObject({
  action: z.enum(UPLOAD_ACTIONS),
  environment: id,
  upload_collection: nullableId,
  move_to_upload_collection: nullableId,
  on_creator: onCreator,
  localization_scope: localizationScope,
  locale: nullableText,
});
const buildTriggerPermission = z.strictObject({ build_trigger: nullableId });
const searchIndexPermission = z.strictObject({ search_index: nullableId });

const roleAttributeShape = {
  name,
  environments_access: z.enum(ENVIRONMENTS_ACCESS),
  positive_item_type_permissions: z.array(itemTypePermission),
  negative_item_type_permissions: z.array(itemTypePermission),
  positive_upload_permissions: z.array(uploadPermission),
  negative_upload_permissions: z.array(uploadPermission),
  positive_build_trigger_permissions: z.array(buildTriggerPermission),
  negative_build_trigger_permissions: z.array(buildTriggerPermission),
  positive_search_index_permissions: z.array(searchIndexPermission),
  negative_search_index_permissions: z.array(searchIndexPermission),
  ...Object.fromEntries(ROLE_PERMISSION_FLAGS.map((flag) => [flag, z.boolean()])),
} as Record<string, z.ZodType>;

const roleRelationships = z
  .strictObject({ inherits_permissions_from: z.strictObject({ data: z.array(roleData) }) })
  .partial()
  .optional();

export const roleCreateBody = z.object({
  attributes: z.strictObject(roleAttributeShape).partial().required({ name: true }),
  relationships: roleRelationships,
});

export const roleUpdateBody = z.object({
  attributes: z.strictObject(roleAttributeShape).partial().optional(),
  relationships: roleRelationships,
});

/**
 * A JSON:API resource object of `type`, or the CMA's 422 INVALID_FORMAT. An update (`id` given)
 * must name the resource of its URL: the CMA's update schemas require `data.id`.
 */
function resourceObject(body: unknown, type: string, id?: string): Record<string, unknown> {
  const data = (body as { data?: unknown } | null)?.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CmaHttpError(422, 'INVALID_FORMAT', { message: 'Body must be a JSON:API document with a data object' });
  }
  const resource = data as Record<string, unknown>;
  if (resource.type !== type) {
    throw new CmaHttpError(422, 'INVALID_FORMAT', { message: `data.type must be "${type}"` });
  }
  if (id !== undefined && resource.id !== id) {
    throw new CmaHttpError(422, 'INVALID_FORMAT', { message: `data.id must be "${id}", the id in the URL` });
  }
  return resource;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    root,
  );
}

function validationCode(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'unrecognized_keys') return 'VALIDATION_INVALID';
  if (value === undefined) return 'VALIDATION_REQUIRED';
  if (typeof value === 'string' && value.trim() === '') return 'VALIDATION_REQUIRED';
  if (issue.code === 'too_big' || (issue.code === 'custom' && issue.params?.tooBig)) return 'VALIDATION_LENGTH';
  return 'VALIDATION_FORMAT';
}

/**
 * Validates a request body's resource object. Unknown attributes are INVALID_ATTRIBUTES; otherwise
 * the first failing field is reported as 422 INVALID_FIELD with details naming the field ("name",
 * "role", ...) and a validation code, as in the CMA's documented example.
 */
export function parseResource<T>(body: unknown, type: string, schema: z.ZodType<T>, updating?: { id: string }): T {
  const resource = resourceObject(body, type, updating?.id);
  const result = schema.safeParse(resource);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys' && issue.path[0] === 'attributes') {
    // The CMA's code for attributes its schema does not have (errors docs; details as in the project's CMA notes).
    throw new CmaHttpError(422, 'INVALID_ATTRIBUTES', { extraneous_attributes: issue.keys });
  }
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  // The CMA names fields without the JSON:API envelope: attributes.name → name, relationships.role.data → role.
  const field = path.length > 1 && (path[0] === 'attributes' || path[0] === 'relationships') ? path[1] : path[0];
  throw new CmaHttpError(422, 'INVALID_FIELD', {
    field: String(field ?? 'data'),
    field_path: path.map(String),
    code: validationCode(issue, valueAt(resource, path)),
    message: issue.message,
  });
}
