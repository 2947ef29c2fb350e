/**
 * "Score a tender" in the built task pane, driven as a commissioner drives it:
 * the worked example typed in, mistakes refused with links to their fields,
 * bids read from a selection with links to their cells, the scores ranked, and
 * the scores sheet written into the in-page Excel stand-in beside the user's
 * own sheet, which is left exactly as it was; LibreOffice recalculates the
 * written formulas to the same points.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { sofficeOrSkip } from '../libreoffice/soffice';
import { browserIt, openPane, seriousViolations, startBrowser, stopBrowser, type OpenPane } from './browser';
import { screenshot } from './screenshots';
import { dumpOf, recalculateDump, type DumpedSheet } from './workbook-from-dump';

beforeAll(startBrowser, 180_000);
afterAll(stopBrowser);

const soffice = sofficeOrSkip();

/**
 * The worked example, worked by hand: weights 60/30/10, lowest price 8,000, highest offer 50,000.
 * A: 8,000/10,000 x 60 + 80/100 x 30 + 50,000/50,000 x 10 = 48 + 24 + 10 = 82.
 * B: 8,000/8,000 x 60 + 70/100 x 30 + 20,000/50,000 x 10 = 60 + 21 + 4 = 85.
 */
const WORKED = {
  A: { price: 48, quality: 24, socialValue: 10, total: 82 },
  B: { price: 60, quality: 21, socialValue: 4, total: 85 },
};

/** A sheet of the user's that happens to be called what the layout wants. */
const USER_BIDS = {
  name: 'Bids',
  cells: [
    ['Our own bid log', 'keep me'],
    ['Opened', 45_000],
  ],
};

/** A text field by its label; `nth` picks the bid when every bid has one. */
function field(page: Page, label: string, nth = 0): Locator {
  return page.getByRole('textbox', { name: label, exact: true }).nth(nth);
}

async function typeInto(page: Page, label: string, text: string, nth = 0): Promise<void> {
  await field(page, label, nth).fill(text);
}

/** The Field's validation message beside a control: the first element its aria-describedby names. */
async function messageBeside(control: Locator): Promise<string> {
  return control.evaluate((element) => {
    const id = (element.getAttribute('aria-describedby') ?? '').split(' ')[0] ?? '';
    const message = id === '' ? null : document.getElementById(id);
    return message !== null && message.getAttribute('role') === 'alert' ? (message.textContent ?? '') : '';
  });
}

function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Types the worked example's weights and bids, with A's price as `priceOfA`. */
async function typeWorkedExample(page: Page, priceOfA = '£10,000'): Promise<void> {
  await typeInto(page, 'Tender name', 'Community falls service');
  await typeInto(page, 'Price weight (%)', '60');
  await typeInto(page, 'Quality weight (%)', '30%');
  await typeInto(page, 'Social value weight (%)', '10');
  const bids = [
    ['A', priceOfA, '80', '£50,000'],
    ['B', '8,000', '70', '20000'],
  ];
  for (const [index, [bidder, price, quality, offer]] of bids.entries()) {
    await typeInto(page, 'Bidder', bidder as string, index);
    await typeInto(page, 'Price', price as string, index);
    await typeInto(page, 'Quality score (0 to 100)', quality as string, index);
    await typeInto(page, 'Social value offer', offer as string, index);
  }
}

/** The ranked table's rows as text: rank, bidder, price, quality, social value points, total, social value per £. */
function rankedRows(page: Page): Promise<string[][]> {
  return page
    .getByRole('table', { name: 'Bids ranked by total points' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent ?? '')),
    );
}

