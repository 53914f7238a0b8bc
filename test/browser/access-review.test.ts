import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createTokenAdminClient } from 'datocms-token-admin/sdk';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

// `npm run example:access-review`, run as a person would against a live server, its page rendered
// in Chromium (Debian's, as for GraphiQL) with every request but the file itself refused: the
// report must stand alone, show every token, and hold no secret, nor does its CSV.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// UPDATE_SCREENSHOT=1 writes the README's screenshot; otherwise it goes to the test's directory.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT ? 'docs/access-review.png' : undefined;
const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

let stack: TestStack;
let browser: Browser;
let dir: string;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  [stack, browser, dir] = await Promise.all([
    startTestStack(),
    puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }),
    mkdtemp(join(tmpdir(), 'access-review-')),
  ]);
  await seedReview();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const client = () => createTokenAdminClient({ url: stack.url, token: TEST_ADMIN_TOKEN });

/** A project a review has something to say about: owners and expiries on some tokens, one expired, two reviewed. */
async function seedReview() {
  const policy = await client().updateTokenPolicy({ maxLifetimeDays: 365, defaultLifetimeDays: 90, requireOwner: true, reviewEveryDays: 90, onExpiry: 'ROTATE' });
  expect(policy.__typename).toBe('UpdateTokenPolicySuccess');
  const metadata: [string, { owner: string; purpose: string; expiresAt?: string }][] = [
    [SEEDED.demoAdmin, { owner: 'platform@example.com', purpose: 'Administers API tokens (this review)', expiresAt: inDays(200) }],
    [SEEDED.publicCda, { owner: 'web@example.com', purpose: 'Published content for www.example.com', expiresAt: inDays(340) }],
    [SEEDED.previewDrafts, { owner: 'web@example.com', purpose: 'Draft previews in Next.js', expiresAt: inDays(12) }],
    [SEEDED.importScript, { owner: 'data-team@example.com', purpose: 'Nightly product import', expiresAt: inDays(30) }],
    [SEEDED.ciDeploy, { owner: 'devops@example.com', purpose: 'Schema migrations from CI' }],
  ];
  for (const [id, input] of metadata) expect((await client().updateAccessToken(id, input)).__typename).toBe('UpdateAccessTokenSuccess');
  // The API refuses a past expiresAt; time would not.
  await stack.store.db.updateTable('access_token_records').set({ expires_at: new Date(Date.now() - 3 * DAY_MS) }).where('token_id', '=', SEEDED.importScript).execute();
  expect((await client().reviewAccessTokens([SEEDED.publicCda, SEEDED.ciDeploy], 'Quarterly access review')).__typename).toBe('ReviewAccessTokensSuccess');
}

const accessReview = async (...args: string[]) =>
  promisify(execFile)('npm', ['run', '--silent', 'example:access-review', '--', ...args], {
    env: { ...process.env, TOKEN_ADMIN_URL: stack.url, DATOCMS_API_TOKEN: TEST_ADMIN_TOKEN },
  });

/** Every secret the CMA holds, the caller's own included. */
const allSecrets = () => [TEST_ADMIN_TOKEN, ...stack.cma.store.data.access_tokens.map((token) => token.secret)];

/** The page from its file, with every other request refused and recorded, as are errors and CSP refusals. */
async function openReport(file: string): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const own = pathToFileURL(file).href;
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === own) void request.continue();
    else {
      foreign.push(request.url());
      void request.abort();
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => errors.push(`${message.type()}: ${message.text()}`));
  await page.goto(own, { waitUntil: 'load' });
  return { page, foreign, errors };
}

