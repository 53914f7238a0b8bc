// `npm run local-cma`: the local CMA on its own, for the official client, curl or the GraphQL server.
import { localCmaOptionsFromEnv } from './config.ts';
import { startLocalCma } from './server.ts';

try {
  const cma = await startLocalCma({ ...localCmaOptionsFromEnv(process.env), log: (line) => console.info(line) });
  const adminToken = cma.adminToken();
  // Printing this secret is the point: it is the demo credential of a local, throwaway project.
  process.stdout.write(
    [
      `Local CMA listening on ${cma.url} (data: ${cma.store.path})`,
      adminToken
        ? `${cma.store.data.site.owner_access_token ? "Project owner's token" : 'Demo admin token'}: ${adminToken}`
        : 'The seeded demo admin token was deleted; delete the data file to reseed.',
      `Try: curl -H "Authorization: Bearer <token>" -H "X-Api-Version: 3" ${cma.url}/access_tokens`,
      '',
    ].join('\n'),
  );
  const stop = () => void cma.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
