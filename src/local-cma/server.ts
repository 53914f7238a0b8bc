import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CMA_ERROR_CODES } from '../cma/vocabulary.ts';
import type { Route, RouteResult } from './context.ts';
import { FaultInjector, type FaultRule } from './fault-injector.ts';
import { CmaHttpError } from './json-api.ts';
import { toUtcDay } from './last-access.ts';
import { OWNER_PERMISSIONS, permissionsOf } from './permissions.ts';
import { RateLimiter, type RateLimitConfig, type RateLimitDecision } from './rate-limiter.ts';
import { accessTokenRoutes } from './routes/access-tokens.ts';
import { projectRoutes } from './routes/project.ts';
import { roleRoutes } from './routes/roles.ts';
import { initialData, newSecret, newSite, SEED_ADMIN_TOKEN_ID, type SeedKind } from './seed.ts';
import { FileStore } from './store.ts';
import type { StoreData } from './types.ts';

export type LocalCmaOptions = {
  /** The JSON data file; created and seeded when missing. */
  dataFile: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /**
   * What the data file is seeded with when it does not exist yet: the demo project (by default), or
   * `fresh`, a brand-new DatoCMS project's contents.
   */
  seed?: SeedKind;
  /**
   * Used only when the data file is first seeded: the secret of the demo admin token, or in a fresh
   * project the owner's credential.
   */
  adminToken?: string;
  /**
   * The project id GET /site answers (a numeric string). Chosen at random when the data file is first
   * seeded and kept in it; a data file of another project refuses to open with it.
   */
  siteId?: string;
  rateLimit?: RateLimitConfig;
  maxBodyBytes?: number;
  /** Request log lines (method, path, status, duration: never headers or bodies). */
  log?: (line: string) => void;
  now?: () => Date;
  /** Faults to inject from the start (more can be added through `faults`). */
  faults?: FaultRule[];
};

/** `startedAt` and `endedAt` (performance.now()) show which requests were in flight together. */
export type RecordedRequest = { method: string; path: string; status: number; startedAt: number; endedAt: number };

export type LocalCma = {
  url: string;
  port: number;
  store: FileStore;
  /**
   * A credential that may do everything: the owner's in a fresh project, else the demo admin token's
   * current secret, or null once that token was deleted.
   */
  adminToken: () => string | null;
  /** Every request answered, in order: what tests count to prove batching. */
  requests: RecordedRequest[];
  faults: FaultInjector;
  close: () => Promise<void>;
};

const routes: Route[] = [...accessTokenRoutes, ...roleRoutes, ...projectRoutes];
const DEFAULT_RATE_LIMIT: RateLimitConfig = { limit: 60, windowMs: 3_000 };
const DEFAULT_MAX_BODY_BYTES = 1_048_576;

function matchRoute(method: string, path: string) {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match && route.method === method) return { route, params: { ...match.groups } };
  }
  // The CMA answers an unrouted method or path alike (documented code; the 404 status is assumed).
  throw new CmaHttpError(404, CMA_ERROR_CODES.invalidEndpoint, { method, path });
}

/**
 * Projects created since 31 May 2022 refuse a request without X-Api-Version with a 422 (DatoCMS
 * product update of that date). The local CMA speaks version 3 only, so it refuses any other too.
 */
function requireApiVersion(request: IncomingMessage): void {
  const version = request.headers['x-api-version'];
  if (version !== '3') {
    throw new CmaHttpError(422, CMA_ERROR_CODES.invalidApiVersion, {
      message: version === undefined ? 'X-Api-Version header is required' : `X-Api-Version ${String(version)} is not supported (use 3)`,
    });
  }
}

// After a 413 the client may still be sending its body. The connection is closed, but not at once:
// a socket closed while data is still arriving is reset, and a reset can destroy the 413 before
// the client reads it (the reason for nginx's lingering close). So the rest of the body is read
// and thrown away, up to these bounds, and only then is the socket destroyed.
const LINGER_MS = 2_000;
const LINGER_MAX_BYTES = 16 * 1_048_576;

