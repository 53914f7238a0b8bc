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
  const refused = {
    errors: [
      {
        message:
          'Refused as a possible cross-site request forgery: a page on another site could have sent it. ' +
          'Send the body as JSON with `Content-Type: application/json`, or send the `x-graphql-yoga-csrf` header (any value).',
        extensions: { code: 'CSRF_HEADER_MISSING' },
      },
    ],
  };

  it.each([
    ['a text/plain body', { 'content-type': 'text/plain' }, ROLES],
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, `query=${encodeURIComponent(ROLES)}`],
    ['a multipart body', { 'content-type': 'multipart/form-data; boundary=x' }, `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"${ROLES}"}\r\n--x--\r\n`],
    ['a POST with no content type', {}, ROLES],
  ])('refuses %s without the header: 403 CSRF_HEADER_MISSING saying what to send, nothing upstream', async (_case, headers, body) => {
    const answer = await send({ headers, body });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual(refused);
    expect(answer.upstream).toBe(0);
  });

  it('refuses a GET without the header alike', async () => {
    const answer = await send({ method: 'GET', query: ROLES });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(refused);
    expect(answer.upstream).toBe(0);
  });

  it('what the message says works: the body as JSON, or the header on a form or a GET', async () => {
    const asJson = await send({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ROLES }) });
    const formWithHeader = await send({
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' },
      body: `query=${encodeURIComponent(ROLES)}`,
    });
    const getWithHeader = await send({ method: 'GET', query: ROLES, headers: { 'x-graphql-yoga-csrf': '1' } });
    for (const answer of [asJson, formWithHeader, getWithHeader]) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.roles.length).toBeGreaterThan(0);
    }
  });
});
