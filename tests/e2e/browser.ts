/**
 * The built task pane in a real browser (Debian's Chromium, driven by
 * playwright-core), as Excel opens it. Office.js is replaced by small
 * stand-ins: `Office` and `CustomFunctions` below, and an in-memory `Excel`
 * (excel-stand-in.js) that records what the pane writes. Every other request
 * must stay on this machine: the server below is the only one answered.
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`). Without it the tests
 * are skipped locally with a loud warning, and fail under CI=true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DIST, ensureBuilt, ROOT } from '../addin/helpers/built-addin';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable) {
  if (process.env['CI'] === 'true') throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium`);
  console.warn(`\n*** SKIPPED: the task pane browser tests need ${CHROMIUM} (apt-get install chromium) ***\n`);
}
/** `it` when Chromium is here, `it.skip` (with the warning above) when it is not. */
export const browserIt = browserAvailable ? it : it.skip;

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

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
    context: {
      requirements: {
        // Every API set is there unless a test lists it in window.__unsupported (as 'ExcelApi 1.8').
        isSetSupported(name, version) {
          return !(window.__unsupported || []).includes(name + ' ' + (version === undefined ? '' : String(version)));
        },
      },
    },
    onReady(callback) {
      const info = { host: window.__host === undefined ? 'Excel' : window.__host, platform: 'PC' };
      setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    actions: { associate() {} },
  };
`;

const EXCEL_STAND_IN = path.join(__dirname, 'excel-stand-in.js');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.json': 'application/json',
};

let server: Server | undefined;
let base = '';
let browser: Browser | undefined;

/** Builds the add-in if needed, serves dist/ on 127.0.0.1 and starts Chromium. Call in beforeAll. */
export async function startBrowser(): Promise<void> {
  if (!browserAvailable) return;
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
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
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
}

/** Closes Chromium and the server. Call in afterAll. */
export async function stopBrowser(): Promise<void> {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}

export interface PaneOptions {
  /** The host Office reports: 'Excel' (default) or null outside Office. */
  readonly host?: string | null;
  /** Pane width in CSS pixels (Excel's pane is about 320 to 450). Default 360. */
  readonly width?: number;
  /** API sets this Excel lacks, as 'ExcelApi 1.8'. */
  readonly unsupported?: readonly string[];
  /** Sheets and selection the in-memory workbook starts with. */
  readonly workbook?: {
    sheets: { name: string; cells: unknown[][] }[];
    selection?: { sheet: string; address: string };
  };
}

export interface OpenPane {
  readonly page: Page;
  /** Requests that tried to leave this machine (aborted). */
  readonly outside: string[];
  /** Uncaught errors and console errors in the page. */
  readonly errors: string[];
}

/** Opens the built task pane with the Office and Excel stand-ins. */
export async function openPane(options: PaneOptions = {}): Promise<OpenPane> {
  const page = await browser!.newPage({ viewport: { width: options.width ?? 360, height: 900 } });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(
    ({ host, unsupported, workbook }) => {
      const w = window as unknown as Record<string, unknown>;
      w['__host'] = host;
      w['__unsupported'] = unsupported;
      w['__seed'] = workbook;
    },
    {
      host: options.host === undefined ? 'Excel' : options.host,
      unsupported: options.unsupported ?? [],
      workbook: options.workbook ?? null,
    },
  );
  const excel = existsSync(EXCEL_STAND_IN) ? readFileSync(EXCEL_STAND_IN, 'utf8') : '';
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: officeStandIn + excel });
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html`);
  if (options.workbook)
    await page.evaluate(() => {
      const w = window as unknown as { __excel?: { seed(value: unknown): void }; __seed: unknown };
      w.__excel?.seed(w.__seed);
    });
  return { page, outside, errors };
}

/**
 * axe-core's serious and critical violations on the page as it is now, as 'rule: target' lines.
 *
 * One known false positive is left out, and only it: Fluent UI's focus trap (tabster) puts
 * `<i data-tabster-dummy tabindex="0" aria-hidden="true">` sentinels around dialogs and
 * focus groups. They are never focused for long: tabster moves focus on to a real control the
 * moment one receives it, so screen readers never land on them. axe's aria-hidden-focus rule
 * still flags them (microsoft/tabster#288). Any other element, or any other rule, still counts.
 *
 * With `forcedColors` (the page under `emulateMedia({ forcedColors: 'active' })`) axe's
 * color-contrast rule is not run: Chromium then paints text in the system's colours but keeps the
 * page's own colour in `-webkit-text-fill-color`, which axe reads first, so axe measures colours
 * that are not on screen. A caller passing it must check the painted contrast another way.
 */
export async function seriousViolations(
  page: Page,
  options: { readonly forcedColors?: boolean } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const violations = await page.evaluate(async (forcedColors) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[]; element?: Element }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      elementRef: true,
      ...(forcedColors ? { rules: { 'color-contrast': { enabled: false } } } : {}),
    });
    const tabsterDummy = (id: string, element: Element | undefined) =>
      id === 'aria-hidden-focus' && element?.matches('i[data-tabster-dummy]') === true;
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.filter((n) => !tabsterDummy(v.id, n.element)).map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.targets.length > 0);
  }, options.forcedColors === true);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.join(', ')}`);
}
