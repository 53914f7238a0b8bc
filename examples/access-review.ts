// An access review for auditors: every token with its owner, purpose, age, expiry, last use, role,
// what it can do, the audit's findings and its review state. One self-contained HTML page (open it,
// or print it to PDF), or CSV with --csv. No secret is asked for, so none can be in it.
//   DATOCMS_API_TOKEN=… npm run example:access-review -- --out review.html
//   DATOCMS_API_TOKEN=… npm run example:access-review -- --csv --out review.csv
// Without --out the report goes to stdout.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { TokenAdminRequestError } from 'datocms-token-admin/sdk';
import { renderCsv, renderHtml } from './access-review-report.ts';
import { clientFromEnv, tokenAdminUrl } from './client-from-env.ts';

let options: { out?: string; csv: boolean };
try {
  options = parseArgs({ options: { out: { type: 'string' }, csv: { type: 'boolean', default: false } }, strict: true }).values as typeof options;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\nusage: npm run example:access-review -- [--csv] [--out FILE]\n`);
  process.exit(2);
}

let review;
try {
  review = await clientFromEnv().accessReview();
} catch (error) {
  if (!(error instanceof TokenAdminRequestError)) throw error;
  process.stderr.write(`accessReview failed: ${error.code ? `${error.code}: ` : ''}${error.message}\n`);
  process.exit(1);
}

const context = { generatedAt: new Date(), source: tokenAdminUrl() };
const report = options.csv ? renderCsv(review, context) : renderHtml(review, context);
if (options.out === undefined) {
  process.stdout.write(report);
} else {
  await writeFile(options.out, report);
  process.stderr.write(`wrote ${options.out}: ${review.accessTokens.length} tokens, ${review.accessTokenAudit.length} findings\n`);
}
