import { request, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createCmaClientFactory } from '../../src/cma/client-factory.ts';
import { GRAPHIQL_EXAMPLES, renderGraphiQLPage } from '../../src/http/graphiql.ts';
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

type PageOptions = { title?: string; headers: string; shouldPersistHeaders: boolean; defaultTabs: { query: string; headers: string }[] };

/** The options the page hands GraphiQL, read back from its JSON data block. */
const optionsOf = (html: string) =>
  JSON.parse(/<script type="application\/json" id="graphiql-options">([^<]*)<\/script>/.exec(html)![1]!) as PageOptions;

describe("GraphiQL's page", () => {
  const page = async (demoToken?: string) => {
    const app = createApp({
      store: stack.store,
      config: { cma: TEST_POLICY, graphiql: true, introspection: true },
      clientFactory: createCmaClientFactory({ baseUrl: stack.cma.url, policy: TEST_POLICY }),
      cmaBaseUrl: stack.cma.url,
      log: { write: () => undefined },
      ...(demoToken ? { demoToken } : {}),
    });
    return (await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })).text();
  };

  it('fills in the demo token with the local CMA, a placeholder against DatoCMS', async () => {
    expect(optionsOf(await page('demo-secret-0123456789abcdef0123')).headers).toContain('Bearer demo-secret-0123456789abcdef0123');
    const againstDatoCms = await page();
    expect(optionsOf(againstDatoCms).headers).toContain('Bearer <your DatoCMS API token>');
    expect(againstDatoCms).not.toMatch(/Bearer [0-9a-f]{30}/);
  });
});