function sheetOf(sheets: readonly DumpedSheet[], name: string): DumpedSheet {
  const sheet = sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`No sheet ${name} in ${sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

function expectNothingWrong({ outside, errors }: OpenPane): void {
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
}

/** axe-core finds nothing serious, nothing needs sideways scrolling, and the named buttons are on screen. */
async function expectAccessible(page: Page, state: string, buttons: readonly string[]): Promise<void> {
  expect({ state, violations: await seriousViolations(page) }).toEqual({ state, violations: [] });
  const width = page.viewportSize()!.width;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ state, scrollWidth: scrollWidth <= width ? 'fits' : scrollWidth }).toEqual({ state, scrollWidth: 'fits' });
  for (const name of buttons) {
    const button = page.getByRole('button', { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    expect({ state, button: name, inside: box !== null && box.x >= 0 && box.x + box.width <= width }).toEqual({
      state,
      button: name,
      inside: true,
    });
  }
}

describe('Score a tender', () => {
  browserIt(
    'scores the worked example typed in the pane, B first with 85.00 and A with 82.00, and writes the scores beside the user’s sheet',
    async () => {
      const pane = await openPane({ width: 360, workbook: { sheets: [USER_BIDS] } });
      const { page } = pane;
      await page.getByRole('button', { name: 'Score a tender' }).click();
      await page.getByRole('heading', { level: 2, name: 'Score a tender' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Score a tender');

      // A price typed as words is refused beside its field and in the list, whose link moves focus to it.
      await typeWorkedExample(page, 'ten');
      await page.getByRole('button', { name: 'Score', exact: true }).click();
      await page.getByText('Fix this before scoring:').waitFor();
      const price = field(page, 'Price', 0);
      expect(await price.getAttribute('aria-invalid')).toBe('true');
      const priceMessage = await messageBeside(price);
      expect(priceMessage).toBe('Bid 1: price must be an amount above 0, such as 250,000; got "ten"');
      await page.keyboard.press('Tab'); // the list took focus when Score was refused; Tab reaches its link
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('field-tender-bids-0-price');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('£10,000');
      expect(await messageBeside(price)).toBe('');

      // Weights that do not add up to 100 are said at once, with their total, once all three are typed.
      await typeInto(page, 'Quality weight (%)', '20');
      await page.getByText('Total: 90%').waitFor();
      // Beside the total (and in the list at the top, since Score has been pressed).
      await page
        .getByRole('alert')
        .filter({ hasText: 'The weights add up to 90%; they must add up to 100%' })
        .waitFor();
      await typeInto(page, 'Quality weight (%)', '30%');
      await page.getByText('Total: 100%').waitFor();
      expect(await page.getByText('The weights add up to').count()).toBe(0);

      await page.getByRole('button', { name: 'Score', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Tender scores' }).waitFor();
      await page.getByText('B is first with 85.00 points, 3.00 ahead of A.').waitFor();
      const points = (bid: { price: number; quality: number; socialValue: number; total: number }) =>
        [bid.price, bid.quality, bid.socialValue, bid.total].map((value) => value.toFixed(2));
      expect(await rankedRows(page)).toEqual([
        ['1', 'B', ...points(WORKED.B), '£2.50'],
        ['2', 'A', ...points(WORKED.A), '£5.00'],
      ]);
      await page.getByRole('img', { name: /^Chart of points by bidder/ }).waitFor();
      await page.getByText('Working for B').click();
      await page.getByText('Price: £8,000.00 / £8,000.00 x 60 = 60.00').waitFor();
      await screenshot(page, 'tender-scores');

      await page.getByRole('button', { name: 'Write scores sheet' }).click();
      await page.getByText('Written: the workbook now shows Scores.').waitFor();
      const dump = await dumpOf(page);
      expect(dump.sheets.map((sheet) => sheet.name)).toEqual(['Bids', 'Tender', 'Bids (2)', 'Scores']);
      expect(dump.active).toBe('Scores');
      const user = sheetOf(dump.sheets, 'Bids');
      expect(user.values).toEqual(USER_BIDS.cells);
      expect(user.names).toEqual([]);
      for (const name of ['Tender', 'Bids (2)', 'Scores'])
        expect(sheetOf(dump.sheets, name).names.map((mark) => mark.name)).toContain('SROI_AddinSheet');
      const formulas = sheetOf(dump.sheets, 'Scores').formulas.flat().map(String);
      expect(formulas.some((formula) => formula.includes("'Bids (2)'!"))).toBe(true);
      expect(formulas.filter((formula) => /(^|[^'\w])Bids!/.test(formula))).toEqual([]);

      if (soffice) {
        const directory = mkdtempSync(path.join(tmpdir(), 'sroi-tender-e2e-'));
        try {
          const scores = (await recalculateDump(dump, directory)).get('Scores')!;
          const header = scores.findIndex((row) => row[0] === 'Bidder');
          const rows = scores.slice(header + 1, header + 3).map((row) => [row[0], ...row.slice(1, 6).map(Number)]);
          expect(rows).toEqual([
            ['A', WORKED.A.price, WORKED.A.quality, WORKED.A.socialValue, WORKED.A.total, 2],
            ['B', WORKED.B.price, WORKED.B.quality, WORKED.B.socialValue, WORKED.B.total, 1],
          ]);
        } finally {
          rmSync(directory, { recursive: true, force: true });
        }
      }
      expectNothingWrong(pane);
      await page.close();
    },
  );

  browserIt('refuses a Score with nothing typed, listing each problem as a link to its field', async () => {
    const pane = await openPane({ width: 360 });
    const { page } = pane;
    await page.getByRole('button', { name: 'Score a tender' }).click();
    await page.getByRole('button', { name: 'Score', exact: true }).click();
    const summary = page.getByText(/^Fix these \d+ things before scoring:$/);
    await summary.waitFor();
    const links = page.getByRole('list', { name: 'What to fix' }).getByRole('button');
    const messages = await links.allTextContents();
    expect(messages.slice(0, 3)).toEqual([
      'Price weight is blank; enter a percentage from 0 to 100, such as 60',
      'Quality weight is blank; enter a percentage from 0 to 100, such as 60',
      'Social value weight is blank; enter a percentage from 0 to 100, such as 60',
    ]);
    expect(messages).toContain(
      'Bid 2: social value offer is blank; enter the social value offered in money, such as 50,000, or 0 for a bid that offers none',
    );
    // Each link moves focus to its own field.
    const targets: string[] = [];
    for (const index of [0, 3, messages.length - 1]) {
      await links.nth(index).click();
      targets.push(await focusedId(page));
    }
    expect(targets).toEqual([
      'field-tender-weights-price',
      'field-tender-bids-0-bidder',
      'field-tender-bids-1-socialValue',
    ]);
    expectNothingWrong(pane);
    await page.close();
  });

  browserIt(
    'reads bids from a selection, links a problem to its cell, and scores them once the cell is fixed',
    async () => {
      const myBids = (priceOfA: unknown) => ({
        name: 'My bids',
        cells: [
          [],
          [null, 'Bidder', 'Price', 'Quality score', 'Social value offer'],
          [null, 'A', priceOfA, 80, 50000],
          [null, 'B', 8000, 70, 20000],
        ],
      });
      const pane = await openPane({
        width: 360,
        workbook: { sheets: [myBids('ten thousand')], selection: { sheet: 'My bids', address: 'B2:E4' } },
      });
      const { page } = pane;
      await page.getByRole('button', { name: 'Score a tender' }).click();
      await typeInto(page, 'Price weight (%)', '60');
      await typeInto(page, 'Quality weight (%)', '30');
      await typeInto(page, 'Social value weight (%)', '10');
      await page.getByRole('button', { name: 'Read bids from my sheet' }).click();
      await page.getByText(/^Read 'My bids'!B2:E4\. Nothing was taken from it/).waitFor();
      const problems = page.getByRole('list', { name: 'Problems' });
      const link = problems.getByRole('button', { name: "'My bids'!C3" });
      await link.click();
      await page.waitForFunction(() => {
        const excel = (window as unknown as { __excel: { dump(): { selection: { sheet: string; address: string } } } })
          .__excel;
        const { sheet, address } = excel.dump().selection;
        return sheet === 'My bids' && address === 'C3';
      });
      expect(await field(page, 'Bidder', 0).inputValue()).toBe('');

      // Fixed in Excel, then read again: the bids fill the page and the weights stay as typed.
      await page.evaluate(
        (sheet) =>
          (window as unknown as { __excel: { seed(workbook: object): void } }).__excel.seed({
            sheets: [sheet],
            selection: { sheet: 'My bids', address: 'B2:E4' },
          }),
        myBids('£10,000'),
      );
      await page.getByRole('button', { name: 'Read bids from my sheet' }).click();
      await page
        .getByText("Read 'My bids'!B2:E4: 2 bids, shown below. The weights and methods are as typed on this page.")
        .waitFor();
      expect(await field(page, 'Bidder', 1).inputValue()).toBe('B');
      expect(await field(page, 'Price weight (%)').inputValue()).toBe('60');
      await page.getByRole('button', { name: 'Score', exact: true }).click();
      await page.getByText('B is first with 85.00 points, 3.00 ahead of A.').waitFor();
      const sheet = sheetOf((await dumpOf(page)).sheets, 'My bids');
      expect(sheet.values[2]).toEqual([null, 'A', '£10,000', 80, 50000]);
      expectNothingWrong(pane);
      await page.close();
    },
  );

  browserIt(
    'passes axe-core and fits 320 px with errors shown, with a warning, and on the scores, in high contrast too',
    async () => {
      const pane = await openPane({ width: 320 });
      const { page } = pane;
      await page.getByRole('button', { name: 'Score a tender' }).click();
      await page.getByRole('button', { name: 'Score', exact: true }).click();
      await page.getByText(/^Fix these \d+ things before scoring:$/).waitFor();
      await expectAccessible(page, 'Score a tender with its errors', [
        'Read bids from my sheet',
        'Add bid',
        'Back',
        'Score',
      ]);
      await typeWorkedExample(page);
      await typeInto(page, 'Price weight (%)', '65');
      await typeInto(page, 'Social value weight (%)', '5');
      await page.getByRole('radio', { name: 'Both' }).click();
      await page.getByText(/^Social value is weighted 5%, under 10%\./).waitFor();
      await expectAccessible(page, 'Score a tender, both methods, a low social value weight', ['Score']);
      await page.getByRole('radio', { name: 'Money offers' }).click();
      await page.getByRole('button', { name: 'Score', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Tender scores' }).waitFor();
      await page.getByText('Working for A').click();
      await expectAccessible(page, 'Tender scores', ['Write scores sheet', 'Back', 'Start again']);
      // Windows high contrast: the pane takes Fluent's high-contrast theme, the chart its patterns.
      await page.emulateMedia({ forcedColors: 'active' });
      await page.getByRole('img', { name: /^Chart of points by bidder/ }).waitFor();
      expect(await seriousViolations(page, { forcedColors: true })).toEqual([]);
      expectNothingWrong(pane);
      await page.close();
    },
  );
});
