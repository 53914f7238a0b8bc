import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Linux counts a process's CPU in clock ticks (100 a second almost everywhere; asked, not assumed).
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time (user + system, ms) another process has used since it started, from /proc/<pid>/stat:
 * the server's own cost, whatever the load generator and the CMA beside it spend. Its fields after
 * the command name (which may hold spaces, so it is skipped by its closing parenthesis) start at
 * the state, field 3; utime and stime are fields 14 and 15.
 */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[14 - 3]) + Number(fields[15 - 3]);
  return (ticks * 1_000) / TICKS_PER_SECOND;
}