/** A GET over real HTTP that reads the body as sent: no decoding, no cache. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const ASSET_PATH = /^\/graphiql\/([0-9a-f]{16})\/([a-z.]+)$/;

describe("GraphiQL's page over HTTP", () => {
  const openPage = async (base = stack.url) => {
    const response = await get(base, { accept: 'text/html' });
    const html = response.body.toString('utf8');
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
    return { ...response, html, urls };
  };
  const origin = () => new URL(stack.url).origin;

  it('is a few kilobytes that load the bundle from versioned files of this server', async () => {
    const { status, body, html, urls } = await openPage();
    expect(status).toBe(200);
    expect(body.byteLength).toBeLessThan(100_000);
    expect(urls.map((url) => url.replace(ASSET_PATH, '/graphiql/<version>/$2')).sort()).toEqual(
      ['favicon.ico', 'graphiql.css', 'graphiql.js', 'start.js'].map((file) => `/graphiql/<version>/${file}`),
    );
    expect(new Set(urls.map((url) => ASSET_PATH.exec(url)![1])).size).toBe(1);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|esm\.sh|cdnjs|https?:\/\//);
    // Every script is a file or inert JSON: nothing inline for the CSP to have to allow.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]!.trim());
    expect(scripts.every((attributes) => /^src="/.test(attributes) || attributes === 'type="application/json" id="graphiql-options"')).toBe(true);
  });

  it('keeps every option of the page: title, demo token in the headers, unpersisted headers, the example tabs', async () => {
    const { html } = await openPage();
    expect(html).toContain('<title>DatoCMS token admin</title>');
    const options = optionsOf(html);
    expect(JSON.parse(options.headers)).toEqual({ Authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    expect(options.shouldPersistHeaders).toBe(false);
    expect(options.defaultTabs.map((tab) => tab.query)).toEqual(GRAPHIQL_EXAMPLES.map((example) => example.query));
    expect(options.defaultTabs.every((tab) => tab.headers === options.headers)).toBe(true);
  });

  it('carries options as data that no value can break out of', async () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const html = await renderGraphiQLPage({ title: hostile, defaultQuery: hostile });
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--</title>');
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(optionsOf(html)).toEqual({ title: hostile, defaultQuery: hostile });
  });

  it('forbids inline and foreign scripts, framing and storage of the page', async () => {
    const { headers } = await openPage();
    const csp = Object.fromEntries(
      String(headers['content-security-policy'])
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );
    expect(csp).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'worker-src': "'self'",
      'connect-src': "'self'",
      'frame-ancestors': "'none'",
    });
    expect(headers['cache-control']).toBe('no-store');
  });

  it('serves each file as the package ships it, with its type and a year of caching, to a caller without a bearer', async () => {
    const { urls } = await openPage();
    const version = ASSET_PATH.exec(urls[0]!)![1]!;
    const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
    const expected: Record<string, [contentType: string, body: Buffer]> = {
      'graphiql.js': ['text/javascript; charset=utf-8', Buffer.from(bundle.js)],
      'graphiql.css': ['text/css; charset=utf-8', Buffer.from(bundle.css)],
      'favicon.ico': ['image/x-icon', Buffer.from(bundle.favicon.replace(/^data:image\/x-icon;base64,/, ''), 'base64')],
      'editor.worker.js': ['text/javascript; charset=utf-8', Buffer.from(bundle.editorWorkerService)],
      'json.worker.js': ['text/javascript; charset=utf-8', Buffer.from(bundle.jsonWorker)],
      'graphql.worker.js': ['text/javascript; charset=utf-8', Buffer.from(bundle.graphqlWorker)],
    };
    for (const [file, [contentType, body]] of Object.entries(expected)) {
      const response = await get(`${origin()}/graphiql/${version}/${file}`);
      expect({ file, status: response.status, type: response.headers['content-type'] }).toEqual({ file, status: 200, type: contentType });
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
      expect(response.body.equals(body)).toBe(true);
    }
    // The start script points Monaco at exactly these worker files.
    const start = await get(`${origin()}/graphiql/${version}/start.js`);
    expect(start.status).toBe(200);
    expect(start.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const worker of ['editor.worker.js', 'json.worker.js', 'graphql.worker.js']) expect(start.body.toString()).toContain(`"${worker}"`);
  });

  it('answers gzip to a browser that takes it, and 304 to one that has the file', async () => {
    const { urls } = await openPage();
    const url = `${origin()}${urls.find((candidate) => candidate.endsWith('/graphiql.js'))!}`;
    const plain = await get(url);
    const zipped = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect((await get(url, { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();

    const revalidated = await get(url, { 'if-none-match': plain.headers.etag! });
    expect({ status: revalidated.status, length: revalidated.body.byteLength }).toEqual({ status: 304, length: 0 });
    expect((await get(url, { 'if-none-match': '"0123"' })).status).toBe(200);
  });

  it('answers 404 to another version, an unknown file or a longer path', async () => {
    const { urls } = await openPage();
    const version = ASSET_PATH.exec(urls[0]!)![1]!;
    const stale = version.replace(/^./, (digit) => (digit === '0' ? '1' : '0'));
    for (const path of [
      `/graphiql/${stale}/graphiql.js`,
      `/graphiql/${version}/index.js`,
      `/graphiql/${version}/graphiql.js/x`,
      `/graphiql/${version}/`,
      '/graphiql/',
    ]) {
      expect({ path, status: (await get(`${origin()}${path}`)).status }).toEqual({ path, status: 404 });
    }
    expect((await get(`${origin()}/graphiql/${version}/graphiql.js`, {}, 'POST')).status).toBe(405);
  });

  it('does not exist where GraphiQL is off (production)', async () => {
    const { urls } = await openPage();
    const production = await startTestStack({ production: true });
    try {
      const page = await get(production.url, { accept: 'text/html' });
      expect({ status: page.status, html: page.body.toString().includes('<html') }).toEqual({ status: 406, html: false });
      const origin = new URL(production.url).origin;
      for (const url of urls) expect({ url, status: (await get(`${origin}${url}`)).status }).toEqual({ url, status: 404 });
    } finally {
      await production.stop();
    }
  });
});
