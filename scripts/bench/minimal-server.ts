// The bench's reference server: the least a GraphQL server can do to answer `{ accessTokens { id name } }`
// from the CMA with this stack, and to update or delete a token with the CMA calls the API makes for
// them. Yoga with no plugins, resolvers calling the official client with the caller's bearer. No
// validation, loaders, locks, store, logs or metrics: what the real server does beyond this is the
// cost of those. Started by scripts/bench.ts, never in production.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildClient } from '@datocms/cma-client-node';
import { createSchema, createYoga } from 'graphql-yoga';

// Run under tsx: without this every call would pay for source-mapped stack traces (the official
// client captures one per call) that the compiled server does not.
process.setSourceMapsEnabled(false);

const baseUrl = process.env.DATOCMS_CMA_BASE_URL!;
const clientOf = (request: Request) =>
  buildClient({ apiToken: request.headers.get('authorization')!.slice('Bearer '.length), baseUrl, autoRetry: false });

const schema = createSchema<{ request: Request }>({
  typeDefs: `
    type AccessToken { id: ID! name: String! }
    type Query { accessTokens: [AccessToken!]! }
    type Mutation { updateAccessToken(id: ID!, name: String!): AccessToken! deleteAccessToken(id: ID!): ID! }
  `,
  resolvers: {
    Query: {
      accessTokens: (_root, _args, { request }) => clientOf(request).accessTokens.list(),
    },
    Mutation: {
      // As the API does: the token and the roles read together, then the whole body the CMA requires.
      updateAccessToken: async (_root, { id, name }: { id: string; name: string }, { request }) => {
        const client = clientOf(request);
        const [token] = await Promise.all([client.accessTokens.find(id), client.roles.list()]);
        const { can_access_cda, can_access_cda_preview, can_access_cma, role } = token;
        return client.accessTokens.update(id, { name, role: role ?? undefined, can_access_cda, can_access_cda_preview, can_access_cma });
      },
      deleteAccessToken: async (_root, { id }: { id: string }, { request }) => {
        await clientOf(request).accessTokens.destroy(id);
        return id;
      },
    },
  },
});
const server = createServer(createYoga({ schema, landingPage: false, graphiql: false, logging: false }));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`minimal GraphQL server on http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
