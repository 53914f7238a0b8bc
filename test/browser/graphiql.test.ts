import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../src/http/graphiql.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

// GraphiQL in a real browser (Debian's chromium, which .ci/run installs), with every request to
// another host blocked: the page must render and run its example from this server alone, its
// bundle from the versioned asset files, under the page's CSP.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// UPDATE_SCREENSHOT=1 writes the README's screenshot; otherwise it goes to a temporary directory.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT ? 'docs/graphiql.png' : undefined;

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  stack = await startTestStack();
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A page that lets requests to this server through and aborts every other one, recording both. */
async function offlinePage(own: string) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === own) {
      void request.continue();
    } else {
      foreign.push(request.url());
      void request.abort();
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // What the page's CSP refused, had it refused anything GraphiQL needs.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, foreign, errors };
}

/** The paths of the asset requests that reached this server, from its request log. */
const assetRequestsLogged = () =>
  stack.logs.flatMap((line) => {
    if (!line.startsWith('{')) return [];
    const entry = JSON.parse(line) as { msg?: string; path?: string; status?: number };
    return entry.msg === 'request' && entry.path?.startsWith('/graphiql/') ? [`${entry.status} ${entry.path}`] : [];
  });

describe('GraphiQL, offline', () => {
  it('renders from this server alone, with the demo token filled in, and runs its first example', async () => {
    const { page, foreign, errors } = await offlinePage(new URL(stack.url).host);

    await page.goto(stack.url, { waitUntil: 'networkidle0', timeout: 30_000 });
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    const headerEditor = await page.evaluate(() => document.body.innerText);
    expect(headerEditor).not.toContain('Loading');

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('effectiveCapabilities'), {
      timeout: 30_000,
    });
    // The editor renders spaces as non-breaking ones.
    const response = (await page.$eval('.graphiql-response', (element) => element.textContent ?? '')).replace(/\u00a0/g, ' ');
    expect(response).toContain('"accessTokens"');
    expect(response).toContain('Read-only API token');
    expect(response).not.toContain('UNAUTHENTICATED');

    // The request GraphiQL sent carried the demo token it was given.
    const tabsText = await page.evaluate(() => localStorage.getItem('graphiql:headers') ?? '');
    expect(tabsText).not.toContain(TEST_ADMIN_TOKEN); // headers are never persisted in the browser
    expect(foreign).toEqual([]);

    // Everything came from the versioned files, editor workers included, with nothing the CSP refused.
    const loaded = assetRequestsLogged().map((request) => request.replace(/\/graphiql\/[0-9a-f]{16}\//, '/graphiql/<version>/'));
    expect(new Set(loaded)).toEqual(
      new Set(
        ['favicon.ico', 'graphiql.css', 'start.js', 'graphiql.js', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js'].map(
          (file) => `200 /graphiql/<version>/${file}`,
        ),
      ),
    );
    expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
    expect(errors).toEqual([]);

    await page.screenshot({ path: SCREENSHOT ?? join(await mkdtemp(join(tmpdir(), 'graphiql-')), 'graphiql.png') });
    await page.close();
  }, 90_000);

  it('opens each example in a tab of its own, and runs the dry-run policy enforcement from its tab', async () => {
    const { page, foreign, errors } = await offlinePage(new URL(stack.url).host);
    await page.goto(stack.url, { waitUntil: 'networkidle0', timeout: 30_000 });
    await page.waitForSelector('.graphiql-tab-button', { timeout: 30_000 });
    // GraphiQL names a tab after its operation (and adds a blank one of its own after them).
    const tabs = await page.$$eval('.graphiql-tab-button', (buttons) => buttons.map((button) => button.textContent?.trim()));
    expect(tabs.slice(0, GRAPHIQL_EXAMPLES.length)).toEqual(GRAPHIQL_EXAMPLES.map((example) => /^(?:query|mutation) (\w+)/m.exec(example.query)![1]));
    expect(tabs).toEqual(expect.arrayContaining(['TokenHistory', 'TokenPolicy', 'DryRunEnforcement']));

    const [tab] = await page.$$('xpath/.//button[contains(@class, "graphiql-tab-button")][normalize-space(.)="DryRunEnforcement"]');
    // A DOM click: the tab bar is a drag-to-reorder list, which takes a mouse press for the start of a drag.
    await tab!.evaluate((button) => (button as HTMLButtonElement).click());
    await page.waitForFunction(() => document.querySelector('.graphiql-tab-active')?.textContent?.includes('DryRunEnforcement'), { timeout: 10_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('EnforceTokenPolicySuccess'), { timeout: 30_000 });
    const response = (await page.$eval('.graphiql-response', (element) => element.textContent ?? '')).replace(/\u00a0/g, ' ');
    expect(response).toContain('"dryRun": true');
    expect(response).toContain('"status": "SKIPPED"');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('opens again from the browser cache: no asset is downloaded twice', async () => {
    const first = await offlinePage(new URL(stack.url).host);
    await first.page.goto(stack.url, { waitUntil: 'networkidle0', timeout: 30_000 });
    await first.page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await first.page.close();
    const before = assetRequestsLogged().length;

    const again = await offlinePage(new URL(stack.url).host);
    await again.page.goto(stack.url, { waitUntil: 'networkidle0', timeout: 30_000 });
    await again.page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    expect(assetRequestsLogged().slice(before)).toEqual([]);
    expect(again.errors).toEqual([]);
    expect(again.foreign).toEqual([]);
    await again.page.close();
  }, 90_000);
});
