/**
 * The page Excel opens, which in the shared runtime also hosts the custom
 * functions: they register and compute in Chromium (see ./browser.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from '../addin/helpers/built-addin';
import { MAP_HEADERS } from '../addin/helpers/impact-map-headers';
import { browserIt, openPane, startBrowser, stopBrowser } from './browser';

beforeAll(startBrowser);
afterAll(stopBrowser);

async function openTaskPane(host: string | null = 'Excel') {
  return openPane({ host });
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

    const results = await page.evaluate((headers) => {
      const fns = (window as unknown as { __registered: Record<string, (...args: unknown[]) => unknown> }).__registered;
      // Errors are thrown as CustomFunctions.Error, which Excel shows as #VALUE! with the message.
      let error = { code: '', message: '' };
      try {
        fns['IMPACT']!(100, 1000, 1.2, null, null);
      } catch (thrown) {
        error = thrown as typeof error;
      }
      // The impact map is read by @sroi/workbook's reader, bundled into the page.
      const map = [headers, ['Participants', 'Improved wellbeing', '100', '£1,000', 0.2, 0.1, 0.25, 0.5, 3]];
      const evaluation = fns['RESULTS']!(map, 50000) as [string, number][];
      return {
        ratio: evaluation[3]?.[1],
        impact: fns['IMPACT']!(100, 1000, 0.2, 0.1, 0.25),
        presentValue: fns['OUTCOMEPV']!(100, 1000, 0.2, 0.1, 0.25, 0.5, 3, null, null, null),
        error: { code: error.code, message: error.message },
      };
    }, MAP_HEADERS);
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
