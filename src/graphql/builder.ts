import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import ZodPlugin from '@pothos/plugin-zod';
import type { GraphQLContext } from './context.ts';
import { invalidInputFromZod } from './invalid-input-from-zod.ts';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date } };
}>({
  // Errors first: it wraps the zod plugin's validation, so a failed validation lands in the
  // mutation's result union instead of escaping as a top-level error.
  plugins: [ErrorsPlugin, ZodPlugin],
  defaultFieldNullability: false,
  zod: { validationError: invalidInputFromZod },
});

builder.queryType({
  description:
    'Reads, with the CMA permissions of the DatoCMS API token sent as "Authorization: Bearer <token>". ' +
    'Start with accessTokens (what each token can really do: effectiveCapabilities), accessTokenAudit (the risky ones) or roles.',
});
builder.mutationType({
  description:
    'Writes to tokens and roles. Each returns a result union: select `__typename`, the success type, and ' +
    '`... on Error { message }` for the expected failures. A write is sent to the CMA at most once; many take ' +
    '`dryRun` (preview, nothing written) and `expectedVersion` (refused if the object changed since you read it).',
});
