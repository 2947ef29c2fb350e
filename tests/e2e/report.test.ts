/**
 * The page `sroi report` writes, opened from disk in a real browser (Debian's
 * Chromium, driven by playwright-core), as a commissioner opens it: it asks
 * for nothing but itself, its policy stops anything else, it reads well from
 * 320 px wide, axe-core finds no serious problem, hostile names stay text,
 * and it prints to A4 with each section on a page of its own.
 *
 * Needs /usr/bin/chromium: without it the tests are skipped locally with a
 * loud warning (browser.ts), and fail under CI=true.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Evaluation } from '@sroi/core';
import { main } from '@sroi/cli';
import { workedCheck } from '../core/fixtures';
import { ROOT } from '../addin/helpers/built-addin';
import { browserAvailable, browserIt, seriousViolations } from './browser';
import { SCREENSHOT_DIRECTORY } from './screenshots';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SECTIONS = ['headline', 'method', 'value-by', 'outcomes', 'years', 'sensitivity', 'monte-carlo', 'warnings'];
const HOSTILE = {
  name: '<script>alert(1)</script>',
  stakeholder: '<img src=x onerror=alert(1)>',
  outcome: '[click](javascript:alert(1)) <a href="javascript:alert(2)">here</a> \u001b[2J',
};

const directory = mkdtempSync(path.join(tmpdir(), 'sroi-report-e2e-'));
let browser: Browser | undefined;
const pages: Record<string, string> = {};

/** Writes the report of `file` with sroi itself, and returns the page's file:// address. */
async function report(file: string, name: string): Promise<string> {
  const out = path.join(directory, `${name}.html`);
  let err = '';
  const code = await main(['report', file, '--out', out, '--iterations', '2000'], {
    out: () => undefined,
    err: (text) => (err += text),
  });
  if (code !== 0) throw new Error(`sroi report ${file} failed (${code}): ${err}`);
  return pathToFileURL(out).href;
}

beforeAll(async () => {
  if (!browserAvailable) return;
  const hostile: Evaluation = {
    ...workedCheck,
    name: HOSTILE.name,
    stakeholders: [{ id: 'people', name: HOSTILE.stakeholder }],
    outcomes: [{ ...workedCheck.outcomes[0]!, description: HOSTILE.outcome }],
  };
  const hostileFile = path.join(directory, 'hostile.json');
  writeFileSync(hostileFile, JSON.stringify(hostile));
  pages['example'] = await report(path.join(ROOT, 'examples/social-prescribing.xlsx'), 'social-prescribing');
  pages['hostile'] = await report(hostileFile, 'hostile');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(directory, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  /** Every request but the page itself (each aborted). */
  readonly requests: string[];
  /** Uncaught errors and console errors. */
  readonly errors: string[];
}

/**
 * Opens a written page. With `bypassCSP` the page's own policy is switched
 * off, so that anything it referred to would really be asked for (and be
 * recorded), and so that axe-core can be injected.
 */
async function open(url: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser!.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => request.url() !== url && requests.push(request.url()));
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url);
  return { page, requests, errors };
}

/**
 * Takes a picture of one element from a picture of the whole page, clipped to
 * the element's box in page coordinates. An element screenshot would first
 * wait for the element to hold still over two animation frames, and on a
 * loaded CI machine that wait once ran out (30 s) on a long section; the page
 * is static, so there is nothing to wait for.
 */
async function elementShot(page: Page, selector: string, file: string): Promise<void> {
  const box = await page.locator(selector).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
  });
  await page.screenshot({ path: file, fullPage: true, clip: box, animations: 'disabled' });
}

/** Saves a screenshot to look at after a run; the README's own go to docs/images when SROI_SCREENSHOTS=1. */
async function saveShot(take: (file: string) => Promise<unknown>, name: string, forReadme = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  const file = path.join(SCREENSHOT_DIRECTORY, `${name}.png`);
  await take(file);
  if (forReadme && process.env['SROI_SCREENSHOTS'] === '1')
    copyFileSync(file, path.join(ROOT, 'docs/images', `${name}.png`));
}