/**
 * Reads a request body of at most `maxBytes`. Past that it rejects with a 413 that closes the
 * connection, and drains the rest boundedly: a connection is never left open with a body half read
 * (the next request on it would be parsed from the middle of this one and never answered).
 */
function readBody(request: IncomingMessage, response: ServerResponse, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let drained = -1; // bytes thrown away since the limit was passed; -1 while under it
    request.on('data', (chunk: Buffer) => {
      if (drained >= 0) {
        drained += chunk.length;
        if (drained > LINGER_MAX_BYTES) request.socket.destroy();
        return;
      }
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      drained = 0;
      chunks.length = 0;
      drainThenClose(request, response);
      reject(new CmaHttpError(413, CMA_ERROR_CODES.requestTooLarge, { max_bytes: maxBytes }, { Connection: 'close' }));
    });
    request.on('end', () => {
      if (drained < 0) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    // The client gave up mid-body: nothing to answer, the handler's wait ends.
    request.on('error', reject);
  });
}

function drainThenClose(request: IncomingMessage, response: ServerResponse): void {
  const socket = request.socket;
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  if (response.headersSent) {
    // Refused before its body was read (unrouted, no X-Api-Version...), with keep-alive: once the
    // whole body has been read the connection is sound again and stays open.
    request.once('end', () => clearTimeout(timer));
    return;
  }
  // The 413 goes out with Connection: close, after which Node ends and destroys the socket as soon
  // as the answer is flushed, while the client's body may still be coming: half-close instead (the
  // 413 and a FIN go out, the rest of the body is still read), and let the client's close or the
  // bounds above end it.
  socket.destroySoon = () => socket.end();
}

function parseJsonBody(raw: string, contentType: string | undefined): unknown {
  if (raw.trim() === '') return undefined;
  // The official client sends application/json; the CMA's docs show application/vnd.api+json.
  if (!contentType || !/^application\/(vnd\.api\+)?json\b/i.test(contentType)) {
    throw new CmaHttpError(415, CMA_ERROR_CODES.invalidContentTypeHeader, { message: 'Content-Type must be application/json' });
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new CmaHttpError(400, CMA_ERROR_CODES.invalidJsonBody, { message: 'Body is not valid JSON' });
  }
}

function bearerSecret(request: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * The headers DatoCMS answers with, as recorded (datocms/ruby-datocms-client's VCR cassettes of
 * GET /roles and of a 404): CORS open to any origin, the environment, a request id, and a
 * Cache-Control that differs between a success and an error. A GET's success carries a weak ETag.
 */
function send(response: ServerResponse, result: RouteResult, headers: Record<string, string>, method: string) {
  const body = JSON.stringify(result.body);
  const success = result.status < 300;
  response.writeHead(result.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': success ? 'max-age=0, private, must-revalidate' : 'no-cache',
    ...(success && method === 'GET' ? { ETag: `W/"${createHash('md5').update(body).digest('hex')}"` } : {}),
    'X-Api-Version': '3',
    'X-Environment': 'main',
    'X-Request-Id': randomUUID(),
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset',
    ...headers,
  });
  response.end(body);
}

function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(decision.limit),
    'X-RateLimit-Remaining': String(decision.remaining),
  };
  if (!decision.allowed) headers['X-RateLimit-Reset'] = String(decision.resetSeconds);
  return headers;
}

/**
 * Gives a data file seeded before the local CMA served GET /site its project (created now, as far as
 * anyone can tell), and refuses one that belongs to another project than `siteId`.
 */
async function settleSite(store: FileStore, now: Date, siteId: string | undefined): Promise<void> {
  const existing = (store.data as Partial<StoreData>).site;
  if (existing === undefined) {
    await store.mutate((draft) => {
      draft.site = newSite(now, siteId);
    });
  } else if (siteId !== undefined && existing.id !== siteId) {
    throw new Error(
      `${store.path} holds project ${existing.id}, not ${siteId} (LOCAL_CMA_SITE_ID): unset it, or give this project another data file with LOCAL_CMA_DATA.`,
    );
  }
}

