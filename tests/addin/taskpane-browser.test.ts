/**
 * The built task pane in a real browser (Debian's Chromium, driven by
 * playwright-core): the page Excel opens, which in the shared runtime also
 * hosts the custom functions. Office.js is replaced by a small stand-in of
 * `Office` and `CustomFunctions` (no Excel runs here); every other request
 * must stay on this machine.
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`). Without it the test
 * is skipped locally with a warning, and fails under CI=true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DIST, ensureBuilt } from './helpers/built-addin';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env['CI'] === 'true') throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium`);
  console.warn(`\n*** SKIPPED: the task pane browser test needs ${CHROMIUM} (apt-get install chromium) ***\n`);
}
const browserIt = available ? it : it.skip;

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** What office.js provides to our page in Excel, reduced to what the page uses. */
const officeStandIn = `
  window.__registered = {};
  window.CustomFunctions = {
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
    associate(id, fn) { window.__registered[id] = fn; },
  };
  window.Office = {
    HostType: { Excel: 'Excel' },
    onReady(callback) {
      const info = { host: window.__host === undefined ? 'Excel' : window.__host, platform: 'PC' };
      setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    actions: { associate() {} },
  };
`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png' };

let server: Server;
let base = '';
let browser: Browser | undefined;

beforeAll(async () => {
  if (!available) return;
  ensureBuilt();
  server = createServer((request, response) => {
    const file = path.join(DIST, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** Opens the task pane; returns the page and every request that tried to leave this machine. */
async function openTaskPane(
  host: string | null = 'Excel',
): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser!.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript((value) => {
    (window as unknown as { __host: unknown }).__host = value;
  }, host);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: officeStandIn });
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html`);
  return { page, outside, errors };
}

describe('the task pane in Chromium', () => {
  browserIt('shows its heading and says it is ready in Excel, with no errors and no outside requests', async () => {
    const { page, outside, errors } = await openTaskPane();
    await expectStatus(page, 'Ready: the =SROI functions work in this workbook.');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('SROI');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  browserIt('asks to be opened from Excel when the host is not Excel', async () => {
    const { page } = await openTaskPane(null);
    await expectStatus(page, 'Open this page from Excel to use the SROI functions.');
    await page.close();
  });

  browserIt('registers every function of functions.json in the shared runtime, and they compute', async () => {
    const { page } = await openTaskPane();
    await expectStatus(page, 'Ready: the =SROI functions work in this workbook.');
    const metadata = JSON.parse(readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as {
      functions: { id: string }[];
    };
    const registered = await page.evaluate(() =>
      Object.keys((window as unknown as { __registered: object }).__registered),
    );
    expect(registered.sort()).toEqual(metadata.functions.map((f) => f.id).sort());

    const results = await page.evaluate(() => {
      const fns = (window as unknown as { __registered: Record<string, (...args: unknown[]) => unknown> }).__registered;
      // Errors are thrown as CustomFunctions.Error, which Excel shows as #VALUE! with the message.
      let error = { code: '', message: '' };
      try {
        fns['IMPACT']!(100, 1000, 1.2, null, null);
      } catch (thrown) {
        error = thrown as typeof error;
      }
      // The impact map is read by @sroi/workbook's reader, bundled into the page.
      const map = [
        [
          'Stakeholder',
          'Outcome',
          'Quantity',
          'Financial proxy',
          'Deadweight',
          'Displacement',
          'Attribution',
          'Drop-off',
          'Duration',
        ],
        ['Participants', 'Improved wellbeing', '100', '£1,000', 0.2, 0.1, 0.25, 0.5, 3],
      ];
      const evaluation = fns['EVALUATE']!(map, 50000) as [string, number][];
      return {
        ratio: evaluation[3]?.[1],
        impact: fns['IMPACT']!(100, 1000, 0.2, 0.1, 0.25),
        presentValue: fns['OUTCOMEPV']!(100, 1000, 0.2, 0.1, 0.25, 0.5, 3, null, null, null),
        error: { code: error.code, message: error.message },
      };
    });
    expect(results.impact).toBe(54000);
    expect((results.presentValue as number).toFixed(2)).toBe('89554.93');
    expect((results.ratio as number).toFixed(4)).toBe('1.7911');
    expect(results.error).toEqual({
      code: '#VALUE!',
      message: 'deadweight 1.2 is over 100%: did you mean 1.2%? Enter it as 1.2% or 0.012',
    });
    await page.close();
  });
});

async function expectStatus(page: Page, text: string): Promise<void> {
  const status = page.getByRole('status');
  await status.filter({ hasText: text }).waitFor({ timeout: 10_000 });
  expect(await status.textContent()).toBe(text);
}
