// `npm run print-schema`: writes schema.graphql from the Pothos schema (sorted), for review and codegen.
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/graphql/schema.ts';

export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

writeFileSync(SCHEMA_FILE, `${printSchema(schema)}\n`);
console.info(`wrote ${SCHEMA_FILE.pathname}`);
