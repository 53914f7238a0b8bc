import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

// Requests refused before any resolver runs: each answer has a code a client can branch on and a
// message saying what to send instead, and doing what it says works.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

type Answer = { status: number; headers: Headers; text: string; body: any; upstream: number };

/** Sent over HTTP as the seeded admin unless `headers` says otherwise; `upstream` counts the CMA calls it caused. */
async function send(init: { method?: string; headers?: Record<string, string>; body?: string; query?: string }): Promise<Answer> {
  const before = stack.cma.requests.length;
  const url = init.query === undefined ? stack.url : `${stack.url}?query=${encodeURIComponent(init.query)}`;
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text === '' ? undefined : JSON.parse(text), upstream: stack.cma.requests.length - before };
}

const ROLES = '{ roles { id } }';

describe('CSRF prevention', () => {
  const REFUSED = 'Refused as a possible cross-site request forgery: a page on another site could have sent it.';
  const refused = (message: string) => ({ errors: [{ message: `${REFUSED} ${message}`, extensions: { code: 'CSRF_HEADER_MISSING' } }] });
  const AS_JSON = 'Send the body as JSON with `Content-Type: application/json`';
  const MULTIPART = `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"${ROLES}"}\r\n--x--\r\n`;

  it.each([
    // The header would only lead to a 415: this server does not read these bodies.
    ['a text/plain body', { 'content-type': 'text/plain' }, ROLES, `${AS_JSON}.`],
    ['a POST with no content type', {}, ROLES, `${AS_JSON}.`],
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, `query=${encodeURIComponent(ROLES)}`, `${AS_JSON}, or send the \`x-graphql-yoga-csrf\` header (any value) with the form.`],
    ['a multipart body', { 'content-type': 'multipart/form-data; boundary=x' }, MULTIPART, `${AS_JSON}, or send the \`x-graphql-yoga-csrf\` header (any value) with the form.`],
  ])('refuses %s without the header: 403 CSRF_HEADER_MISSING saying what to send, nothing upstream', async (_case, headers, body, message) => {
    const answer = await send({ headers, body });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual(refused(message));
    expect(answer.upstream).toBe(0);
  });

  it('refuses a GET without the header alike', async () => {
    const answer = await send({ method: 'GET', query: ROLES });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(refused('Send the `x-graphql-yoga-csrf` header (any value), or POST the request as JSON with `Content-Type: application/json`.'));
    expect(answer.upstream).toBe(0);
  });

  it('what the messages say works: the body as JSON, or the header on a form, a multipart body or a GET', async () => {
    const asJson = await send({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ROLES }) });
    const formWithHeader = await send({
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' },
      body: `query=${encodeURIComponent(ROLES)}`,
    });
    const multipartWithHeader = await send({ headers: { 'content-type': 'multipart/form-data; boundary=x', 'x-graphql-yoga-csrf': '1' }, body: MULTIPART });
    const getWithHeader = await send({ method: 'GET', query: ROLES, headers: { 'x-graphql-yoga-csrf': '1' } });
    for (const answer of [asJson, formWithHeader, multipartWithHeader, getWithHeader]) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.roles.length).toBeGreaterThan(0);
    }
  });
});

describe('a body of a type the server does not read (with the CSRF header)', () => {
  const ACCEPTED = 'application/json, application/graphql+json, application/graphql, application/x-www-form-urlencoded, multipart/form-data';
  const unsupported = {
    errors: [
      {
        message:
          'The request body is not of a type this server reads: send it as JSON with `Content-Type: application/json`. ' +
          'Also read: application/graphql, and application/x-www-form-urlencoded or multipart/form-data with the `x-graphql-yoga-csrf` header.',
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
      },
    ],
  };

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['no content type', {}],
    ['application/xml', { 'content-type': 'application/xml' }],
  ])('%s: 415 UNSUPPORTED_MEDIA_TYPE as JSON, the types read in Accept, nothing upstream', async (_case, headers) => {
    const answer = await send({ headers: { ...headers, 'x-graphql-yoga-csrf': '1' }, body: ROLES });
    expect(answer.status).toBe(415);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('accept')).toBe(ACCEPTED);
    expect(answer.body).toEqual(unsupported);
    expect(answer.upstream).toBe(0);
  });

  it('every type the message names is read', async () => {
    const bodies: [string, string][] = [
      ['application/json', JSON.stringify({ query: ROLES })],
      ['application/graphql+json', JSON.stringify({ query: ROLES })],
      ['application/graphql', ROLES],
    ];
    for (const [type, body] of bodies) {
      const answer = await send({ headers: { 'content-type': type }, body });
      expect(answer.status, type).toBe(200);
      expect(answer.body.data.roles.length, type).toBeGreaterThan(0);
    }
  });

  it('another method is still 405, not 415', async () => {
    const answer = await send({ method: 'PUT', headers: { 'content-type': 'text/plain', 'x-graphql-yoga-csrf': '1' }, body: ROLES });
    expect(answer.status).toBe(405);
  });
});

