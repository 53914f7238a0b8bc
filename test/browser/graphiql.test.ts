import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

// GraphiQL in a real browser (Debian's chromium, which .ci/run installs), with every request to
// another host blocked: the page must render and run its example from this server alone.
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

describe('GraphiQL, offline', () => {
  it('renders from this server alone, with the demo token filled in, and runs its first example', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const own = new URL(stack.url).host;
    const foreign: string[] = [];
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

    await page.screenshot({ path: SCREENSHOT ?? join(await mkdtemp(join(tmpdir(), 'graphiql-')), 'graphiql.png') });
    await page.close();
  }, 90_000);
});
