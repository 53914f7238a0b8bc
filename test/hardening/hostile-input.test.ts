import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
let snapshot: string;
// Everything but usage stamps: a refused request still counts as the caller using the CMA.
const contents = () =>
  JSON.stringify(stack.cma.store.data, (key, value) => (key === 'last_cma_access_on' ? undefined : value));
beforeAll(async () => {
  stack = await startTestStack();
  snapshot = contents();
});
afterAll(() => stack.stop());

/** What a case must answer: an HTTP status, an error code, or a result type in the mutation's union. */
type Expected = { status?: number; code?: string; typename?: string; field?: string };
type HostileRequest = { name: string; body: string; headers?: Record<string, string>; method?: string; chunked?: boolean; expected?: Expected };

const create = (input: Record<string, unknown>) =>
  JSON.stringify({
    query: 'mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { __typename ... on Error { message } } }',
    variables: { input: { name: 'x', roleId: '3', canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false, ...input } },
  });
const update = (id: unknown, input: Record<string, unknown> = { name: 'Hijacked' }) =>
  JSON.stringify({
    query: 'mutation($id: ID!, $input: UpdateAccessTokenInput!) { updateAccessToken(id: $id, input: $input) { __typename ... on Error { message } } }',
    variables: { id, input },
  });
const rotate = (id: unknown) =>
  JSON.stringify({ query: 'mutation($id: ID!) { rotateAccessToken(id: $id) { __typename ... on Error { message } } }', variables: { id } });
const remove = (id: unknown) =>
  JSON.stringify({ query: 'mutation($id: ID!) { deleteAccessToken(id: $id) { __typename ... on Error { message } } }', variables: { id } });

const nested = (depth: number) => `{ roles ${'{ inheritsPermissionsFrom '.repeat(depth)}{ id }${' }'.repeat(depth)} }`;