describe('variables GraphQL cannot coerce', () => {
  const ROTATE = 'mutation($id: ID!) { rotateAccessToken(id: $id) { __typename } }';
  const CREATE = `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { __typename } }`;
  const post = (query: string, variables: Record<string, unknown>, accept = 'application/graphql-response+json') =>
    send({ headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query, variables }) });

  it.each([
    ['a null id', ROTATE, { id: null }, 'Variable "$id" of non-null type "ID!" must not be null.'],
    ['an id given as an object', ROTATE, { id: { $gt: '' } }, 'Variable "$id" got invalid value { $gt: "" }; ID cannot represent value: { $gt: "" }'],
    [
      'a boolean given as a string',
      CREATE,
      { input: { name: 'x', roleId: '3', canAccessCda: true, canAccessCdaPreview: false, canAccessCma: 'true' } },
      'Variable "$input" got invalid value "true" at "input.canAccessCma"; Boolean cannot represent a non boolean value: "true"',
    ],
  ])('%s: 400 BAD_USER_INPUT naming the variable, for either media type, nothing upstream', async (_case, query, variables, message) => {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const answer = await post(query, variables, accept);
      expect(answer.status, accept).toBe(400);
      expect(answer.body, accept).toEqual({ errors: [{ message, locations: [expect.any(Object)], extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(answer.upstream).toBe(0);
    }
  });

  it('every variable that fails is reported, each with the code', async () => {
    const answer = await post('query($a: ID!, $b: Boolean!) { accessToken(id: $a) { id } roles @include(if: $b) { id } }', { a: null, b: 'yes' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((error: any) => [error.message.slice(0, 13), error.extensions.code])).toEqual([
      ['Variable "$a"', 'BAD_USER_INPUT'],
      ['Variable "$b"', 'BAD_USER_INPUT'],
    ]);
  });

  it("a resolver's own BAD_USER_INPUT is unchanged (it names its field)", async () => {
    const answer = await post('query($id: ID!) { accessToken(id: $id) { id } }', { id: '../roles' });
    expect(answer.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('variables GraphQL cannot coerce, in production', () => {
  let production: TestStack;
  beforeAll(async () => {
    production = await startTestStack({ production: true });
  });
  afterAll(() => production.stop());

  it('keep their code, and their message still quotes nothing of the schema the caller did not send', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      body: JSON.stringify({
        query: 'mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { __typename } }',
        variables: { input: { name: 'x', roleId: '3', canAccessCda: true, canAccessCdaPreview: false } },
      }),
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    // In development the message goes on: Field "canAccessCma" of required type "Boolean!" was not provided.
    expect(body).toEqual({
      errors: [
        {
          message: 'Variable "$input" got invalid value { name: "x", roleId: "3", canAccessCda: true, canAccessCdaPreview: false }.',
          locations: [expect.any(Object)],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });
});

describe('401 UNAUTHENTICATED', () => {
  const ROLES_BODY = JSON.stringify({ query: ROLES });

  it.each([
    ['no Authorization header', {}],
    ['another scheme (Basic)', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a garbled bearer', { authorization: 'Bearer \u00ff\u00fe garbage' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('%s: the Bearer challenge RFC 9110 requires on a 401, nothing upstream', async (_case, authorization) => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...authorization },
      body: ROLES_BODY,
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="datocms-token-admin"');
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('no challenge on an answer that is not a 401: a bearer the CMA refuses is 200 PERMISSION_DENIED, a good one 200', async () => {
    const refused = await send({ headers: { 'content-type': 'application/json', authorization: 'Bearer 0123456789abcdef0123456789abcd' }, body: ROLES_BODY });
    expect(refused.status).toBe(200);
    expect(refused.body.errors[0].extensions.code).toBe('PERMISSION_DENIED');
    expect(refused.headers.has('www-authenticate')).toBe(false);
    const accepted = await send({ headers: { 'content-type': 'application/json' }, body: ROLES_BODY });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.has('www-authenticate')).toBe(false);
  });
});

describe('queries over a limit', () => {
  const nested = (depth: number) => `{ roles ${'{ inheritsPermissionsFrom '.repeat(depth)}{ id }${' }'.repeat(depth)} }`;

  it.each([
    // roles, nine inheritsPermissionsFrom and id: eleven levels.
    ['too deep', nested(9), 'Query is too deep: depth 11, at most 8.'],
    ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: roles { id }`).join(' ')} }`, 'Query has too many aliases: 20, at most 15.'],
    ['too long', `{ roles { ${'id '.repeat(2_500)} } }`, 'Query is too long: more than 2000 tokens.'],
    ['too costly', nested(40), /^Query is too costly: estimated cost \d{6,}, at most 5000\.$/],
    ['too many directives', `{ __typename ${'@skip(if: false) '.repeat(30)}}`, 'Query has too many directives: 30, at most 20.'],
  ])('%s: 400 QUERY_TOO_COMPLEX worded as the limit it breaks, not as a syntax error', async (_case, query, message) => {
    const answer = await send({ headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query }) });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([{ message: typeof message === 'string' ? message : expect.stringMatching(message), extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
    expect(answer.upstream).toBe(0);
  });
});
