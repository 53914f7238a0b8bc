// `npm start` / `npm run serve`: configuration → CMA client factory → app → listen. The only file that listens.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { createCmaClientFactory } from './cma/client-factory.ts';
import { loadConfig, type Config } from './config.ts';
import { createJsonLogger } from './http/json-logger.ts';
import { withLingeringClose } from './http/lingering-close.ts';
import { openStore } from './store/connect.ts';

/** A failed listen, in words that name the setting to change. */
function listenFailure(error: NodeJS.ErrnoException, config: Config): Error {
  if (error.code === 'EADDRINUSE') return new Error(`Port ${config.port} on ${config.host} is already in use: set PORT to a free port.`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
    return new Error(`HOST ${config.host} is not an address of this machine: set HOST (127.0.0.1, or 0.0.0.0 for every interface).`);
  }
  if (error.code === 'EACCES') return new Error(`Port ${config.port} needs privileges this process lacks: set PORT above 1023.`);
  return error;
}

async function listen(server: Server, config: Config): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenFailure(error, config)));
    server.listen(config.port, config.host, resolve);
  });
}

async function main() {
  const config = loadConfig(process.env);
  const logger = createJsonLogger({ level: config.logLevel, write: (line) => process.stdout.write(`${line}\n`) });
  let cmaBaseUrl = config.cmaBaseUrl;
  let demoToken: string | null = null;
  let stopLocalCma = async () => undefined as void;

  if (cmaBaseUrl === undefined) {
    // No CMA configured: run the project's local CMA in-process, reached over loopback HTTP
    // through exactly the client code that talks to DatoCMS.
    const { startLocalCma } = await import('./local-cma/server.ts');
    const { localCmaOptionsFromEnv } = await import('./local-cma/config.ts');
    const localOptions = localCmaOptionsFromEnv(process.env);
    // Beside the GraphQL server the local CMA takes a free port, unless one is asked for.
    const port = process.env.LOCAL_CMA_PORT === undefined ? 0 : localOptions.port;
    const localCma = await startLocalCma({ ...localOptions, port }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE' ? new Error(`LOCAL_CMA_PORT ${port} is already in use: set LOCAL_CMA_PORT to a free port, or leave it unset.`) : error;
    });
    cmaBaseUrl = localCma.url;
    demoToken = localCma.adminToken();
    stopLocalCma = localCma.close;
  }

  const store = await openStore(config.store).catch(async (error: Error) => {
    await stopLocalCma();
    throw new Error(`The store could not be opened (${config.store.databaseUrl ? 'DATABASE_URL' : 'STORE_DIR'}): ${error.message}`);
  });
  const app = createApp({
    config,
    store,
    webhooks: config.webhooks,
    clientFactory: createCmaClientFactory({ baseUrl: cmaBaseUrl, policy: config.cma }),
    cmaBaseUrl,
    log: { level: config.logLevel },
    ...(demoToken === null ? {} : { demoToken }),
  });
  const server = createServer(
    withLingeringClose(app, {
      limits: config.linger,
      onCut: (outcome) => logger.info({ msg: 'connection cut: the client kept sending a refused body', ...outcome }),
    }),
  );
  let inFlight = 0;
  let stopping = false;
  server.on('request', (_request, response) => {
    inFlight += 1;
    response.once('close', () => {
      inFlight -= 1;
      // Once stopping, a connection whose answer went out is not kept alive for another request.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  try {
    await listen(server, config);
  } catch (error) {
    await store.close();
    await stopLocalCma();
    throw error;
  }

  // The bound port, which PORT=0 leaves to the system.
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql`;
  logger.info({ msg: 'listening', url, cma: demoToken === null ? cmaBaseUrl : 'local', store: store.describe, graphiql: config.graphiql });
  if (demoToken !== null) {
    // For the person who ran `npm start`, not for a log: the local CMA's demo secret belongs to a
    // throwaway local project, and printing it is the point.
    process.stdout.write(
      [
        `GraphQL API on ${url}${config.graphiql ? ' (open it in a browser for GraphiQL)' : ''}`,
        `CMA: local CMA at ${cmaBaseUrl} (set DATOCMS_CMA_BASE_URL to use DatoCMS)`,
        `Demo admin token (send as "Authorization: Bearer <token>"): ${demoToken}`,
        '',
      ].join('\n'),
    );
  } else {
    process.stdout.write(`GraphQL API on ${url}\n`);
  }

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ msg: 'stopping', signal, inFlight, timeoutMs: config.shutdownTimeoutMs });
    // No new connections; idle kept-alive ones close now, busy ones once their answer is sent.
    server.close(() => {
      logger.info({ msg: 'stopped: every request in flight was answered' });
      void store
        .close()
        .then(stopLocalCma)
        .then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn({ msg: 'stopping: requests still in flight after the timeout are cut', inFlight });
      server.closeAllConnections();
    }, config.shutdownTimeoutMs).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
