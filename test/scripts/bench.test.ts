import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The bench is a script, not a timed test: the suite only checks that it builds, starts what it
// needs, measures every figure and stops, on a setting of a few seconds. Its figures are not judged here.
describe('npm run bench', () => {
  it('measures every figure of the table on the tiny setting and stops what it started', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', 'bench'], {
      env: { ...process.env, BENCH_SCALE: 'tiny' },
      timeout: 120_000,
    });
    const rows = stdout.split('\n').filter((line) => / (met|NOT MET)$/.test(line) && !line.startsWith('bench'));
    expect(rows.map((row) => row.split(/\s{2,}/)[0])).toEqual([
      'read latency / L: tokens with role and inherited roles',
      'read latency / L: roles with their tokens',
      'read latency / L: audit',
      'read latency / L: effective capabilities',
      'updateAccessToken latency / L',
      'createAccessToken latency / L',
      'rotateAccessToken latency / L',
      'deleteAccessToken latency / L',
      expect.stringMatching(/^requests\/s of \{ accessTokens \{ id name \} \} ÷ official client \(\d+ vs \d+ req\/s\)$/),
      'heap after gc (MB) every 200 of 400 requests',
      'upstream calls per read query (most of the four)',
      'effectiveCapabilities at N=30: ms beyond listing the tokens',
      'accessTokenAudit at N=30: ms beyond listing the tokens',
    ]);
    // The ceiling beside the throughput goal: a minimal server on the same stack, not a goal itself.
    expect(stdout).toMatch(/^ {2}the same for the minimal server, Yoga \+ official client alone \(\d+ req\/s\)\s+\d\.\d\d \([\d.]+–[\d.]+\)\s+reference$/m);
    expect(stdout).toMatch(/^heap after gc \(MB\) every 200 of 400 requests\s+\d+ → \d+ → \d+\s/m);
    expect(stdout).toMatch(/upstream calls per read query \(most of the four\)\s+N=10: 2, N=30: 2\s/);
    expect(stdout).toMatch(/^bench \(tiny\): \d+\/13 goals met$/m);
  }, 150_000);
});
