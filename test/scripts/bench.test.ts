import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const number = String.raw`-?\d+(?:\.\d+)?`;
const spread = String.raw`${number} \(${number}–${number}\)`;

/** Whether something still listens on the port (the bench's PostgreSQL cluster must not). */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

// The bench is a script, not a timed test: the suite only checks that it builds, starts what it
// needs (the store on, PGlite and PostgreSQL), measures every figure on both and stops what it
// started, on a setting of a few seconds. Its figures are not judged here, only their shape.
describe('npm run bench', () => {
  it('measures every figure of the table on both stores on the tiny setting and stops what it started', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', 'bench'], {
      env: { ...process.env, BENCH_SCALE: 'tiny' },
      timeout: 280_000,
    });
    const lines = stdout.split('\n');
    expect(lines.find((line) => line.startsWith('figure'))).toMatch(/^figure\s+PGlite\s+PostgreSQL\s+goal$/);
    const goals = lines.filter((line) => / (met|NOT MET)$/.test(line) && !line.startsWith('bench'));
    expect(goals.map((row) => row.trim().split(/\s{2,}/)[0])).toEqual([
      'read latency / L: tokens with role and inherited roles',
      'read latency / L: roles with their tokens',
      'read latency / L: audit',
      'read latency / L: effective capabilities',
      'updateAccessToken latency / L',
      'createAccessToken latency / L',
      'rotateAccessToken latency / L',
      'deleteAccessToken latency / L',
      '÷ the minimal server in the same round',
      'heap after gc (MB) every 200 of 400 requests',
      'CMA calls per read query (most of the four)',
      'effectiveCapabilities at N=30: ms beyond listing the tokens',
      'accessTokenAudit at N=30: ms beyond listing the tokens',
    ]);
    // Every goal row carries a figure for each store, then the goal.
    for (const row of goals.filter((line) => /latency|÷ the minimal/.test(line))) {
      expect(row).toMatch(new RegExp(String.raw`\s${spread}\s+${spread}\s+[≤≥] \d\.\d+ (met|NOT MET)$`));
    }
    // The floor beside the write goals: the minimal server making the same CMA calls for an update and a delete.
    expect(stdout).toMatch(new RegExp(String.raw`^ {2}the minimal server, same CMA calls: update / L; delete / L\s+${spread}; ${spread}\s+reference$`, 'm'));
    expect(stdout).toMatch(new RegExp(String.raw`^ {2}server CPU per request \(ms\)\s+${spread}\s+${spread}\s+reference$`, 'm'));
    expect(stdout).toMatch(
      new RegExp(String.raw`^minimal server, Yoga \+ official client alone: requests/s; CPU per request \(ms\)\s+${spread}; ${spread}\s+reference$`, 'm'),
    );
    expect(stdout).toMatch(new RegExp(String.raw`^ {2}API ÷ official client \(the old goal, 0\.7, retired\)\s+${spread}\s+${spread}\s+reference$`, 'm'));
    const cpu = /^ {2}server CPU per request \(ms\)\s+([\d.]+)/m.exec(stdout)!;
    expect(Number(cpu[1])).toBeGreaterThan(0);
    expect(stdout).toMatch(/^heap after gc \(MB\) every 200 of 400 requests\s+\d+ → \d+ → \d+\s+\d+ → \d+ → \d+\s/m);
    // Every one of the four reads needs tokens and roles: two calls on each store, the bearer's GET /site remembered.
    expect(stdout).toMatch(/^CMA calls per read query \(most of the four\)\s+N=10: 2, N=30: 2\s+N=10: 2, N=30: 2\s+≤ 2 met$/m);
    expect(stdout).toMatch(/^bench \(tiny\): \d+\/13 goals met on both stores$/m);

    // The servers ran with the store on, as production does: PGlite each in its own directory, and
    // PostgreSQL each its own database on one throwaway cluster. All gone once the bench is done.
    const pglite = /^store PGlite: PGlite in (\S+) and PGlite in (\S+)$/m.exec(stdout);
    const postgres = /^store PostgreSQL: PostgreSQL 127\.0\.0\.1:(\d+)\/(\w+) and PostgreSQL 127\.0\.0\.1:(\d+)\/(\w+)$/m.exec(stdout);
    expect(pglite).not.toBeNull();
    expect(postgres).not.toBeNull();
    expect(pglite![1]).not.toBe(pglite![2]);
    expect(postgres![2]).not.toBe(postgres![4]);
    expect(postgres![1]).toBe(postgres![3]);
    expect(existsSync(pglite![1]!)).toBe(false);
    expect(existsSync(pglite![2]!)).toBe(false);
    expect(await listening(Number(postgres![1]))).toBe(false);
  }, 300_000);
});
