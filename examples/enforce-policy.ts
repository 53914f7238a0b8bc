// Applies the project's token policy (expired tokens rotated, deleted or announced; warnings before
// expiry), for a scheduler to run with a token that may manage API tokens:
//   DATOCMS_API_TOKEN=… npm run enforce-policy [-- --dry-run] [--secrets-out FILE] [--verbose]
// One line per token acted on (--verbose: skipped ones too), then a summary. Exit code 0 when
// nothing failed, 1 when an action failed or the run was refused, 2 for a usage error.
//
// A rotated token's new secret is never printed: a scheduler's output ends up in CI logs and
// `kubectl logs`, kept long and read widely. With --secrets-out it is appended to FILE (created with
// mode 0600, refused if others may read it), one JSON object per line, for whoever deploys it;
// without, it stays where the CMA keeps it, for a token manager to read (accessToken(id) { token }).
import { open, type FileHandle } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { TokenAdminRequestError, type EnforceTokenPolicyMutation } from 'datocms-token-admin/sdk';
import { clientFromEnv } from './client-from-env.ts';

type Success = Extract<EnforceTokenPolicyMutation['enforceTokenPolicy'], { __typename: 'EnforceTokenPolicySuccess' }>;
type Outcome = Success['outcomes'][number];

const USAGE = 'usage: npm run enforce-policy -- [--dry-run] [--secrets-out FILE] [--verbose]\n';

let options: { 'dry-run': boolean; 'secrets-out'?: string; verbose: boolean };
try {
  options = parseArgs({
    options: { 'dry-run': { type: 'boolean', default: false }, 'secrets-out': { type: 'string' }, verbose: { type: 'boolean', default: false } },
    strict: true,
  }).values as typeof options;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const dryRun = options['dry-run'];
const client = clientFromEnv();

/**
 * Opened before anything is rotated, so that a file it cannot write stops the run rather than
 * losing the secrets. Appended to: secrets of an earlier run not yet deployed stay in it.
 */
async function openSecretsFile(path: string): Promise<FileHandle> {
  let file: FileHandle;
  try {
    file = await open(path, 'a', 0o600);
  } catch (error) {
    process.stderr.write(`--secrets-out: cannot open ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    process.exit(2);
  }
  const mode = (await file.stat()).mode & 0o777;
  if (mode & 0o077) {
    await file.close();
    process.stderr.write(`--secrets-out: ${path} may be read by others (mode ${mode.toString(8)}): chmod 600 it, or name a new file\n`);
    process.exit(2);
  }
  return file;
}

const secrets = options['secrets-out'] !== undefined && !dryRun ? await openSecretsFile(options['secrets-out']) : undefined;
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : 'never');

/** The line for one outcome; never a secret. */
function lineFor(outcome: Outcome): string {
  const { accessToken: token } = outcome;
  const head = `${outcome.status} ${token.id} "${token.name}"${token.owner ? ` (owner: ${token.owner})` : ''}`;
  switch (outcome.status) {
    case 'ROTATED':
      return `${head}: new expiry ${day(outcome.expiresAt)}; new secret ${
        secrets ? `appended to ${options['secrets-out']}` : `not shown: read accessToken(id: "${token.id}") { token } to deploy it`
      }`;
    case 'WOULD_ROTATE':
      return `${head}: expired ${day(token.expiresAt)}, new expiry would be ${day(outcome.expiresAt)}`;
    case 'DELETED':
    case 'WOULD_DELETE':
      return `${head}: expired ${day(outcome.expiresAt)}`;
    case 'WARNED':
    case 'WOULD_WARN':
      return `${head}: expires ${day(outcome.expiresAt)}${outcome.reason ? ` (${outcome.reason})` : ''}`;
    case 'FAILED':
      return `${head}: ${outcome.error ? `${outcome.error.__typename}: ${outcome.error.message}` : 'failed'}`;
    case 'SKIPPED':
      return `${head}: ${outcome.reason ?? 'nothing to do'}`;
  }
}

let result: EnforceTokenPolicyMutation['enforceTokenPolicy'];
try {
  result = await client.enforceTokenPolicy({ dryRun });
} catch (error) {
  if (!(error instanceof TokenAdminRequestError)) throw error;
  process.stderr.write(`enforceTokenPolicy failed: ${error.code ? `${error.code}: ` : ''}${error.message}\n`);
  process.exit(1);
}
if (result.__typename !== 'EnforceTokenPolicySuccess') {
  process.stderr.write(`enforceTokenPolicy refused: ${result.__typename}: ${result.message}\n`);
  process.exit(1);
}

let skipped = 0;
for (const outcome of result.outcomes) {
  if (outcome.status === 'SKIPPED') {
    skipped += 1;
    if (!options.verbose) continue;
  }
  if (outcome.status === 'ROTATED' && secrets && outcome.accessToken.token) {
    const { id, name, owner } = outcome.accessToken;
    await secrets.appendFile(`${JSON.stringify({ id, name, owner, expiresAt: outcome.expiresAt, rotatedAt: new Date().toISOString(), token: outcome.accessToken.token })}\n`);
  }
  process.stdout.write(`${lineFor(outcome)}\n`);
}
await secrets?.sync();
await secrets?.close();

const acting = result.outcomes.length - skipped - result.failed;
process.stdout.write(
  dryRun
    ? `${acting} tokens would be acted on, ${skipped} skipped (dry run: nothing done or sent)\n`
    : `${result.acted} tokens acted on, ${result.failed} failed, ${skipped} skipped\n`,
);
process.exitCode = result.failed > 0 ? 1 : 0;
