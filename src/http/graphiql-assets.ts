import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

// GraphiQL's scripts, styles, editor workers and icon, served as files of their own instead of
// inlined into every page (9 MB per open, never cached). They come from the bundle that
// @graphql-yoga/render-graphiql ships, resolved through the package (so `npm run serve` finds it
// from dist/ as tsx does from src/), loaded on the first open: a server without GraphiQL never
// holds them. Their URLs carry a hash of their contents, so a browser may keep them for a year.

export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

const gzip = promisify(gzipCallback);

type Bytes = Uint8Array<ArrayBuffer>;

type Asset = {
  body: Bytes;
  contentType: string;
  etag: string;
  /** Started with the load, awaited by the first request that accepts gzip; undefined if it failed. */
  gzipped?: Promise<Bytes | undefined>;
};

export type GraphiQLAssets = {
  /** The hash of every asset's name and contents: the path segment that makes the URLs immutable. */
  version: string;
  /** Same-origin absolute URL of an asset. */
  url: (name: AssetName) => string;
  files: ReadonlyMap<string, Asset>;
};

type AssetName = 'graphiql.js' | 'graphiql.css' | 'favicon.ico' | 'start.js' | keyof typeof WORKER_FILES;

/** Monaco's worker labels, as render-graphiql's inline page maps them, to the files served here. */
const WORKER_FILES = {
  'editor.worker.js': 'editorWorkerService',
  'json.worker.js': 'json',
  'graphql.worker.js': 'graphql',
} as const;

/**
 * What render-graphiql's page runs inline, as a file so that the page can forbid inline scripts:
 * Monaco's workers from this server (their files sit beside this one), then GraphiQL rendered
 * with the options the page carries as JSON data. It runs before graphiql.js, as the inline
 * original does, and renders once graphiql.js has run.
 */
const START_JS = `(function () {
  'use strict';
  var base = document.currentScript.src.replace(/[^/]*$/, '');
  var workers = ${JSON.stringify(Object.fromEntries(Object.entries(WORKER_FILES).map(([file, label]) => [label, file])))};
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (moduleId, label) {
      return base + workers[label];
    },
  };
  document.addEventListener('DOMContentLoaded', function () {
    var options = JSON.parse(document.getElementById('graphiql-options').textContent);
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
  });
})();
`;

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A copy in an ArrayBuffer of its own, as a Response body wants. */
const bytes = (buffer: Buffer): Bytes => new Uint8Array(buffer);

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function dataUrlBytes(dataUrl: string): { body: Buffer; contentType: string } {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('render-graphiql: its favicon is no longer a base64 data URL');
  return { contentType: match[1]!, body: Buffer.from(match[2]!, 'base64') };
}

async function load(): Promise<GraphiQLAssets> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const favicon = dataUrlBytes(bundle.favicon);
  const sources: [AssetName, string | Buffer, string][] = [
    ['graphiql.js', bundle.js, JS],
    ['graphiql.css', bundle.css, CSS],
    ['favicon.ico', favicon.body, favicon.contentType],
    ['start.js', START_JS, JS],
    ['editor.worker.js', bundle.editorWorkerService, JS],
    ['json.worker.js', bundle.jsonWorker, JS],
    ['graphql.worker.js', bundle.graphqlWorker, JS],
  ];
  const files = new Map<string, Asset>();
  const whole = createHash('sha256');
  for (const [name, source, contentType] of sources) {
    const body = bytes(Buffer.isBuffer(source) ? source : Buffer.from(source, 'utf8'));
    const hash = sha256(body);
    whole.update(`${name}\0${hash}\0`);
    const compressible = contentType === JS || contentType === CSS;
    files.set(name, {
      body,
      contentType,
      etag: `"${hash.slice(0, 32)}"`,
      ...(compressible ? { gzipped: gzip(body).then(bytes, () => undefined) } : {}),
    });
  }
  const version = whole.digest('hex').slice(0, 16);
  return { version, files, url: (name) => `${GRAPHIQL_ASSET_PREFIX}${version}/${name}` };
}

let loaded: Promise<GraphiQLAssets> | undefined;

/** GraphiQL's assets, read from the package once per process. */
export function loadGraphiQLAssets(): Promise<GraphiQLAssets> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** True when the client names gzip without refusing it (q=0); every browser names it. */
function acceptsGzip(header: string | null): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip') return false;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

const notFound = (Response: typeof globalThis.Response) =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * The GraphiQL page's CSP: scripts and workers from this server only and no inline script (the
 * page holds a credential, so a script slipped into a query or a header must not run), inline
 * styles because Monaco injects its own, fetches to this server only, never framed.
 */
export const GRAPHIQL_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves GET /graphiql/<version>/<file> without auth (the files are public code) and gives the
 * GraphiQL page its headers. Install it only when GraphiQL is on: off, these paths are Yoga's 404.
 * Any other version or file is 404, so a page from an older build cannot mix its assets with ours.
 */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const assets = await loadGraphiQLAssets();
      const [version, name, ...rest] = url.pathname.slice(GRAPHIQL_ASSET_PREFIX.length).split('/');
      const asset = version === assets.version && rest.length === 0 && name ? assets.files.get(name) : undefined;
      if (!asset) {
        endResponse(notFound(fetchAPI.Response));
        return;
      }
      const gzipped = asset.gzipped && acceptsGzip(request.headers.get('accept-encoding')) ? await asset.gzipped : undefined;
      // Each encoding is its own representation, so each has its own tag.
      const etag = gzipped ? asset.etag.replace(/"$/, '-gzip"') : asset.etag;
      const headers: Record<string, string> = {
        'content-type': asset.contentType,
        'cache-control': IMMUTABLE,
        etag,
        'x-content-type-options': 'nosniff',
        ...(asset.gzipped ? { vary: 'accept-encoding' } : {}),
      };
      if (request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const body = gzipped ?? asset.body;
      if (gzipped) headers['content-encoding'] = 'gzip';
      headers['content-length'] = String(body.byteLength);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
    // Yoga answers the page itself (renderGraphiQL); its headers are added here. No cache may
    // store it: the demo token is in it.
    onResponse({ request, response }) {
      if (request.method !== 'GET' || !response.headers.get('content-type')?.startsWith('text/html')) return;
      response.headers.set('content-security-policy', GRAPHIQL_PAGE_CSP);
      response.headers.set('cache-control', 'no-store');
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  };
}
