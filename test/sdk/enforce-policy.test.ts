import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenAdminClient } from 'datocms-token-admin/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

// `npm run enforce-policy`, run as a scheduler would, against a live server: expired tokens made so
// by moving their recorded expiry into the past in the store (the API refuses a past expiresAt).

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

let stack: TestStack;
let dir: string;
beforeAll(async () => {
  stack = await startTestStack();
  dir = await mkdtemp(join(tmpdir(), 'enforce-policy-'));
});
afterAll(async () => {
  await stack.stop();
  await rm(dir, { recursive: true, force: true });
});

const client = () => createTokenAdminClient({ url: stack.url, token: TEST_ADMIN_TOKEN });

type Run = { code: number; stdout: string; stderr: string };
function enforcePolicy(args: string[], bearer = TEST_ADMIN_TOKEN): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'enforce-policy', '--', ...args],
      { env: { ...process.env, TOKEN_ADMIN_URL: stack.url, DATOCMS_API_TOKEN: bearer } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every secret the CMA holds now, the caller's own included. */
const allSecrets = () => [TEST_ADMIN_TOKEN, ...stack.cma.store.data.access_tokens.map((token) => token.secret)];
const expectNoSecret = (run: Run, secrets: string[]) => {
  for (const secret of secrets) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
};

async function newToken(name: string, owner: string, expiresAt: string) {
  const created = await client().createAccessToken({ name, owner, expiresAt, roleId: SEEDED.roles.readOnly, canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false });
  if (created.__typename !== 'CreateAccessTokenSuccess') throw new Error(`expected a success, got ${JSON.stringify(created)}`);
  return created.accessToken.id;
}
const expire = (id: string) =>
  stack.store.db.updateTable('access_token_records').set({ expires_at: new Date(Date.now() - 2 * DAY_MS) }).where('token_id', '=', id).execute();

describe('npm run enforce-policy', () => {
  let expired: string;
  let expiring: string;
  beforeEach(async () => {
    // Each case starts from tokens of its own: what an earlier case rotated or warned is left alone.
    for (const token of stack.cma.store.data.access_tokens.filter((candidate) => Number(candidate.id) >= 200)) {
      await client().deleteAccessToken(token.id);
    }
    await client().updateTokenPolicy({ onExpiry: 'ROTATE', defaultLifetimeDays: 90, warnDaysBefore: [7] });
    expired = await newToken('Nightly export', 'data-team@example.com', inDays(5));
    await expire(expired);
    expiring = await newToken('Status page', 'web@example.com', inDays(5));
  });

  it('with --dry-run lists what it would do, one line per token, and does nothing', async () => {
    const before = stack.cma.secretOf(expired);
    const run = await enforcePolicy(['--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^WOULD_ROTATE ${expired} "Nightly export" \\(owner: data-team@example.com\\): expired ${inDays(-2).slice(0, 10)}, new expiry would be ${inDays(90).slice(0, 10)}$`)),
      `WOULD_WARN ${expiring} "Status page" (owner: web@example.com): expires ${inDays(5).slice(0, 10)}`,
      '2 tokens would be acted on, 7 skipped (dry run: nothing done or sent)',
    ]);
    expect(stack.cma.secretOf(expired)).toBe(before);
    expect((await client().history(expiring))!.nodes.map((event) => event.kind)).toEqual(['CREATED']);
  });

  it('rotates the expired token and warns the expiring one, appending the new secret to a 0600 --secrets-out file and printing none', async () => {
    const before = stack.cma.secretOf(expired);
    const secretsFile = join(dir, 'rotated.jsonl');
    const run = await enforcePolicy(['--secrets-out', secretsFile]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = stack.cma.secretOf(expired);
    expect(after).not.toBe(before);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `ROTATED ${expired} "Nightly export" (owner: data-team@example.com): new expiry ${inDays(90).slice(0, 10)}; new secret appended to ${secretsFile}`,
      `WARNED ${expiring} "Status page" (owner: web@example.com): expires ${inDays(5).slice(0, 10)} (Expires within 7 days)`,
      '2 tokens acted on, 0 failed, 7 skipped',
    ]);
    expectNoSecret(run, [...allSecrets(), before]);

    expect((await stat(secretsFile)).mode & 0o777).toBe(0o600);
    const [entry, ...more] = (await readFile(secretsFile, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ id: expired, name: 'Nightly export', owner: 'data-team@example.com', token: after });
    expect(Date.parse(entry!.expiresAt as string) - Date.now()).toBeGreaterThan(89 * DAY_MS);

    // Run again: the rotated token's expiry is renewed and the warning was sent, so nothing is left to do.
    const again = await enforcePolicy(['--secrets-out', secretsFile]);
    expect({ code: again.code, stdout: again.stdout }).toEqual({ code: 0, stdout: '0 tokens acted on, 0 failed, 9 skipped\n' });
    expect(stack.cma.secretOf(expired)).toBe(after);
    expect((await readFile(secretsFile, 'utf8')).trimEnd().split('\n')).toHaveLength(1);
  });

  it('without --secrets-out prints no secret, and says where the new one is; --verbose lists the skipped tokens too', async () => {
    const run = await enforcePolicy(['--verbose']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`ROTATED ${expired} "Nightly export" (owner: data-team@example.com): new expiry ${inDays(90).slice(0, 10)}; new secret not shown: read accessToken(id: "${expired}") { token } to deploy it\n`);
    expect(run.stdout).toContain(`SKIPPED ${SEEDED.demoAdmin} "Demo admin token": `);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2 + 7 + 1);
    expectNoSecret(run, allSecrets());
  });

  it('refuses a --secrets-out file others may read, before anything is done', async () => {
    const open = join(dir, 'world-readable.jsonl');
    await writeFile(open, '', { mode: 0o644 });
    const before = stack.cma.secretOf(expired);
    const run = await enforcePolicy(['--secrets-out', open]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `--secrets-out: ${open} may be read by others (mode 644): chmod 600 it, or name a new file\n` });
    expect(stack.cma.secretOf(expired)).toBe(before);
  });

  it('exits 1 when an action failed, naming the token and the error, after acting on the others', async () => {
    stack.cma.faults.inject({ method: 'POST', path: `/access_tokens/${expired}/regenerate_token`, kind: 'status', status: 503, times: 1 });
    try {
      const run = await enforcePolicy([]);
      expect(run.code).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(new RegExp(`^FAILED ${expired} "Nightly export" \\(owner: data-team@example.com\\): UpstreamUnavailableError: .+`));
      expect(lines.slice(1)).toEqual([
        `WARNED ${expiring} "Status page" (owner: web@example.com): expires ${inDays(5).slice(0, 10)} (Expires within 7 days)`,
        '1 tokens acted on, 1 failed, 7 skipped',
      ]);
      expectNoSecret(run, allSecrets());
    } finally {
      stack.cma.faults.clear();
    }
  });

  it('exits 1 when the caller may not manage API tokens, printing neither its bearer nor any secret', async () => {
    const editor = stack.cma.secretOf(SEEDED.importScript);
    const run = await enforcePolicy([], editor);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("enforceTokenPolicy refused: PermissionDeniedError: The API token's role does not allow this (INSUFFICIENT_PERMISSIONS)\n");
    expectNoSecret(run, allSecrets());
  });

  it('exits 2 on an unknown option, doing nothing', async () => {
    const before = stack.cma.secretOf(expired);
    const run = await enforcePolicy(['--dryrun']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run enforce-policy -- [--dry-run] [--secrets-out FILE] [--verbose]');
    expect(stack.cma.secretOf(expired)).toBe(before);
  });
});
