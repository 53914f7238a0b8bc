import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

// What an operator's log shows for errors on reads: the caller's mistakes and the CMA's refusals at
// info with no stack, so that `level: "error"` means something of ours went wrong.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

type LogLine = Record<string, any>;
const UNKNOWN_BEARER = '0123456789abcdef0123456789abcd';

/** The app's log lines written while `request` was sent and answered (the local CMA's left out), and the request id it was answered with. */
async function linesOf(request: () => Promise<Response>): Promise<{ response: Response; body: any; lines: LogLine[]; requestId: string }> {
  const before = stack.logs.length;
  const response = await request();
  const body = await response.json();
  const lines = stack.logs
    .slice(before)
    .filter((line) => !line.startsWith('local-cma'))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.level !== 'debug');
  const requestId = response.headers.get('x-request-id')!;
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  return { response, body, lines, requestId };
}

const query = (text: string, bearer: string | null = TEST_ADMIN_TOKEN, requestId?: string) => () =>
  fetch(stack.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
      ...(requestId === undefined ? {} : { 'x-request-id': requestId }),
    },
    body: JSON.stringify({ query: text }),
  });

/** An expected error's lines: its own at info (no stack) under the request's id, then the request line at info with its code. */
function expectInfoOnly(answer: { lines: LogLine[]; requestId: string }, code: string, error: { name: string; message: string }, path: string) {
  const { lines, requestId } = answer;
  expect(lines).toEqual([
    { time: expect.any(String), level: 'info', msg: 'expected error', requestId, code, path, error },
    expect.objectContaining({ level: 'info', msg: 'request', requestId, status: 200, errorCodes: [code] }),
  ]);
  expect(JSON.stringify(lines)).not.toContain('stack');
}

describe('errors on reads in the log', () => {
  it('an unknown bearer: info, no stack, and never the bearer', async () => {
    const answer = await linesOf(query('{ accessTokens { id } }', UNKNOWN_BEARER));
    expect(answer.body.errors[0].extensions.code).toBe('PERMISSION_DENIED');
    expectInfoOnly(
      answer,
      'PERMISSION_DENIED',
      { name: 'CmaPermissionDeniedError', message: 'The CMA refused the API token: it is unknown, revoked, or cannot access the CMA' },
      'accessTokens',
    );
    expect(JSON.stringify(answer.lines)).not.toContain(UNKNOWN_BEARER);
  });

  it("a token of the project without CMA access: permission denied at info", async () => {
    const answer = await linesOf(query('{ accessTokens { id } }', stack.cma.secretOf(SEEDED.publicCda)));
    expect(answer.body.errors[0].extensions.code).toBe('PERMISSION_DENIED');
    expectInfoOnly(
      answer,
      'PERMISSION_DENIED',
      { name: 'CmaPermissionDeniedError', message: 'The CMA refused the API token: it is unknown, revoked, or cannot access the CMA' },
      'accessTokens',
    );
  });

  it("a role the CMA finds lacking (403 INSUFFICIENT_PERMISSIONS): permission denied at info", async () => {
    stack.cma.faults.inject({ kind: 'status', status: 403, code: 'INSUFFICIENT_PERMISSIONS', method: 'GET', path: '/access_tokens', times: 1 });
    const answer = await linesOf(query('{ accessTokens { id } }'));
    expect(answer.body.errors[0].extensions.code).toBe('PERMISSION_DENIED');
    expectInfoOnly(
      answer,
      'PERMISSION_DENIED',
      { name: 'CmaPermissionDeniedError', message: "The API token's role does not allow this (INSUFFICIENT_PERMISSIONS)" },
      'accessTokens',
    );
  });

  it("a token's role that no longer exists: not found at info", async () => {
    const token = stack.cma.stored(SEEDED.ciDeploy)!;
    const roleId = token.role_id;
    // As if the role had gone behind the API's back (the CMA itself refuses to delete a role in use).
    token.role_id = '999999';
    try {
      const answer = await linesOf(query(`{ accessToken(id: "${SEEDED.ciDeploy}") { id role { name } } }`));
      expect(answer.body).toMatchObject({ data: { accessToken: { id: SEEDED.ciDeploy, role: null } }, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      expectInfoOnly(answer, 'NOT_FOUND', { name: 'CmaNotFoundError', message: 'No role with id "999999" exists in this project' }, 'accessToken.role');
    } finally {
      token.role_id = roleId;
    }
  });

  it('the CMA rate limit: info', async () => {
    stack.cma.faults.inject({ kind: 'rate_limit', resetSeconds: 30, method: 'GET', path: '/roles', times: 1 });
    expectInfoOnly(await linesOf(query('{ roles { id } }')), 'RATE_LIMITED', { name: 'CmaRateLimitedError', message: 'The CMA rate limit was reached; retry in 30 s' }, 'roles');
  });

  it('no bearer at all: the request line only, at info', async () => {
    const { lines } = await linesOf(query('{ accessTokens { id } }', null));
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'request', errorCodes: ['UNAUTHENTICATED'] })]);
  });

  it('a real surprise: error, with its stack once, under the errorId the client got', async () => {
    stack.cma.faults.inject({ kind: 'status', status: 300, method: 'GET', path: '/access_tokens', times: 1 });
    const { body, lines, requestId } = await linesOf(query('{ accessTokens { id } }'));
    const errorId = body.errors[0].extensions.errorId as string;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([
      {
        time: expect.any(String),
        level: 'error',
        msg: 'unexpected error',
        requestId,
        errorId,
        error: { name: 'CmaUnexpectedError', message: expect.any(String), stack: expect.stringContaining('CmaUnexpectedError') },
      },
      expect.objectContaining({ level: 'error', msg: 'request', requestId, errorCodes: ['INTERNAL_SERVER_ERROR'] }),
    ]);
  });

  it("requests at once: each error's line carries its own request's id, the client's when it sent one", async () => {
    const before = stack.logs.length;
    // The first held at the CMA until the second reaches it: their executions overlap.
    const hold = stack.cma.faults.hold({ method: 'GET', path: '/access_tokens', times: 1, releasedBy: { method: 'GET', path: '/roles' } });
    const [tokens, roles] = await Promise.all([
      query('{ accessTokens { id } }', UNKNOWN_BEARER, 'client-id-tokens')(),
      query('{ roles { id } }', UNKNOWN_BEARER, 'client-id-roles')(),
    ]);
    await hold.released;
    expect([tokens.headers.get('x-request-id'), roles.headers.get('x-request-id')]).toEqual(['client-id-tokens', 'client-id-roles']);
    const errorLines = stack.logs
      .slice(before)
      .filter((line) => !line.startsWith('local-cma'))
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.msg === 'expected error');
    expect(errorLines.map((line) => [line.path, line.requestId]).sort()).toEqual([
      ['accessTokens', 'client-id-tokens'],
      ['roles', 'client-id-roles'],
    ]);
  });
});
