import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const QUERY = 'query Token($id: ID!) { accessToken(id: $id) { id } }';

/** POSTs a body written by hand: JSON.stringify itself overflows the stack on the values these tests send. */
async function postRaw(body: string) {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    body,
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const nested = (open: string, close: string, levels: number) => `${open.repeat(levels)}1${close.repeat(levels)}`;
const withVariables = (variables: string) => `{"query":${JSON.stringify(QUERY)},"variables":${variables}}`;

const tooDeep = {
  status: 400,
  body: { errors: [{ message: `Variables are nested deeper than ${DEFAULT_LIMITS.maxVariablesDepth} levels of objects and lists`, extensions: { code: 'VARIABLES_TOO_DEEP' } }] },
};

describe('variables are bounded before they are used', () => {
  it('40 000 nested lists: 400 VARIABLES_TOO_DEEP (was a stack overflow answered 500), and nothing reaches the CMA', async () => {
    const upstream = await stack.upstreamDuring(async () => {
      expect(await postRaw(withVariables(`{"id":${nested('[', ']', 40_000)}}`))).toEqual(tooDeep);
    });
    expect(upstream).toEqual([]);
  });

  it('objects nested as deep as the body limit allows (19 000 levels): 400 VARIABLES_TOO_DEEP', async () => {
    const body = withVariables(`{"id":${nested('{"":', '}', 19_000)}}`);
    expect(body.length).toBeLessThan(DEFAULT_LIMITS.maxBodyBytes);
    expect(await postRaw(body)).toEqual(tooDeep);
  });

  it('one level over the limit is refused; at the limit the variables reach GraphQL, which judges them by their type', async () => {
    // The variables object is the first level, the outer list of `id` the second.
    const over = await postRaw(withVariables(`{"id":${nested('[', ']', DEFAULT_LIMITS.maxVariablesDepth)}}`));
    expect(over).toEqual(tooDeep);
    const at = await postRaw(withVariables(`{"id":${nested('[', ']', DEFAULT_LIMITS.maxVariablesDepth - 1)}}`));
    expect(at.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Variable "\$id" got invalid value \[\[/) })]);
  });

  it('more values than the limit: 400 VARIABLES_TOO_LARGE', async () => {
    // With the variables object and the list, one value over.
    const id = Array.from({ length: DEFAULT_LIMITS.maxVariablesValues - 1 }, (_, index) => String(index + 1));
    expect(await postRaw(JSON.stringify({ query: QUERY, variables: { id } }))).toEqual({
      status: 400,
      body: { errors: [{ message: `Variables hold more than ${DEFAULT_LIMITS.maxVariablesValues} values`, extensions: { code: 'VARIABLES_TOO_LARGE' } }] },
    });
  });

  it('deep request extensions, parsed from the same body, are refused the same way', async () => {
    const result = await postRaw(`{"query":${JSON.stringify(QUERY)},"extensions":{"x":${nested('[', ']', 40_000)}}}`);
    expect(result).toEqual({
      status: 400,
      body: { errors: [{ message: `The request extensions are nested deeper than ${DEFAULT_LIMITS.maxVariablesDepth} levels of objects and lists`, extensions: { code: 'VARIABLES_TOO_DEEP' } }] },
    });
  });

  it('a GET request with deep variables in its query string: 400 VARIABLES_TOO_DEEP', async () => {
    const url = new URL(stack.url);
    url.searchParams.set('query', QUERY);
    url.searchParams.set('variables', `{"id":${nested('[', ']', 1_000)}}`);
    const response = await fetch(url, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'x-graphql-yoga-csrf': '1' } });
    expect({ status: response.status, body: await response.json() }).toEqual(tooDeep);
  });

  it('an ordinary nested input (a role with permission entries, four levels) still works', async () => {
    const result = await stack.graphql(
      `mutation Create($input: CreateRoleInput!) {
        createRole(input: $input) { __typename ... on CreateRoleSuccess { role { name positiveItemTypePermissions { environment action } } } }
      }`,
      { input: { name: 'Variables limit check', positiveItemTypePermissions: [{ environment: 'main', action: 'CREATE' }, { environment: 'main', action: 'DELETE' }] } },
    );
    expect(result).toEqual({
      status: 200,
      data: {
        createRole: {
          __typename: 'CreateRoleSuccess',
          role: { name: 'Variables limit check', positiveItemTypePermissions: [{ environment: 'main', action: 'CREATE' }, { environment: 'main', action: 'DELETE' }] },
        },
      },
    });
  });
});
