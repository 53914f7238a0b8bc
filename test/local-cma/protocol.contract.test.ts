import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED, startTestCma, TEST_ADMIN_TOKEN, type TestCma } from '../support/local-cma.ts';

let cma: TestCma;
beforeAll(async () => {
  cma = await startTestCma({ rateLimit: { limit: 100, windowMs: 60_000 } });
});
afterAll(() => cma.stop());

async function raw(path: string, init: RequestInit & { token?: string } = {}) {
  const response = await fetch(`${cma.url}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${init.token ?? cma.secretOf(SEEDED.ciDeploy)}`,
      'X-Api-Version': '3',
      'Content-Type': 'application/vnd.api+json',
      ...(init.headers as Record<string, string>),
    },
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data: any } };
}

describe('local CMA HTTP protocol', () => {
  it('answers JSON:API with the CMA headers and rate-limit counters', async () => {
    const response = await raw('/roles/1', { token: cma.secretOf(SEEDED.newsletterSync) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-api-version')).toBe('3');
    expect(response.headers.get('x-ratelimit-limit')).toBe('100');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('99');
    expect(response.body.data).toMatchObject({ id: '1', type: 'role', attributes: { name: 'Admin' } });
    expect(response.body.data.relationships.inherits_permissions_from).toEqual({ data: [] });
    expect(response.body.data.meta.final_permissions.can_manage_access_tokens).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"data": {', 400, 'INVALID_JSON_BODY'],
    ['a wrong resource type', JSON.stringify({ data: { type: 'role', attributes: { name: 'x' } } }), 422, 'INVALID_FORMAT'],
    ['a body without data', JSON.stringify([1, 2, 3]), 422, 'INVALID_FORMAT'],
    ['an unknown attribute', JSON.stringify({ data: { type: 'access_token', attributes: { name: 'x', can_access_cda: true, can_access_cda_preview: true, can_access_cma: true, hardcoded_type: 'admin' }, relationships: { role: { data: { type: 'role', id: '1' } } } } }), 422, 'INVALID_ATTRIBUTES'],
  ])('answers %s with a 4xx api_error, never a 500', async (_case, body, status, code) => {
    const count = cma.store.data.access_tokens.length;
    const response = await raw('/access_tokens', { method: 'POST', body, token: TEST_ADMIN_TOKEN });
    expect(response.status).toBe(status);
    expect(response.body.data[0]).toMatchObject({ type: 'api_error', attributes: { code } });
    expect(cma.store.data.access_tokens.length).toBe(count);
  });

  it('refuses a non-JSON content type and an unknown route', async () => {
    const wrongType = await raw('/access_tokens', {
      method: 'POST', body: 'name=x', token: TEST_ADMIN_TOKEN, headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);
    const unknown = await raw('/no_such_thing', { token: TEST_ADMIN_TOKEN });
    expect(unknown.status).toBe(404);
    expect(unknown.body.data[0].attributes.code).toBe('INVALID_ENDPOINT');
  });

  it('answers 429 with X-RateLimit-Reset past the per-token limit, and the official client waits and succeeds', async () => {
    const limited = await startTestCma({ rateLimit: { limit: 3, windowMs: 1_000 } });
    try {
      const secret = limited.secretOf(SEEDED.importScript);
      const statuses: number[] = [];
      let reset: string | null = null;
      for (let i = 0; i < 4; i++) {
        const response = await fetch(`${limited.url}/access_tokens`, { headers: { Authorization: `Bearer ${secret}`, 'X-Api-Version': '3' } });
        statuses.push(response.status);
        if (response.status === 429) {
          reset = response.headers.get('x-ratelimit-reset');
          expect(((await response.json()) as any).data[0].attributes.code).toBe('RATE_LIMIT_EXCEEDED');
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(Number(reset)).toBeGreaterThanOrEqual(1);

      const before = limited.requests.length;
      const tokens = await limited.client(secret).accessTokens.list();
      expect(tokens.length).toBe(7);
      const seen = limited.requests.slice(before).map((request) => request.status);
      expect(seen[0]).toBe(429);
      expect(seen.at(-1)).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  describe('an oversized body over one keep-alive connection', () => {
    type Answer = { status: number; connection: string | undefined; code: string | undefined; socket: Socket };

    /** One request through `agent` (a single keep-alive socket), failing instead of hanging. */
    function send(agent: Agent, method: string, path: string, body?: Buffer): Promise<Answer> {
      return new Promise((resolve, reject) => {
        const outgoing = httpRequest(`${cma.url}${path}`, {
          method,
          agent,
          timeout: 5_000,
          headers: {
            Authorization: `Bearer ${TEST_ADMIN_TOKEN}`,
            'X-Api-Version': '3',
            'Content-Type': 'application/json',
            ...(body ? { 'Content-Length': String(body.length) } : {}),
          },
        }, (response) => {
          let text = '';
          response.on('data', (chunk) => (text += String(chunk)));
          response.on('end', () => resolve({
            status: response.statusCode!,
            connection: response.headers.connection,
            code: JSON.parse(text).data?.[0]?.attributes?.code,
            socket: outgoing.socket as Socket,
          }));
        });
        outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${path} got no answer`)));
        outgoing.on('error', reject);
        outgoing.end(body);
      });
    }

    it('answers 413 with Connection: close, closes that connection, and answers the requests after it', async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const tooLarge = await send(agent, 'POST', '/access_tokens', Buffer.alloc(5_000_000, 'a'));
        expect([tooLarge.status, tooLarge.code, tooLarge.connection]).toEqual([413, 'REQUEST_ENTITY_TOO_LARGE', 'close']);
        // The server closed the connection instead of leaving the rest of the body unread on it.
        if (!tooLarge.socket.destroyed) await new Promise((resolve) => tooLarge.socket.once('close', resolve));

        const list = await send(agent, 'GET', '/access_tokens');
        expect(list.status).toBe(200);
        const missing = await send(agent, 'DELETE', '/access_tokens/999');
        expect([missing.status, missing.code]).toEqual([404, 'NOT_FOUND']);
        expect(missing.socket).toBe(list.socket);
      } finally {
        agent.destroy();
      }
    });

    it('reads to its end a body sent to a path it refused before reading, and keeps the connection', async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const refused = await send(agent, 'POST', '/no_such_resource', Buffer.alloc(3_000_000, 'a'));
        expect([refused.status, refused.code, refused.connection]).toEqual([404, 'INVALID_ENDPOINT', 'keep-alive']);
        const next = await send(agent, 'GET', '/access_tokens');
        expect(next.status).toBe(200);
        expect(next.socket).toBe(refused.socket);
      } finally {
        agent.destroy();
      }
    });
  });
});
