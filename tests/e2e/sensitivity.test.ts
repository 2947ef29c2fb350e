/**
 * Sensitivity in the built task pane, on the example (METHOD.md's worked
 * check): the switching values and the tornado against figures worked by
 * hand, and a Monte Carlo run that shows its progress, can be cancelled, and
 * gives the engine's percentiles.
 */
import type { Page } from 'playwright-core';
import Decimal from 'decimal.js'; // decimal.js itself: every digit of a draw, independently of the engine
import { formatMoney, formatRatio, monteCarlo } from '@sroi/core';
import { checkDraft } from '../../addin/src/taskpane/model/check-draft';
import { exampleDraft } from '../../addin/src/taskpane/model/draft';
import { browserIt, openPane, startBrowser, stopBrowser } from './browser';
import { screenshot } from './screenshots';

beforeAll(startBrowser, 180_000);
afterAll(stopBrowser);

// METHOD.md's worked check: 100 people × £1,000, deadweight 20%, displacement 10%, attribution 25%,
// drop-off 50%, 3 years at 3.5% at the end of each year, inputs £50,000.
const IMPACT = 100 * 1000 * (1 - 0.2) * (1 - 0.1) * (1 - 0.25);
const PRESENT_VALUE = IMPACT / 1.035 + (IMPACT * 0.5) / 1.035 ** 2 + (IMPACT * 0.25) / 1.035 ** 3;
const INPUTS = 50000;
const RATIO = PRESENT_VALUE / INPUTS;
/** The ratio is proportional to (1 − deadweight): it falls to 1 : 1 where (1 − dw) = 0.8 / ratio. */
const SWITCHING_DEADWEIGHT = 1 - (1 - 0.2) / RATIO;

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const ratioText = (ratio: number) => `${ratio.toFixed(2)} : 1`;

/** The example, opened in the wizard, written, then its sensitivity. */
async function openExampleSensitivity(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the example' }).click();
  for (let step = 1; step < 6; step += 1) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 3, name: 'Step 6 of 6: Review' }).waitFor();
  await page.getByRole('button', { name: 'Write to workbook' }).click();
  await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
  await page.getByRole('button', { name: 'Sensitivity' }).click();
  await page.getByRole('heading', { level: 2, name: 'Sensitivity' }).waitFor();
}

/** The cells of the table row headed `name` whose cells include `containing`. */
async function tableRow(page: Page, table: string, name: RegExp, containing: string): Promise<string[]> {
  const rows = page
    .getByRole('table', { name: table, exact: true })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) })
    .filter({ hasText: containing });
  return rows.first().locator('th, td').allInnerTexts();
}

