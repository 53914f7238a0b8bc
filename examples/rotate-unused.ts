// Rotates every token unused on every API since the start of last month. A dry run unless --apply;
// each rotation is guarded by the version just read, so a token changed meanwhile is left alone.
//   DATOCMS_API_TOKEN=… npm run example:rotate-unused [-- --apply]
import { clientFromEnv } from './client-from-env.ts';

const client = clientFromEnv();
const apply = process.argv.includes('--apply');
// NEVER: not used since the start of last month (the CMA's last-access buckets).
const unused = await client.listAccessTokens({ lastCmaAccess: ['NEVER'], lastCdaAccess: ['NEVER'] });

for (const token of unused) {
  if (!apply) {
    process.stdout.write(`would rotate ${token.id} "${token.name}"\n`);
    continue;
  }
  const result = await client.rotateAccessToken(token.id, { expectedVersion: token.version });
  switch (result.__typename) {
    case 'RotateAccessTokenSuccess':
      // The new secret is not printed: read it from accessToken(id) { token } where it is needed.
      process.stdout.write(`rotated ${token.id} "${token.name}"\n`);
      break;
    case 'ConflictError':
      process.stdout.write(`skipped ${token.id} "${token.name}": it changed since it was read (${result.message})\n`);
      break;
    case 'UpstreamUnavailableError':
      process.stdout.write(`${result.outcomeUnknown ? 'unknown' : 'failed'} ${token.id} "${token.name}": ${result.message}\n`);
      break;
    default:
      process.stdout.write(`failed ${token.id} "${token.name}": ${result.__typename}: ${result.message}\n`);
  }
}
process.stdout.write(`${unused.length} unused tokens${apply ? '' : ' (dry run: --apply rotates them)'}\n`);
