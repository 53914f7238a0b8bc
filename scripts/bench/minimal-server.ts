// The bench's ceiling arm: the least a GraphQL server can do to answer `{ accessTokens { id name } }`
// from the CMA with this stack. Yoga with no plugins, one resolver calling the official client with
// the caller's bearer. No validation, loaders, locks, logs or metrics: what the real server does
// beyond this is the cost of those. Started by scripts/bench.ts, never in production.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildClient } from '@datocms/cma-client-node';
import { createSchema, createYoga } from 'graphql-yoga';

// Run under tsx: without this every call would pay for source-mapped stack traces (the official
// client captures one per call) that the compiled server does not.
process.setSourceMapsEnabled(false);

const baseUrl = process.env.DATOCMS_CMA_BASE_URL!;
const schema = createSchema<{ request: Request }>({
  typeDefs: 'type AccessToken { id: ID! name: String! } type Query { accessTokens: [AccessToken!]! }',
  resolvers: {
    Query: {
      accessTokens: (_root, _args, { request }) =>
        buildClient({ apiToken: request.headers.get('authorization')!.slice('Bearer '.length), baseUrl, autoRetry: false }).accessTokens.list(),
    },
  },
});
const server = createServer(createYoga({ schema, landingPage: false, graphiql: false, logging: false }));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`minimal GraphQL server on http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
