import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createCmaClientFactory } from '../../src/cma/client-factory.ts';
import { GRAPHIQL_EXAMPLES } from '../../src/http/graphiql.ts';
import { startTestStack, TEST_POLICY, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: unknown[] } };
};

describe("GraphiQL's examples", () => {
  it.each(GRAPHIQL_EXAMPLES)('"$title" runs as written against the seed data', async ({ query, variables }) => {
    const { status, body } = await post({ query, variables }, { authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    for (const result of Object.values(body.data!)) {
      if (result && typeof result === 'object' && '__typename' in result) expect(result.__typename).toMatch(/Success$/);
    }
  });

  it('lets introspection through without a bearer (docs and autocomplete), but nothing that reaches the CMA', async () => {
    const schema = await post({ query: '{ __schema { queryType { name } } }' });
    expect(schema).toEqual({ status: 200, body: { data: { __schema: { queryType: { name: 'Query' } } } } });
    const tokens = await post({ query: '{ accessTokens { id } }' });
    expect(tokens.status).toBe(401);
  });
});

describe("GraphiQL's page", () => {
  const page = async (demoToken?: string) => {
    const app = createApp({
      config: { cma: TEST_POLICY, graphiql: true, introspection: true },
      clientFactory: createCmaClientFactory({ baseUrl: stack.cma.url, policy: TEST_POLICY }),
      cmaBaseUrl: stack.cma.url,
      log: { write: () => undefined },
      ...(demoToken ? { demoToken } : {}),
    });
    return (await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })).text();
  };

  it('fills in the demo token with the local CMA, a placeholder against DatoCMS', async () => {
    expect(await page('demo-secret-0123456789abcdef0123')).toContain('Bearer demo-secret-0123456789abcdef0123');
    const againstDatoCms = await page();
    expect(againstDatoCms).toContain('Bearer <your DatoCMS API token>');
    expect(againstDatoCms).not.toMatch(/Bearer [0-9a-f]{30}/);
  });

  it('names no other host to load anything from', async () => {
    const html = await page();
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="(?!data:)/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|esm\.sh|cdnjs/);
  });
});
