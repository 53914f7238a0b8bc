import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('bounded work per request', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it.each([
    ['a query deeper than the limit', `{ roles { inheritsPermissionsFrom { inheritsPermissionsFrom { inheritsPermissionsFrom { accessTokens { role { accessTokens { role { accessTokens { id } } } } } } } } } }`, /depth/i],
    ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: roles { id }`).join(' ')} }`, /alias/i],
    ['too many tokens', `{ roles { ${'id '.repeat(2_500)} } }`, /token/i],
    ['a query over the cost limit', `{ accessTokens { role { accessTokens { role { accessTokens { role { name finalPermissions { positiveItemTypePermissions { action itemTypeId environment } } } } } } } } }`, /cost|depth/i],
  ])('refuses %s before any upstream call', async (_case, query, message) => {
    let result: Awaited<ReturnType<typeof post>> | undefined;
    const upstream = await stack.upstreamDuring(async () => {
      result = await post(stack.url, { query });
    });
    expect(upstream).toEqual([]);
    expect(result!.status).toBe(400);
    expect(result!.body.data).toBeUndefined();
    expect(result!.body.errors![0]!.message).toMatch(message);
    expect(result!.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('counts the depth of what is selected, not of the fragments it is written with', async () => {
    // Five levels of fields, written with four fragments: nine levels if fragments counted, over the limit of 8.
    const query = `mutation { updateAccessToken(id: "103", input: { name: "Public CDA token" }, dryRun: true) { ...R } }
      fragment R on UpdateAccessTokenResult { ... on UpdateAccessTokenSuccess { accessToken { ...T } } ... on Error { message } }
      fragment T on AccessToken { role { ...Inheritance } }
      fragment Inheritance on Role { inheritsPermissionsFrom { id name } }`;
    const result = await post(stack.url, { query });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });

  it('refuses a body over the size limit with 413', async () => {
    const result = await post(stack.url, { query: `{ roles { id } } # ${'x'.repeat(200_000)}` });
    expect(result.status).toBe(413);
    expect(result.body.errors![0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('production settings', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ production: true });
  });
  afterAll(() => stack.stop());

  it('turns introspection off', async () => {
    const result = await post(stack.url, { query: '{ __schema { types { name } } }' });
    expect(result.body.errors![0]!.message).toMatch(/introspection/i);
  });

  it('does not leak the schema through field suggestions', async () => {
    const result = await post(stack.url, { query: '{ accessToken { nam } }' });
    const message = result.body.errors![0]!.message;
    expect(message).not.toMatch(/Did you mean/);
    expect(message).not.toContain('accessTokens');
  });

  // Each would describe the schema: a suggestion, the type a field is on, an input's required fields, an enum's values.
  it.each([
    ['an enum value typo', { query: '{ accessTokens(filter: { lastCmaAccess: [NEVR] }) { id } }' }],
    ['a field typo', { query: '{ accessTokens { nam } }' }],
    ['a field on a union', { query: 'mutation { rotateAccessToken(id: "1") { message } }' }],
    ['an input missing required fields', {
      query: 'mutation($i: CreateAccessTokenInput!) { createAccessToken(input: $i) { __typename } }', variables: { i: { name: 'x' } },
    }],
    ['an enum typo in variables', { query: 'query($f: AccessTokenFilter) { accessTokens(filter: $f) { id } }', variables: { f: { lastCmaAccess: ['NEVR'] } } }],
    ['an unknown argument', { query: '{ accessTokens(filtr: {}) { id } }' }],
    ['an unknown type', { query: 'query($f: AccessTokenFiltr) { accessTokens(filter: $f) { id } }' }],
  ])('describes nothing of the schema in the errors for %s', async (_case, request) => {
    const result = await post(stack.url, request);
    expect(result.status).toBe(400);
    const sent = JSON.stringify(request);
    for (const error of result.body.errors!) {
      expect(error.message).not.toMatch(/Did you mean|Suggestion|inline fragment|required type/);
      // Whatever a message quotes, the caller wrote itself.
      for (const [, quoted] of error.message.matchAll(/"([^"]*)"/g)) expect(sent).toContain(quoted);
    }
  });

  it('never serialises an original error, such as a malformed body\'s', async () => {
    const result = await post(stack.url, '{"query": "{ roles { secret');
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).not.toMatch(/originalError|secret/);
  });

  it('turns GraphiQL off', async () => {
    const response = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});

describe('development settings', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('keeps the helpful messages, original errors aside', async () => {
    const typo = await post(stack.url, { query: '{ accessTokens { nam } }' });
    expect(typo.body.errors![0]!.message).toBe('Cannot query field "nam" on type "AccessToken". Did you mean "name"?');
    const malformed = await post(stack.url, '{"query": "{ roles');
    expect(JSON.stringify(malformed.body)).not.toContain('originalError');
  });
});
