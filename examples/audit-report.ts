// The token audit as a report: a table on a terminal, or JSON for machines (--json).
//   DATOCMS_API_TOKEN=… npm run example:audit [-- --json]
import { clientFromEnv } from './client-from-env.ts';

const findings = await clientFromEnv().audit();

if (process.argv.includes('--json')) {
  const rows = findings.map((finding) => ({
    severity: finding.severity,
    kind: finding.kind,
    tokenId: finding.accessToken.id,
    tokenName: finding.accessToken.name,
    reason: finding.reason,
  }));
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const table = [
    ['SEVERITY', 'FINDING', 'TOKEN', 'NAME', 'WHY'],
    ...findings.map((finding) => [finding.severity, finding.kind, finding.accessToken.id, finding.accessToken.name, finding.reason]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) process.stdout.write(`${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}\n`);
  process.stdout.write(`${findings.length} findings\n`);
}
