// `npm start`: configuration → CMA client factory → app → listen. The only file that listens.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { createCmaClientFactory } from './cma/client-factory.ts';
import { loadConfig } from './config.ts';

async function main() {
  const config = loadConfig(process.env);
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
    const localCma = await startLocalCma({ ...localOptions, port });
    cmaBaseUrl = localCma.url;
    demoToken = localCma.adminToken();
    stopLocalCma = localCma.close;
  }

  const app = createApp({
    config,
    clientFactory: createCmaClientFactory({ baseUrl: cmaBaseUrl, policy: config.cma }),
    ...(demoToken === null ? {} : { demoToken }),
  });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });

  // The bound port, which PORT=0 leaves to the system.
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql`;
  const lines = [
    `GraphQL API on ${url}${config.graphiql ? ' (open it in a browser for GraphiQL)' : ''}`,
    `CMA: ${demoToken === null ? cmaBaseUrl : `local CMA at ${cmaBaseUrl} (set DATOCMS_CMA_BASE_URL to use DatoCMS)`}`,
  ];
  // The local CMA's demo secret is printed on purpose: it belongs to a throwaway local project.
  if (demoToken !== null) lines.push(`Demo admin token (send as "Authorization: Bearer <token>"): ${demoToken}`);
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = () => {
    server.close();
    void stopLocalCma().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