/** Starts a local CMA on loopback. Resolves once it is listening. */
export async function startLocalCma(options: LocalCmaOptions): Promise<LocalCma> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { store } = await FileStore.open(options.dataFile, () =>
    initialData(options.seed ?? 'demo', now(), options.adminToken ?? newSecret(), options.siteId),
  );
  try {
    await settleSite(store, now(), options.siteId);
  } catch (error) {
    await store.close();
    throw error;
  }
  const limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const faults = new FaultInjector();
  for (const rule of options.faults ?? []) faults.inject(rule);
  const requests: RecordedRequest[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse, path: string, rawBody: Promise<string>) {
    const method = request.method ?? 'GET';
    let headers: Record<string, string> = {};
    try {
      const { route, params } = matchRoute(method, path);
      requireApiVersion(request);
      const raw = await rawBody;

      const secret = bearerSecret(request);
      const owner = secret !== null && secret === store.data.site.owner_access_token;
      const caller = secret === null || owner ? undefined : store.data.access_tokens.find((token) => token.secret === secret);
      // A token without CMA access is refused like an unknown one (the upstream docs: "returns 401").
      if (!owner && (!caller || !caller.can_access_cma)) {
        throw new CmaHttpError(401, CMA_ERROR_CODES.invalidAuthorization, {
          message: secret === null ? 'Missing Authorization: Bearer header' : 'Invalid or revoked API token',
        });
      }

      const decision = limiter.take(caller?.id ?? 'owner');
      headers = rateLimitHeaders(decision);
      if (!decision.allowed) {
        throw new CmaHttpError(429, CMA_ERROR_CODES.rateLimitExceeded, { reset_in_seconds: decision.resetSeconds });
      }

      const today = toUtcDay(now());
      if (caller && caller.last_cma_access_on !== today) {
        // Written at most once per token per day, so reads do not each cost a disk write.
        await store.mutate((draft) => {
          const token = draft.access_tokens.find((candidate) => candidate.id === caller.id);
          if (token) token.last_cma_access_on = today;
        });
      }

      const body = parseJsonBody(raw, request.headers['content-type']);
      const current = caller && (store.data.access_tokens.find((token) => token.id === caller.id) ?? caller);
      const result = await route.handler({
        store,
        callerTokenId: current?.id ?? null,
        callerPermissions: current ? permissionsOf(current, store.data) : OWNER_PERMISSIONS,
        params,
        body,
        now: now(),
      });
      send(response, result, headers, method);
      return result.status;
    } catch (error) {
      if (error instanceof CmaHttpError) {
        send(response, { status: error.status, body: error.toBody() }, { ...headers, ...error.headers }, method);
        return error.status;
      }
      log(`[local-cma] internal error on ${method} ${path}: ${(error as Error).stack ?? String(error)}`);
      const internal = new CmaHttpError(500, 'INTERNAL_SERVER_ERROR');
      send(response, { status: 500, body: internal.toBody() }, headers, method);
      return 500;
    }
  }

  const server = createServer((request, response) => {
    const startedAt = performance.now();
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://local-cma').pathname;
    // The body is read as it arrives, as the CMA's front end does: a request received whole is
    // carried out even if its client gives up waiting (what a slow CMA does to a timed-out write).
    const rawBody = readBody(request, response, maxBodyBytes);
    rawBody.catch(() => undefined); // awaited by handle(), unless a fault answers first
    void (async () => {
      const injected = await faults.apply(method, path, request, response);
      const status = injected ?? (await handle(request, response, path, rawBody));
      requests.push({ method, path, status, startedAt, endedAt: performance.now() });
      log(`[local-cma] ${method} ${path} ${status} ${Math.round(performance.now() - startedAt)}ms`);
    })();
  });
  // Connections stay open between requests, as DatoCMS's do (its answers carry Connection:
  // keep-alive). Node's fetch drops a socket whose server keeps it less than its own 2 s margin,
  // so a short timeout would cost a new connection per call. close() ends the idle ones itself.
  server.keepAliveTimeout = 30_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    store,
    adminToken: () =>
      store.data.site.owner_access_token ??
      store.data.access_tokens.find((token) => token.id === SEED_ADMIN_TOKEN_ID)?.secret ??
      null,
    requests,
    faults,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