const CORPUS: HostileRequest[] = [
  { name: 'malformed JSON', body: '{"query": "{ roles { id } }"' },
  { name: 'a JSON array', body: '[1, 2, 3]' },
  { name: 'a JSON string', body: '"{ roles { id } }"' },
  { name: 'no query', body: '{}' },
  { name: 'a query that is not a string', body: '{"query": 42}' },
  { name: 'variables that are not an object', body: '{"query": "{ roles { id } }", "variables": "x"}' },
  { name: 'a text/plain body', body: '{ roles { id } }', headers: { 'content-type': 'text/plain' } },
  { name: 'a form body', body: 'query=%7B%20roles%20%7B%20id%20%7D%20%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  { name: 'a PUT request', body: '{"query": "{ roles { id } }"}', method: 'PUT' },
  { name: 'a syntax error', body: JSON.stringify({ query: '{ roles { id ' }) },
  { name: 'an unknown field', body: JSON.stringify({ query: '{ secrets }' }) },
  { name: 'a deeply nested query', body: JSON.stringify({ query: nested(40) }) },
  { name: 'an alias bomb', body: JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: accessTokens { id }`).join(' ')} }` }) },
  { name: 'a fragment cycle', body: JSON.stringify({ query: '{ roles { ...A } } fragment A on Role { inheritsPermissionsFrom { ...B } } fragment B on Role { inheritsPermissionsFrom { ...A } }' }) },
  { name: 'a fragment fan-out bomb', body: JSON.stringify({ query: `{ roles { ...F0 } } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Role { id inheritsPermissionsFrom { ...F${i + 1} } accessTokens { role { ...F${i + 1} } } }`).join(' ')} fragment F12 on Role { id }` }) },
  { name: 'a huge document', body: JSON.stringify({ query: `{ roles { id } } ${'# padding\n'.repeat(20_000)}` }) },
  { name: 'a boolean given as a string', body: create({ canAccessCma: 'true' }) },
  { name: 'a missing required flag', body: create({ canAccessCma: undefined }) },
  { name: 'an id given as an object', body: update({ $gt: '' }) },
  { name: 'an id given as a list', body: rotate(['101', '102']) },
  { name: 'a null id', body: remove(null) },
  { name: 'a blank name', body: create({ name: '    ' }) },
  { name: 'an oversized name', body: create({ name: 'x'.repeat(10_000) }) },
  { name: 'a name with control characters', body: create({ name: 'bad\u0007bell\u001bescape' }) },
  { name: 'a name of only zero-width and RTL marks', body: create({ name: '\u200b\u200e\u202e' }) },
  ...['', ' ', '../roles', '101/regenerate_token', '101?x=1', '%2e%2e', 'a'.repeat(65), '1 OR 1=1', '\u0000', '😀', '-1.5e10'].map((id) => ({
    name: `the id ${JSON.stringify(id).slice(0, 20)}`,
    body: rotate(id),
  })),
  { name: 'the id of a deleted token', body: rotate('999999') },
  { name: 'deleting an unknown token', body: remove('424242') },
  { name: 'an update to a built-in token', body: update(SEEDED.readOnlyBuiltIn, { canAccessCma: false }) },
  { name: 'a role change to an unknown role', body: update(SEEDED.ciDeploy, { roleId: '999' }) },
  { name: 'a missing bearer', body: rotate(SEEDED.ciDeploy), headers: { authorization: '' } },
  { name: 'a garbled bearer', body: rotate(SEEDED.ciDeploy), headers: { authorization: 'Bearer \u00ff\u00fe garbage' } },
  { name: 'a basic auth header', body: rotate(SEEDED.ciDeploy), headers: { authorization: 'Basic dXNlcjpwYXNz' } },
  { name: 'a foreign bearer', body: rotate(SEEDED.ciDeploy), headers: { authorization: 'Bearer 0123456789abcdef0123456789abcd' } },
  { name: 'a CDA-only bearer', body: rotate(SEEDED.ciDeploy), headers: { authorization: 'CDA_ONLY' } },
  { name: 'a bearer without token rights', body: remove(SEEDED.ciDeploy), headers: { authorization: 'EDITOR' } },
  // Round two (issue 10), each with its expected answer.
  ...[true, false].map((withBearer) => ({
    name: `a chunked body over the limit${withBearer ? '' : ' without a bearer'}`,
    body: JSON.stringify({ query: '{ roles { id } }', padding: 'x'.repeat(300_000) }),
    chunked: true,
    headers: withBearer ? {} : { authorization: '' },
    expected: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  })),
  { name: 'a subscription', body: JSON.stringify({ query: 'subscription { roles { id } }' }), expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  ...(
    [
      ['an unpaired surrogate', 'Leaky \ud800 name'],
      ['a zero-width space posing as a built-in name', 'Full\u200b-access API token'],
      ['a left-to-right mark', 'Mark\u200e'],
      ['a right-to-left mark', 'Mark\u200f'],
      ['an Arabic letter mark', 'Mark\u061c'],
      ['a line separator', 'Two\u2028lines'],
      ['a paragraph separator', 'Two\u2029paragraphs'],
      ['a word joiner', 'Word\u2060joiner'],
      ['256 characters of the astral plane', '😀'.repeat(256)],
    ] as const
  ).map(([what, name]) => ({
    name: `a token name with ${what}`,
    // JSON.stringify writes an unpaired surrogate as an escape, so it reaches the server as one.
    body: JSON.stringify({
      query: 'mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { __typename ... on ValidationError { field } } }',
      variables: { input: { name, roleId: '3', canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false } },
    }),
    expected: { typename: 'ValidationError', field: 'name' },
  })),
  { name: 'malformed JSON, answered without its original error', body: '{"query": "{ roles', expected: { status: 400, code: 'BAD_REQUEST' } },
];

function resolveAuthorization(value: string | undefined): Record<string, string> {
  if (value === undefined) return { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
  if (value === '') return {};
  if (value === 'CDA_ONLY') return { authorization: `Bearer ${stack.cma.secretOf(SEEDED.publicCda)}` };
  if (value === 'EDITOR') return { authorization: `Bearer ${stack.cma.secretOf(SEEDED.importScript)}` };
  return { authorization: value };
}

describe(`hostile input: ${CORPUS.length} bad requests`, () => {
  it.each(CORPUS)('answers $name with a 4xx or a typed error, never a 500', async ({ body, headers = {}, method = 'POST', chunked, expected }) => {
    const { authorization, ...rest } = headers;
    const response = await fetch(stack.url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...resolveAuthorization(authorization), ...rest },
      // A stream has no length: fetch sends it chunked, with no Content-Length for the server to trust.
      body: chunked ? new Blob([body]).stream() : body,
      ...(chunked ? { duplex: 'half' } : {}),
    } as RequestInit);
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    const payload = JSON.parse(text) as {
      data?: Record<string, { __typename?: string; field?: string } | null>;
      errors?: { extensions?: { code?: string; unexpected?: boolean; originalError?: unknown } }[];
    };
    expect(text).not.toContain('originalError');
    if (expected?.status !== undefined) expect(response.status, text.slice(0, 300)).toBe(expected.status);
    if (expected?.code !== undefined) expect(payload.errors?.[0]?.extensions?.code, text.slice(0, 300)).toBe(expected.code);
    if (expected?.typename !== undefined) {
      expect(Object.values(payload.data ?? {})[0], text.slice(0, 300)).toMatchObject({ __typename: expected.typename, field: expected.field });
    }
    const mutationResult = payload.data && Object.values(payload.data)[0];
    const typedUnionError = mutationResult?.__typename !== undefined && !mutationResult.__typename.endsWith('Success');
    const requestError = response.status >= 400 && response.status < 500;
    const codedError = (payload.errors ?? []).length > 0 && payload.errors!.every((error) => !error.extensions?.unexpected);
    expect(typedUnionError || requestError || codedError, text.slice(0, 300)).toBe(true);
  });

  it('left the local CMA\'s data unchanged', () => {
    expect(contents()).toBe(snapshot);
  });
});
