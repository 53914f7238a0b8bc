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

/**
 * What a case must answer: its HTTP status, and the request error's code (with words its message
 * must contain) or the result type in the mutation's union (with the field a ValidationError names).
 * Upstream, `writes` lists every write request it sends to the CMA ("METHOD path status"), none
 * when left out; `reads: true` lets it read too (which reads is the write protocol's business).
 * Without either, nothing at all reaches the CMA.
 */
type Expected = { status: number; code?: string; message?: string; typename?: string; field?: string; reads?: boolean; writes?: string[] };
type HostileRequest = {
  name: string;
  body: string;
  headers?: Record<string, string>;
  method?: string;
  chunked?: boolean;
  expected: Expected;
  /**
   * Parts of `expected` the server does not answer yet, each with what it answers instead. They are
   * checked apart, by a test that is expected to fail until the server is fixed.
   */
  wrongToday?: Partial<Record<keyof Expected, string>>;
};

const RESULT_FIELDS = '__typename ... on Error { message } ... on ValidationError { field }';
const create = (input: Record<string, unknown>) =>
  JSON.stringify({
    query: `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { ${RESULT_FIELDS} } }`,
    variables: { input: { name: 'x', roleId: '3', canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false, ...input } },
  });
const update = (id: unknown, input: Record<string, unknown> = { name: 'Hijacked' }) =>
  JSON.stringify({
    query: `mutation($id: ID!, $input: UpdateAccessTokenInput!) { updateAccessToken(id: $id, input: $input) { ${RESULT_FIELDS} } }`,
    variables: { id, input },
  });
const rotate = (id: unknown) =>
  JSON.stringify({ query: `mutation($id: ID!) { rotateAccessToken(id: $id) { ${RESULT_FIELDS} } }`, variables: { id } });
const remove = (id: unknown) =>
  JSON.stringify({ query: `mutation($id: ID!) { deleteAccessToken(id: $id) { ${RESULT_FIELDS} } }`, variables: { id } });

const nested = (depth: number) => `{ roles ${'{ inheritsPermissionsFrom '.repeat(depth)}{ id }${' }'.repeat(depth)} }`;

const badRequest = (message: string): Expected => ({ status: 400, code: 'BAD_REQUEST', message });
const invalid = (field: string): Expected => ({ status: 200, typename: 'ValidationError', field });
/** A variable that GraphQL itself cannot coerce: a request error naming the variable, before any resolver. */
const uncoercible = (message: string): Pick<HostileRequest, 'expected'> => ({ expected: { status: 400, code: 'BAD_USER_INPUT', message } });
/** Yoga's CSRF prevention refuses a body a page on another site could send: nothing runs, and the answer says what to send. */
const csrfRefusal: Pick<HostileRequest, 'expected'> = {
  expected: { status: 403, code: 'CSRF_HEADER_MISSING', message: 'Send the body as JSON with `Content-Type: application/json`' },
};
const refusedToken = (writes: string[] = []): Expected => ({ status: 200, typename: 'PermissionDeniedError', reads: true, writes });
const unauthenticated: Expected = { status: 401, code: 'UNAUTHENTICATED', message: 'Authorization: Bearer' };