/** RFC 4180 CSV, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (cell += '"'), (index += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[index + 1] === '\n') {
      rows.push([...row, cell]);
      (row = []), (cell = ''), (index += 1);
    } else cell += char;
  }
  return rows;
}

describe('npm run example:access-review', () => {
  it('writes one page that stands alone in Chromium: every token with its owner, expiry, review state, capabilities and findings, no secret', async () => {
    const file = join(dir, 'review.html');
    const { stderr } = await accessReview('--out', file);
    expect(stderr).toMatch(/^wrote .*review\.html: 7 tokens, \d+ findings\n$/);
    const html = await readFile(file, 'utf8');
    for (const secret of allSecrets()) expect(html).not.toContain(secret);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);

    const { page, foreign, errors } = await openReport(file);
    const rows = await page.$$eval('table.tokens tbody tr', (trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-token-id'), cells: [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim()) })),
    );
    expect(rows.map((row) => row.id).sort()).toEqual(stack.cma.store.data.access_tokens.map((token) => token.id).sort());
    const row = (id: string) => rows.find((candidate) => candidate.id === id)!.cells;
    // Token, owner, purpose, role, age, expiry, last use, APIs, review, findings.
    expect(row(SEEDED.importScript)).toEqual([
      'Import script #105',
      'data-team@example.com',
      'Nightly product import',
      'Editorial team',
      expect.stringMatching(/^≥ 0 days first seen \d{4}-\d\d-\d\d$/),
      expect.stringMatching(/^\d{4}-\d\d-\d\d expired 3 days ago$/),
      'CMA not since last month CDA not since last month',
      'CMA',
      'never due',
      expect.stringMatching(/^unused write token.*expired.*review overdue$/),
    ]);
    expect(row(SEEDED.publicCda)[7]).toBe('CDA');
    expect(row(SEEDED.publicCda)[8]).toMatch(/^\d{4}-\d\d-\d\d by Demo admin token ok$/);
    expect(row(SEEDED.newsletterSync)[1]).toBe('no owner');
    expect(row(SEEDED.readOnlyBuiltIn)[0]).toBe('Read-only API token #101 built-in');
    // The most severe findings lead: the critical admin token first.
    expect(rows[0]!.id).toBe(SEEDED.demoAdmin);

    const allowed = await page.$$eval('table.matrix tbody tr', (trs) =>
      Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-token-id'), [...tr.querySelectorAll('td.on')].map((td) => `${td.getAttribute('data-capability')} ${td.classList.contains('admin') ? 'admin' : ''}`.trim())])),
    );
    expect(allowed[SEEDED.publicCda]).toEqual(['CALL_CDA', 'READ_PUBLISHED_CONTENT']);
    expect(allowed[SEEDED.demoAdmin]).toEqual(expect.arrayContaining(['MANAGE_ACCESS_TOKENS admin', 'MANAGE_USERS_AND_ROLES admin', 'EDIT_SCHEMA']));
    expect(await page.$$eval('table.matrix thead th.cap', (ths) => ths.length)).toBe(17);

    const findings = await page.$$eval('table.findings tbody tr', (trs) => trs.map((tr) => `${tr.getAttribute('data-token-id')} ${tr.querySelectorAll('td')[1]!.textContent}`));
    expect(findings).toEqual(expect.arrayContaining([`${SEEDED.importScript} EXPIRED`, `${SEEDED.newsletterSync} NO_OWNER`, `${SEEDED.ciDeploy} NO_EXPIRY`, `${SEEDED.previewDrafts} EXPIRES_SOON`, `${SEEDED.demoAdmin} CAN_MANAGE_ACCESS_TOKENS`]));
    expect(findings).not.toContain(`${SEEDED.publicCda} REVIEW_OVERDUE`);
    expect(await page.$eval('.totals', (element) => (element as HTMLElement).innerText.replace(/\s+/g, ' '))).toBe('7 tokens 2 critical findings 1 expired 2 without owner 5 due for review');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: SCREENSHOT ?? join(dir, 'access-review.png'), fullPage: true });

    // Printable: landscape pages, the matrix and the findings each starting a page.
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThanOrEqual(3);
    await page.close();
  }, 60_000);

  it('writes the same review as CSV with --csv, one row per token, no secret', async () => {
    const file = join(dir, 'review.csv');
    await accessReview('--csv', '--out', file);
    const text = await readFile(file, 'utf8');
    for (const secret of allSecrets()) expect(text).not.toContain(secret);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'id', 'name', 'built_in', 'owner', 'purpose', 'role', 'created_at', 'first_seen_at', 'age_days', 'expires_at', 'expired',
      'last_cma_access', 'last_cda_access', 'can_access_cda', 'can_access_cda_preview', 'can_access_cma', 'can_write', 'capabilities',
      'findings', 'last_reviewed_at', 'last_reviewed_by', 'review_due',
    ]);
    const byId = Object.fromEntries(rows.map((row) => [row[0], Object.fromEntries(header!.map((column, index) => [column, row[index]]))]));
    expect(Object.keys(byId).sort()).toEqual(stack.cma.store.data.access_tokens.map((token) => token.id).sort());
    expect(byId[SEEDED.importScript]).toMatchObject({ owner: 'data-team@example.com', expired: 'true', role: 'Editorial team', review_due: 'true', last_reviewed_at: '' });
    expect(byId[SEEDED.importScript]!.findings).toContain('HIGH:EXPIRED');
    expect(byId[SEEDED.publicCda]).toMatchObject({ capabilities: 'CALL_CDA READ_PUBLISHED_CONTENT', can_write: 'false', review_due: 'false', last_reviewed_by: 'Demo admin token' });
  });

  it("keeps a token's name as text: escaped in the page, never a formula in the CSV", async () => {
    const name = '=HYPERLINK("http://evil.example") <b>bold</b>';
    const created = await client().createAccessToken({ name, owner: 'mallory', roleId: SEEDED.roles.readOnly, canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false });
    if (created.__typename !== 'CreateAccessTokenSuccess') throw new Error(`expected a success, got ${JSON.stringify(created)}`);
    try {
      const csv = parseCsv((await accessReview('--csv')).stdout);
      expect(csv.find((row) => row[0] === created.accessToken.id)![1]).toBe(`'${name}`);

      const file = join(dir, 'hostile.html');
      await accessReview('--out', file);
      const { page } = await openReport(file);
      expect(await page.$eval(`table.tokens tr[data-token-id="${created.accessToken.id}"] .name`, (element) => element.textContent)).toBe(name);
      expect(await page.$$('table.tokens b')).toHaveLength(0);
      await page.close();
    } finally {
      await client().deleteAccessToken(created.accessToken.id);
    }
  }, 30_000);
});
