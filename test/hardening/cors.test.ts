import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-headers', 'access-control-allow-methods'];
const corsHeadersOf = (response: Response) => Object.fromEntries(CORS_HEADERS.map((name) => [name, response.headers.get(name)]));

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
const crossOriginQuery = (url: string, origin: string) =>
  fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    body: JSON.stringify({ query: '{ roles { id } }' }),
  });

describe('CORS, closed by default', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('grants no origin anything: neither a preflight nor a request gets a CORS header', async () => {
    for (const response of [await preflight(stack.url, 'https://evil.example'), await crossOriginQuery(stack.url, 'https://evil.example')]) {
      expect(corsHeadersOf(response)).toEqual(Object.fromEntries(CORS_HEADERS.map((name) => [name, null])));
    }
  });
});

describe('CORS opened to named origins (CORS_ORIGINS)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ corsOrigins: ['https://admin.example.com', 'https://tools.example.com'] });
  });
  afterAll(() => stack.stop());

  it('allows a named origin, without credentials, for the headers the API reads', async () => {
    const response = await preflight(stack.url, 'https://tools.example.com');
    expect(corsHeadersOf(response)).toEqual({
      'access-control-allow-origin': 'https://tools.example.com',
      'access-control-allow-credentials': null,
      'access-control-allow-headers': 'authorization, content-type, accept, x-graphql-yoga-csrf, x-request-id',
      'access-control-allow-methods': 'GET, POST',
    });
  });

  it('never reflects another origin', async () => {
    for (const response of [await preflight(stack.url, 'https://evil.example'), await crossOriginQuery(stack.url, 'https://evil.example')]) {
      expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
      expect(['null', null]).toContain(response.headers.get('access-control-allow-origin'));
    }
  });

  it('takes only origins from the environment: no wildcard, no path', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://admin.example.com, http://localhost:3000' }).corsOrigins).toEqual([
      'https://admin.example.com',
      'http://localhost:3000',
    ]);
    expect(loadConfig({}).corsOrigins).toEqual([]);
    for (const bad of ['*', 'https://admin.example.com/app', 'admin.example.com', 'ftp://files.example.com']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS/);
    }
  });
});
