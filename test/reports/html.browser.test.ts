import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../engine/types.js';
import { html } from '../../reports/html.js';
import { largeResult, loadResult } from './helpers/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
// Every run keeps a screenshot under test/.tmp/; UPDATE_GOLDEN=1 also refreshes the committed reference copy.
const SCREENSHOT = fileURLToPath(new URL(process.env.UPDATE_GOLDEN ? './__screenshots__/report.png' : '../.tmp/screenshots/report.png', import.meta.url));
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`[html.browser] skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);

/** What a page did while it was open: console errors, CSP violations, requests, dialogs. */
interface Watch {
  page: Page;
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
  url: string;
}

describe.skipIf(!HAS_CHROMIUM)('html report in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let dir: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'bylaw-chromium-'));
    dir = mkdtempSync(join(tmpdir(), 'bylaw-html-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, result: Result): Promise<Watch> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html(result, { linkBase: 'https://github.com/acme/shop/blob/4f9c2d1' }));
    const page = await context.newPage();
    const watch: Watch = { page, consoleErrors: [], requests: [], dialogs: [], url: pathToFileURL(file).href };
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') watch.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
    page.on('request', (request) => watch.requests.push(request.url()));
    page.on('dialog', (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = list;
      document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(watch.url, { waitUntil: 'load' });
    return watch;
  }

  async function expectClean(watch: Watch): Promise<void> {
    expect(await watch.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.requests).toEqual([watch.url]);
  }

  /** Rows the browser actually lays out (hidden rows have no client rects). */
  const visibleRows = (page: Page) =>
    page.evaluate(() => Array.from(document.querySelectorAll('#findings .fbody > .frow')).filter((row) => row.getClientRects().length > 0).length);

  it('renders the summary with no console errors, CSP violations, requests or dialogs; filters and search work; prints', async () => {
    const result = loadResult('mixed');
    const watch = await open('mixed', result);
    const { page } = watch;
    await expect(page.locator('#summary .verdict-fail .value').textContent()).resolves.toBe('FAIL');
    expect(await page.locator('#summary').isVisible()).toBe(true);
    expect(await page.locator('#summary svg').count()).toBeGreaterThanOrEqual(3);

    const defaultShown = result.findings.filter((f) => ['fail', 'error', 'waived'].includes(f.status)).length;
    expect(await visibleRows(page)).toBe(defaultShown);
    expect(await page.locator('#shown').textContent()).toBe(String(defaultShown));

    await page.locator('input[data-filter="status"][value="pass"]').check();
    expect(await visibleRows(page)).toBe(defaultShown + result.findings.filter((f) => f.status === 'pass').length);
    await page.locator('input[data-filter="sev"][value="high"]').uncheck();
    expect(await visibleRows(page)).toBe(result.findings.filter((f) => ['fail', 'error', 'waived', 'pass'].includes(f.status) && f.severity !== 'high').length);
    await page.locator('input[data-filter="sev"][value="high"]').check();

    await page.locator('#search').fill('busybox');
    await expect.poll(() => visibleRows(page)).toBe(1);
    expect(await page.locator('#shown').textContent()).toBe('1');
    await page.locator('#search').fill('DEPLOY/WEB.YAML');
    await expect.poll(() => visibleRows(page)).toBe(result.findings.filter((f) => f.location.path === 'deploy/web.yaml' && f.status !== 'skip').length);
    await page.locator('#search').fill('');
    await expect.poll(() => visibleRows(page)).toBe(result.findings.filter((f) => f.status !== 'skip').length);

    await page.locator('input[data-filter="status"][value="pass"]').uncheck();
    await expect.poll(() => visibleRows(page)).toBe(defaultShown);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await expectClean(watch);
    await page.close();
  }, 120_000);

  it('shows hostile finding text as text: no element, no script, no dialog', async () => {
    const watch = await open('hostile', loadResult('hostile'));
    const { page } = watch;
    await page.locator('input[data-filter="status"][value="pass"]').check();
    const messages = await page.locator('#findings .frow .msg').allTextContents();
    expect(messages.some((text) => text.startsWith('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('main script, main style, main iframe, main svg[onload], main marquee, main b, main i').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.title()).toContain('<script>alert(5)</script>'.slice(0, 12));
    await page.locator('#search').fill('hyperlink(');
    await expect.poll(() => visibleRows(page)).toBe(1);
    await expectClean(watch);
    await page.close();
  }, 120_000);

  it('stays usable with 20,000 findings (renders, filters, searches)', async () => {
    const result = largeResult(20_000);
    const watch = await open('large', result);
    const { page } = watch;
    expect(await page.locator('#findings .fbody > .frow').count()).toBe(20_000);
    await page.locator('#search').fill('app-1234"');
    await expect.poll(() => visibleRows(page), { timeout: 30_000 }).toBe(result.findings.filter((f) => f.message.includes('app-1234"') && ['fail', 'error', 'waived'].includes(f.status)).length);
    await expectClean(watch);
    await page.close();
  }, 180_000);
});
