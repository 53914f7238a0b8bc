// `datocms-token-admin/sdk`: a typed client for internal tools. Operations live in operations/*.graphql;
// their types are GraphQL Code Generator's (`npm run codegen`), never written by hand.
export { createTokenAdminClient, TokenAdminRequestError, type PageOptions, type TokenAdminClient, type TokenAdminClientOptions } from './client.ts';
export * from './generated/graphql.ts';