/** Every text the Monte Carlo status line shows from now on, kept by the page as it changes. */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    const observer = new MutationObserver(() => {
      for (const status of Array.from(document.querySelectorAll('[role="status"]'))) {
        const text = status.textContent ?? '';
        if (/draws|Cancelled/.test(text) && seen[seen.length - 1] !== text) seen.push(text);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

async function statusSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);
}

describe('Sensitivity of the example', () => {
  browserIt(
    'gives the worked check’s switching deadweight and tornado, and a Monte Carlo run that can be cancelled',
    async () => {
      const { page, outside, errors } = await openPane();
      await openExampleSensitivity(page);
      const outcome = 'Improved wellbeing (example row: replace it)';

      // Switching values: deadweight would have to rise from 20% to where the ratio is 1 : 1.
      await page.getByRole('heading', { level: 3, name: 'Switching values' }).waitFor();
      const deadweight = await tableRow(page, 'Switching values', /^deadweight$/i, outcome);
      expect(deadweight.slice(0, 4)).toEqual([
        expect.stringMatching(/^deadweight$/i),
        outcome,
        '20.0%',
        percent(SWITCHING_DEADWEIGHT),
      ]);
      expect(percent(SWITCHING_DEADWEIGHT)).toBe('55.3%');

      // The tornado: deadweight 10 points lower and higher moves the ratio in proportion to (1 − dw).
      await page.getByRole('heading', { level: 3, name: 'Tornado' }).waitFor();
      await page.getByRole('img', { name: /^Tornado chart of/ }).waitFor();
      const tornado = 'Tornado: the ratio with each estimate moved down and up';
      expect(await tableRow(page, tornado, /: deadweight$/i, outcome)).toEqual([
        expect.stringMatching(/: deadweight$/i),
        ratioText((RATIO * (1 - 0.1)) / (1 - 0.2)),
        ratioText((RATIO * (1 - 0.3)) / (1 - 0.2)),
      ]);

      // Monte Carlo, 200,000 draws on a slow machine: the progress moves, and Cancel stops it, changing nothing.
      await page.getByRole('heading', { level: 3, name: 'Monte Carlo' }).waitFor();
      const iterations = page.getByRole('textbox', { name: 'Iterations' });
      await iterations.fill('200,000');
      const cpu = await page.context().newCDPSession(page);
      await cpu.send('Emulation.setCPUThrottlingRate', { rate: 20 });
      await recordStatus(page);
      await page.getByRole('button', { name: 'Run' }).click();
      await page.getByRole('progressbar').waitFor();
      await page.getByText(/^[1-9][\d,]* of 200,000 draws$/).waitFor();
      const first = await page.getByText(/ of 200,000 draws$/).innerText();
      await page.waitForFunction(
        (shown) =>
          Array.from(document.querySelectorAll('[role="status"]')).some(
            (s) => /of 200,000 draws$/.test(s.textContent ?? '') && s.textContent !== shown,
          ),
        first,
      );
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByText('Cancelled; nothing was changed.').waitFor();
      await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const counts = (await statusSeen(page))
        .map((text) => /^([\d,]+) of 200,000 draws$/.exec(text)?.[1])
        .filter((count): count is string => count !== undefined)
        .map((count) => Number(count.replace(/,/g, '')));
      expect(counts.length).toBeGreaterThanOrEqual(2);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(counts[counts.length - 1]).toBeLessThan(200000);
      expect(await page.getByRole('img', { name: /^Histogram of/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);

      // 10,000 draws to the end: a histogram marked at P10, P50 and P90, and the engine's P50 with the pane's seed.
      await iterations.fill('10,000');
      await page.getByRole('button', { name: 'Run' }).click();
      await page.getByText('Finished 10,000 draws.').waitFor();
      const chart = page.getByRole('img', { name: /^Histogram of 10,000 simulated SROI ratios/ });
      expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['P10', 'P50', 'P90']));
      expect(await chart.locator('line').count()).toBe(3);
      for (const line of ['P10: ', 'P50: ', 'P90: ', 'Probability of at least 1 : 1: '])
        await page
          .getByRole('listitem')
          .filter({ hasText: new RegExp(`^${line.replace(/[()]/g, '\\$&')}`) })
          .waitFor();
      const evaluation = checkDraft(exampleDraft()).evaluation!;
      // The pane passes no seed, so core's default seed (1) is used.
      const engine = monteCarlo(evaluation, { iterations: 10000, seed: 1, keepDraws: true });
      const p50 = engine.ratio!.p50;
      expect(
        await page
          .getByRole('listitem')
          .filter({ hasText: /^P50: / })
          .innerText(),
      ).toBe(`P50: ${formatRatio(new Decimal(p50))}`);
      // Two decimals of a ratio hardly tell one run from another; the present value's P50 to the penny and the
      // smallest and largest draws do.
      expect(
        await page
          .getByRole('listitem')
          .filter({ hasText: /^Present value P10 / })
          .innerText(),
      ).toContain(`P50 ${formatMoney(new Decimal(engine.presentValue.p50), 'GBP')},`);
      const ratios = Array.from(engine.draws!.ratio!);
      const range = `from ${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)}`;
      expect(await chart.getAttribute('aria-label')).toContain(range);
      // And that P50 is near the worked check's ratio, as the draws are spread around each estimate.
      expect(Math.abs(p50 - RATIO)).toBeLessThan(0.15);
      await screenshot(page, 'sensitivity');

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
