import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

describe('GraphQL over HTTP compliance (graphql-http serverAudits)', () => {
  it('passes every audit, MUST and SHOULD', async () => {
    // A real client of this API sends its bearer and the CSRF-prevention header; the audits ask
    // `{ __typename }`-style documents, which need neither, but the header keeps GET requests allowed.
    const fetchFn: typeof fetch = (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      });
    const audits = serverAudits({ url: stack.url, fetchFn });
    const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const failing = results.filter(({ result }) => result.status !== 'ok').map(({ name, result }) => `${name}: ${result.status} ${'reason' in result ? result.reason : ''}`);
    expect(failing).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
    console.info(`graphql-http audits: ${results.length - failing.length}/${results.length} passed`);
  });

  it('refuses mutations over GET', async () => {
    const query = encodeURIComponent('mutation { deleteAccessToken(id: "103") { __typename } }');
    const response = await fetch(`${stack.url}?query=${query}`, {
      headers: { 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${TEST_ADMIN_TOKEN}`, accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(405);
    expect(stack.cma.store.data.access_tokens.some((token) => token.id === '103')).toBe(true);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${stack.url}?query=${encodeURIComponent('{ roles { id } }')}`, {
      headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    });
    expect(response.status).toBe(403);
  });
});
