import { createTokenAdminClient } from 'datocms-token-admin/sdk';

/** The API's GraphQL endpoint: TOKEN_ADMIN_URL, or `npm start`'s. */
export const tokenAdminUrl = () => process.env.TOKEN_ADMIN_URL ?? 'http://127.0.0.1:4000/graphql';

/** The SDK client, from TOKEN_ADMIN_URL (default: `npm start`'s) and DATOCMS_API_TOKEN. */
export function clientFromEnv() {
  const token = process.env.DATOCMS_API_TOKEN;
  if (!token) {
    process.stderr.write('Set DATOCMS_API_TOKEN to your DatoCMS API token (npm start prints the local demo one).\n');
    process.exit(2);
  }
  return createTokenAdminClient({ url: tokenAdminUrl(), token });
}