const CORPUS: HostileRequest[] = [
  { name: 'malformed JSON', body: '{"query": "{ roles { id } }"', expected: badRequest('invalid JSON') },
  { name: 'a JSON array', body: '[1, 2, 3]', expected: badRequest('Batching is not supported') },
  { name: 'a JSON string', body: '"{ roles { id } }"', expected: badRequest('expected to be object') },
  { name: 'no query', body: '{}', expected: badRequest('Must provide query string') },
  { name: 'a query that is not a string', body: '{"query": 42}', expected: badRequest('"query" param to be a string') },
  { name: 'variables that are not an object', body: '{"query": "{ roles { id } }", "variables": "x"}', expected: badRequest('"variables" param') },
  { name: 'a text/plain body', body: '{ roles { id } }', headers: { 'content-type': 'text/plain' }, ...csrfRefusal },
  {
    name: 'a form body',
    body: 'query=%7B%20roles%20%7B%20id%20%7D%20%7D',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    ...csrfRefusal,
  },
  {
    name: 'a text/plain body with the CSRF header',
    body: '{ roles { id } }',
    headers: { 'content-type': 'text/plain', 'x-graphql-yoga-csrf': '1' },
    expected: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send it as JSON with `Content-Type: application/json`' },
  },
  { name: 'a PUT request', body: '{"query": "{ roles { id } }"}', method: 'PUT', expected: { status: 405, code: 'BAD_REQUEST', message: 'GET and POST' } },
  { name: 'a syntax error', body: JSON.stringify({ query: '{ roles { id ' }), expected: { status: 400, code: 'GRAPHQL_PARSE_FAILED', message: 'Syntax Error' } },
  { name: 'an unknown field', body: JSON.stringify({ query: '{ secrets }' }), expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: '"secrets"' } },
  { name: 'a deeply nested query', body: JSON.stringify({ query: nested(40) }), expected: { status: 400, code: 'QUERY_TOO_COMPLEX', message: 'Query is too costly: estimated cost' } },
  {
    name: 'an alias bomb',
    body: JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: accessTokens { id }`).join(' ')} }` }),
    expected: { status: 400, code: 'QUERY_TOO_COMPLEX', message: 'Query is too long: more than 2000 tokens.' },
  },
  {
    name: 'a fragment cycle',
    body: JSON.stringify({ query: '{ roles { ...A } } fragment A on Role { inheritsPermissionsFrom { ...B } } fragment B on Role { inheritsPermissionsFrom { ...A } }' }),
    expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Cannot spread fragment "A" within itself' },
  },
  {
    name: 'a fragment fan-out bomb',
    body: JSON.stringify({ query: `{ roles { ...F0 } } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Role { id inheritsPermissionsFrom { ...F${i + 1} } accessTokens { role { ...F${i + 1} } } }`).join(' ')} fragment F12 on Role { id }` }),
    expected: { status: 400, code: 'QUERY_TOO_COMPLEX', message: 'Query is too costly: estimated cost' },
  },
  {
    name: 'a huge document',
    body: JSON.stringify({ query: `{ roles { id } } ${'# padding\n'.repeat(20_000)}` }),
    expected: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'larger than 100000 bytes' },
  },
  { name: 'a boolean given as a string', body: create({ canAccessCma: 'true' }), ...uncoercible('"input.canAccessCma"') },
  { name: 'a missing required flag', body: create({ canAccessCma: undefined }), ...uncoercible('Field "canAccessCma" of required type') },
  { name: 'an id given as an object', body: update({ $gt: '' }), ...uncoercible('Variable "$id"') },
  { name: 'an id given as a list', body: rotate(['101', '102']), ...uncoercible('Variable "$id"') },
  { name: 'a null id', body: remove(null), ...uncoercible('Variable "$id"') },
  { name: 'a blank name', body: create({ name: '    ' }), expected: invalid('name') },
  { name: 'an oversized name', body: create({ name: 'x'.repeat(10_000) }), expected: invalid('name') },
  { name: 'a name with control characters', body: create({ name: 'bad\u0007bell\u001bescape' }), expected: invalid('name') },
  { name: 'a name of only zero-width and RTL marks', body: create({ name: '\u200b\u200e\u202e' }), expected: invalid('name') },
  ...['', ' ', '../roles', '101/regenerate_token', '101?x=1', '%2e%2e', 'a'.repeat(65), '1 OR 1=1', '\u0000', '😀', '-1.5e10'].map((id): HostileRequest => ({
    name: `the id ${JSON.stringify(id).slice(0, 20)}`,
    body: rotate(id),
    expected: invalid('id'),
  })),
  {
    name: 'an id no token has',
    body: rotate('999999'),
    expected: { status: 200, typename: 'NotFoundError', reads: true },
  },
  {
    // A delete is one call (no read first): the CMA's 404 is the answer, and nothing is deleted.
    name: 'deleting an unknown token',
    body: remove('424242'),
    expected: { status: 200, typename: 'NotFoundError', reads: true, writes: ['DELETE /access_tokens/424242 404'] },
  },
  {
    name: 'an update to a built-in token',
    body: update(SEEDED.readOnlyBuiltIn, { canAccessCma: false }),
    expected: { status: 200, typename: 'NonEditableAccessTokenError', reads: true },
  },
  {
    name: 'a role change to an unknown role',
    body: update(SEEDED.ciDeploy, { roleId: '999' }),
    // The request reads every role anyway: a role it did not see is refused before any write.
    expected: { ...invalid('roleId'), reads: true },
  },
  { name: 'a missing bearer', body: rotate(SEEDED.ciDeploy), headers: { authorization: '' }, expected: unauthenticated },
  { name: 'a garbled bearer', body: rotate(SEEDED.ciDeploy), headers: { authorization: 'Bearer \u00ff\u00fe garbage' }, expected: unauthenticated },
  { name: 'a basic auth header', body: rotate(SEEDED.ciDeploy), headers: { authorization: 'Basic dXNlcjpwYXNz' }, expected: unauthenticated },
  {
    name: 'a foreign bearer',
    body: rotate(SEEDED.ciDeploy),
    headers: { authorization: 'Bearer 0123456789abcdef0123456789abcd' },
    expected: refusedToken(),
  },
  { name: 'a CDA-only bearer', body: rotate(SEEDED.ciDeploy), headers: { authorization: 'CDA_ONLY' }, expected: refusedToken() },
  {
    // Only the CMA knows what the caller's role may do: the delete is sent, and refused.
    name: 'a bearer without token rights',
    body: remove(SEEDED.ciDeploy),
    headers: { authorization: 'EDITOR' },
    expected: refusedToken(['DELETE /access_tokens/106 403']),
  },
  // Round two (issue 10).
  ...[true, false].map((withBearer): HostileRequest => ({
    name: `a chunked body over the limit${withBearer ? '' : ' without a bearer'}`,
    body: JSON.stringify({ query: '{ roles { id } }', padding: 'x'.repeat(300_000) }),
    chunked: true,
    headers: withBearer ? {} : { authorization: '' },
    expected: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'larger than 100000 bytes' },
  })),
  {
    name: 'a subscription',
    body: JSON.stringify({ query: 'subscription { roles { id } }' }),
    expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'no subscription operations' },
  },
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
  ).map(([what, name]): HostileRequest => ({
    name: `a token name with ${what}`,
    // JSON.stringify writes an unpaired surrogate as an escape, so it reaches the server as one.
    body: create({ name }),
    expected: invalid('name'),
  })),
  { name: 'malformed JSON, answered without its original error', body: '{"query": "{ roles', expected: badRequest('invalid JSON') },
];

function resolveAuthorization(value: string | undefined): Record<string, string> {
  if (value === undefined) return { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
  if (value === '') return {};
  if (value === 'CDA_ONLY') return { authorization: `Bearer ${stack.cma.secretOf(SEEDED.publicCda)}` };
  if (value === 'EDITOR') return { authorization: `Bearer ${stack.cma.secretOf(SEEDED.importScript)}` };
  return { authorization: value };
}

type Answer = {
  status: number;
  text: string;
  code: string | undefined;
  message: string | undefined;
  result: { __typename?: string; field?: string; message?: string } | undefined;
  /** The CMA requests it caused, "METHOD path status", sorted. */
  upstream: string[];
};

async function send({ body, headers = {}, method = 'POST', chunked }: HostileRequest): Promise<Answer> {
  const { authorization, ...rest } = headers;
  const before = stack.cma.requests.length;
  const response = await fetch(stack.url, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...resolveAuthorization(authorization), ...rest },
    // A stream has no length: fetch sends it chunked, with no Content-Length for the server to trust.
    body: chunked ? new Blob([body]).stream() : body,
    ...(chunked ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await response.text();
  const payload = JSON.parse(text) as {
    data?: Record<string, Answer['result'] | null> | null;
    errors?: { message?: string; extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    text,
    code: payload.errors?.[0]?.extensions?.code,
    message: payload.errors?.[0]?.message,
    result: Object.values(payload.data ?? {})[0] ?? undefined,
    upstream: stack.cma.requests
      .slice(before)
      .map((request) => `${request.method} ${request.path} ${request.status}`)
      .sort(),
  };
}

/** The parts of `expected` named in `keys`, each against the answer. */
function expectParts(answer: Answer, expected: Expected, keys: (keyof Expected)[]) {
  const context = `${answer.status} ${answer.text.slice(0, 300)}`;
  for (const key of keys) {
    switch (key) {
      case 'status':
        expect(answer.status, context).toBe(expected.status);
        break;
      case 'code':
        expect(answer.code, context).toBe(expected.code);
        break;
      case 'message':
        expect(answer.message ?? answer.result?.message, context).toContain(expected.message);
        break;
      case 'typename':
        expect(answer.result?.__typename, context).toBe(expected.typename);
        break;
      case 'field':
        expect(answer.result?.field, context).toBe(expected.field);
        break;
      case 'reads':
        if (!expected.reads) expect(answer.upstream.filter((call) => call.startsWith('GET ')), context).toEqual([]);
        break;
      case 'writes':
        expect(answer.upstream.filter((call) => !call.startsWith('GET ')), context).toEqual([...(expected.writes ?? [])].sort());
        break;
    }
  }
}

/** Every part of an expectation is checked, `reads` and `writes` included when a case leaves them out (none). */
const partsOf = (expected: Expected): (keyof Expected)[] => [...new Set([...(Object.keys(expected) as (keyof Expected)[]), 'reads' as const, 'writes' as const])];

describe(`hostile input: ${CORPUS.length} bad requests`, () => {
  it.each(CORPUS)('answers $name with its expected 4xx or typed error, and writes nothing upstream', async (request) => {
    const answer = await send(request);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toContain('originalError');
    // A refused write may reach the CMA (only it knows the caller's rights), but none is carried out.
    expect(answer.upstream.filter((call) => !call.startsWith('GET ') && / 2\d\d$/.test(call))).toEqual([]);
    const wrong = Object.keys(request.wrongToday ?? {});
    expectParts(answer, request.expected, partsOf(request.expected).filter((key) => !wrong.includes(key)));
  });

  // The right answers the server does not give yet (each part says what it answers instead): these
  // fail today, so they pass as `fails`; once the server is fixed, move the case's part out of `wrongToday`.
  const wrongToday = CORPUS.filter((request) => request.wrongToday !== undefined).map((request) => ({
    ...request,
    whatItAnswers: Object.values(request.wrongToday!).join('; '),
  }));
  it.fails.each(wrongToday)('should answer $name as expected, but today: $whatItAnswers', async (request) => {
    const answer = await send(request);
    expectParts(answer, request.expected, Object.keys(request.wrongToday!) as (keyof Expected)[]);
  });

  it('left the local CMA\'s data unchanged', () => {
    expect(contents()).toBe(snapshot);
  });
});
