/**
 * Excel on Windows without Microsoft Edge WebView2 opens add-ins in Internet Explorer 11, which
 * cannot parse our ES2020 scripts. The page then shows a static notice saying what is needed; a
 * page whose scripts run takes it down. In Chromium (see ./browser.ts), IE is stood in for by
 * scripts that fail to parse, scripts that never arrive, and JavaScript turned off.
 */
import type { Page } from 'playwright-core';
import { browserIt, openPane, startBrowser, stopBrowser } from './browser';

beforeAll(startBrowser);
afterAll(stopBrowser);

/** Our own scripts, as the page loads them (with ?v=); office.js is not among them. */
const OUR_SCRIPTS = /\/(functions|taskpane|commands|old-excel)\.js(\?|$)/;
const WIDTH = 360;

/** Waits for the notice to show (it appears after 3 s where no script takes it down) and returns its text. */
async function noticeShown(page: Page): Promise<string> {
  const notice = page.locator('#needs-newer-excel');
  await notice.waitFor({ state: 'visible', timeout: 15_000 });
  // It covers the pane, whose static text would otherwise claim that the functions are ready.
  const box = await notice.boundingBox();
  expect(box && { x: box.x, y: box.y, width: box.width }).toEqual({ x: 0, y: 0, width: WIDTH });
  return (await notice.innerText()).replace(/\s+/g, ' ');
}

function expectSaysWhatIsNeeded(text: string): void {
  expect(text).toMatch(/SROI cannot start in this Excel/);
  expect(text).toMatch(/needs Microsoft 365 \(Windows or Mac\), Excel 2021 or later, or Excel on the web/);
  expect(text).toMatch(/Internet Explorer/);
  expect(text).toMatch(/Microsoft Edge WebView2 Runtime/);
  expect(text).toMatch(/appsforoffice\.microsoft\.com/);
}

describe('the notice for an Excel that cannot run the add-in', () => {
  browserIt('is taken down as soon as the page’s scripts run', async () => {
    const { page, outside, errors } = await openPane({ width: WIDTH });
    await page.getByText('Ready: the =SROI functions work in this workbook.').waitFor();
    expect(await page.locator('#needs-newer-excel').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe('SROI');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  browserIt('shows where the scripts cannot be parsed, as in Internet Explorer', async () => {
    const { page, outside } = await openPane({ width: WIDTH });
    // Later routes take precedence over openPane's: each of our scripts becomes syntax IE would reject.
    await page.route(OUR_SCRIPTS, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'const notForIe = (cell) => cell?.value;\n}' }),
    );
    await page.reload();
    expectSaysWhatIsNeeded(await noticeShown(page));
    expect(outside).toEqual([]);
    await page.close();
  });

  browserIt('shows where the scripts never arrive, but not at once in a modern browser', async () => {
    const { page, outside } = await openPane({ width: WIDTH });
    await page.route(OUR_SCRIPTS, (route) => route.abort());
    await page.reload();
    // The rule that shows it at once is for Internet Explorer alone: Chromium (WebView2) drops it, so a working
    // pane never flashes the notice while its scripts load.
    expect(await page.locator('#needs-newer-excel').evaluate((element) => getComputedStyle(element).visibility)).toBe(
      'hidden',
    );
    expectSaysWhatIsNeeded(await noticeShown(page));
    expect(outside).toEqual([]);
    await page.close();
  });

  browserIt('shows with JavaScript turned off, and needs nothing from outside', async () => {
    const opened = await openPane({ width: WIDTH });
    const url = opened.page.url();
    await opened.page.close();
    const context = await opened.page
      .context()
      .browser()!
      .newContext({
        javaScriptEnabled: false,
        viewport: { width: WIDTH, height: 900 },
      });
    const origin = new URL(url).origin;
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(url);
    expectSaysWhatIsNeeded(await noticeShown(page));
    // With scripts off, the page asks for office.js at most: the notice itself needs no request.
    expect(outside.filter((request) => !request.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
    await context.close();
  });
});
