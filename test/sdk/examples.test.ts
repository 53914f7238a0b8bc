import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

// The example tools, run as a person would (npm run example:…), against a live server.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const run = async (script: string, ...args: string[]) =>
  (
    await promisify(execFile)('npm', ['run', '--silent', script, '--', ...args], {
      env: { ...process.env, TOKEN_ADMIN_URL: stack.url, DATOCMS_API_TOKEN: TEST_ADMIN_TOKEN },
    })
  ).stdout;

describe('examples/audit-report.ts', () => {
  it('prints the audit as a table', async () => {
    const lines = (await run('example:audit')).trim().split('\n');
    expect(lines[0]).toMatch(/^SEVERITY\s+FINDING\s+TOKEN\s+NAME\s+WHY$/);
    expect(lines).toContainEqual(expect.stringMatching(/^CRITICAL\s+CAN_MANAGE_ACCESS_TOKENS\s+102\s+Demo admin token\s+Can call the CMA/));
    expect(lines.at(-1)).toMatch(/^\d+ findings$/);
  });

  it('prints JSON with --json', async () => {
    const rows = JSON.parse(await run('example:audit', '--json')) as { severity: string; tokenId: string; kind: string }[];
    expect(rows).toContainEqual(expect.objectContaining({ severity: 'HIGH', kind: 'UNUSED_WRITE_TOKEN', tokenId: SEEDED.importScript }));
    expect(rows.map((row) => row.severity)).toEqual([...rows.map((row) => row.severity)].sort(
      (a, b) => ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'].indexOf(a) - ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'].indexOf(b),
    ));
  });
});

describe('examples/rotate-unused.ts', () => {
  const unused = [SEEDED.importScript, SEEDED.newsletterSync]; // unused on every API since the start of last month
  const secrets = () => Object.fromEntries(stack.cma.store.data.access_tokens.map((token) => [token.id, token.secret]));

  it('lists what it would rotate, and rotates nothing, by default', async () => {
    const before = secrets();
    const output = await run('example:rotate-unused');
    expect(output).toBe(
      `would rotate 105 "Import script"\nwould rotate 107 "Newsletter sync"\n2 unused tokens (dry run: --apply rotates them)\n`,
    );
    expect(secrets()).toEqual(before);
  });

  it('rotates exactly the unused tokens with --apply, one outcome line each, printing no secret', async () => {
    const before = secrets();
    const output = await run('example:rotate-unused', '--apply');
    expect(output).toBe(`rotated 105 "Import script"\nrotated 107 "Newsletter sync"\n2 unused tokens\n`);
    const after = secrets();
    for (const [id, secret] of Object.entries(before)) {
      if (unused.includes(id as never)) expect(after[id]).not.toBe(secret);
      else expect(after[id]).toBe(secret);
      expect(output).not.toContain(after[id]!);
    }
  });
});
