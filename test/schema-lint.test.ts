import { readFile } from 'node:fs/promises';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// schema.graphql under The Guild's schema-recommended rules, as eslint.config.js sets them: GraphiQL's
// Docs pane is where a newcomer learns this API, so a type, union, enum value or root field that
// arrives without a description fails here. (schema.test.ts checks the file is the printed schema.)
const root = new URL('..', import.meta.url).pathname;
const schemaFile = `${root}schema.graphql`;
const eslint = new ESLint({ cwd: root });
const schemaText = await readFile(schemaFile, 'utf8');

async function problemsIn(text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: schemaFile });
  return result!.messages.map((message) => `${message.line}: ${message.ruleId ?? 'eslint'}: ${message.message}`);
}

/** schema.graphql with the description just above the line that starts with `definition` taken out. */
function withoutDescriptionOf(definition: string): string {
  const lines = schemaText.split('\n');
  const at = lines.findIndex((line) => line.startsWith(definition));
  const last = lines[at - 1]?.trim() ?? '';
  expect(last.endsWith('"""'), `a description above ${definition}`).toBe(true);
  // One line ("""text""") or a block whose opening line is a bare """.
  const first = last.length > 3 ? at - 1 : lines.findLastIndex((line, index) => index < at - 1 && line.trim() === '"""');
  return [...lines.slice(0, first), ...lines.slice(at)].join('\n');
}

describe('schema.graphql under @graphql-eslint schema-recommended', () => {
  it('has no problem', async () => {
    expect(await eslint.isPathIgnored(schemaFile)).toBe(false);
    expect(await problemsIn(schemaText)).toEqual([]);
  }, 60_000);

  it.each([
    ['a result union', 'union CreateAccessTokenResult', 'Description is required for union "CreateAccessTokenResult"'],
    ['an enum', 'enum AuditFindingKind', 'Description is required for enum "AuditFindingKind"'],
    ['an input', 'input CreateAccessTokenInput', 'Description is required for input "CreateAccessTokenInput"'],
    ['an enum value', '  DRAFT_READER', 'Description is required for enum value "DRAFT_READER" in enum "AuditFindingKind"'],
    ['a Query field', '  roles: [Role!]!', 'Description is required for field "roles" in type "Query"'],
    ['a Mutation field', '  createRole(', 'Description is required for field "createRole" in type "Mutation"'],
  ])('fails on %s without a description', async (_what, definition, message) => {
    const problems = await problemsIn(withoutDescriptionOf(definition));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`@graphql-eslint/require-description: ${message}`);
  }, 60_000);

  it('still asks an entity for its id', async () => {
    // AccessToken's own `id: ID!` line: the first after its type's opening brace.
    const start = schemaText.indexOf('type AccessToken {');
    const idLine = schemaText.indexOf('\n  id: ID!\n', start);
    const withoutId = schemaText.slice(0, idLine) + schemaText.slice(idLine + '\n  id: ID!'.length);
    expect(withoutId).not.toBe(schemaText);
    const problems = await problemsIn(withoutId);
    expect(problems).toEqual([expect.stringContaining('@graphql-eslint/strict-id-in-types: type "AccessToken" must have exactly one non-nullable unique identifier')]);
  }, 60_000);
});