describe('sroi report in a browser', () => {
  browserIt('asks for nothing but the page itself, even with its policy switched off', async () => {
    const { page, requests, errors } = await open(pages['example']!, { bypassCSP: true });
    await page.getByRole('heading', { level: 2, name: 'Monte Carlo ranges' }).waitFor();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await page.context().close();
  });

  browserIt('stops a stray image from loading by its own policy', async () => {
    const { page } = await open(pages['example']!);
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective));
          const image = document.createElement('img');
          image.src = 'https://example.com/pixel.png';
          document.body.append(image);
        }),
    );
    expect(blocked).toBe('img-src');
    await page.context().close();
  });

  browserIt('shows each section, with its heading, and a screenshot of each', async () => {
    const { page } = await open(pages['example']!);
    for (const id of SECTIONS) {
      const section = page.locator(`section#${id}`);
      await expect(section.locator('h2').isVisible()).resolves.toBe(true);
      await saveShot((file) => elementShot(page, `section#${id}`, file), `report-${id}`);
    }
    await expect(page.locator('figure svg').count()).resolves.toBe(5);
    // For the README: the title and headline figures; the value by stakeholder and domain with their charts.
    // Boxes are measured from the top of the page (scrolled there), as a full-page clip is.
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = (await page.locator('header.report').boundingBox())!;
    const headline = (await page.locator('section#headline').boundingBox())!;
    await saveShot(
      (file) =>
        page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: Math.max(0, top.y - 8), width: 1000, height: headline.y + headline.height - top.y + 16 },
        }),
      'report-headline',
      true,
    );
    await saveShot((file) => elementShot(page, 'section#value-by', file), 'report-charts', true);
    await page.context().close();
  });

  browserIt('reads at 320 px wide: tables scroll in their own box and the page does not', async () => {
    const { page } = await open(pages['example']!, { viewport: { width: 320, height: 700 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const boxes = await page
      .locator('.scroll')
      .evaluateAll((all) =>
        all.map((box) => ({ right: box.getBoundingClientRect().right, scrolls: box.scrollWidth > box.clientWidth })),
      );
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(320);
    // The widest tables (by outcome, by year) do not fit 320 px, and scroll inside their box.
    expect(boxes.some((box) => box.scrolls)).toBe(true);
    await saveShot((file) => page.screenshot({ path: file, fullPage: true }), 'report-320px');
    await page.context().close();
  });

  browserIt('has no serious or critical problem for axe-core, wide and at 320 px', async () => {
    for (const width of [1000, 320]) {
      const { page } = await open(pages['example']!, { bypassCSP: true, viewport: { width, height: 800 } });
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  browserIt('shows hostile names as text: no script, image or link in the page', async () => {
    const { page, requests, errors } = await open(pages['hostile']!, { bypassCSP: true });
    expect(await page.evaluate(() => document.querySelectorAll('script, img, a, iframe, object, embed').length)).toBe(
      0,
    );
    await expect(page.locator('h1').textContent()).resolves.toBe(HOSTILE.name);
    await expect(page.getByRole('rowheader', { name: HOSTILE.stakeholder, exact: true }).isVisible()).resolves.toBe(
      true,
    );
    const shown = HOSTILE.outcome.replace('\u001b', '\\u001b');
    await expect(page.getByText(shown).first().isVisible()).resolves.toBe(true);
    expect(await page.title()).toBe(`${HOSTILE.name}: SROI report`);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  browserIt('prints to A4 with each section starting a page of its own', async () => {
    const { page } = await open(pages['example']!);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pageCount).toBeGreaterThanOrEqual(SECTIONS.length);
    // Each section after the first breaks before itself in print.
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('main > section')
      .evaluateAll((all) => all.map((section) => getComputedStyle(section).breakBefore));
    expect(breaks).toEqual(['auto', ...SECTIONS.slice(1).map(() => 'page')]);
    mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
    writeFileSync(path.join(SCREENSHOT_DIRECTORY, 'report.pdf'), pdf);
    await page.context().close();
  });
});
