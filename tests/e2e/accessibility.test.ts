/**
 * The task pane for everyone: axe-core finds no serious or critical problem on
 * any page or state; at 320 px (Excel's narrowest pane) nothing needs sideways
 * scrolling and the main buttons stay on screen; the wizard works with the
 * keyboard alone; Windows high contrast gets Fluent's high-contrast theme; and
 * an Excel that cannot write, or a browser outside Excel, says so in words.
 */
import { teamsHighContrastTheme, webLightTheme, type Theme } from '@fluentui/tokens';
import type { Page } from 'playwright-core';
import { CANNOT_WRITE, NO_CHARTS, NO_NOTES } from '../../addin/src/taskpane/excel/abilities';
import { OUR_SHEET_MARK } from '../../addin/src/taskpane/plan/write-plan';
import { browserIt, openPane, seriousViolations, startBrowser, stopBrowser, type OpenPane } from './browser';

beforeAll(startBrowser);
afterAll(stopBrowser);

/** Excel's narrowest task pane. */
const NARROW = 320;

const STEPS = ['Scope', 'Stakeholders', 'Inputs', 'Outcomes', 'Impact', 'Review'];
const stepHeading = (index: number) => `Step ${index + 1} of 6: ${STEPS[index]}`;
const HOME_BUTTONS = ['New evaluation', 'Evaluate my sheet', 'Open the example'];

describe('axe-core finds no serious problem, and the pane fits 320 px, on every page', () => {
  browserIt('each wizard step, left empty with its errors shown after Next, then the review', async () => {
    const pane = await openPane({ width: NARROW });
    const { page } = pane;
    await page.getByRole('button', { name: 'New evaluation' }).click();
    const fillIn: Record<string, () => Promise<void>> = {
      Scope: () => page.getByLabel('Evaluation name').fill('Tenancy support'),
      Stakeholders: () => page.getByLabel('Stakeholder name').fill('Tenants'),
      Inputs: async () => {
        await page.getByLabel('Input description').fill('Grant');
        await page.getByLabel('Amount').fill('£10,000');
      },
      Outcomes: async () => {
        await page.getByRole('textbox', { name: 'Outcome', exact: true }).fill('Kept their home');
        await page.getByRole('combobox', { name: 'Stakeholder', exact: true }).selectOption({ label: 'Tenants' });
        await page.getByLabel('Quantity').fill('20');
        await page.getByLabel('Financial proxy (value per unit)').fill('£2,000');
        await page.getByLabel('Duration (years)').fill('2');
      },
      Impact: () => page.getByLabel('Deadweight').fill('20%'),
    };
    for (let index = 0; index < 5; index += 1) {
      const step = STEPS[index]!;
      await page.getByRole('heading', { level: 3, name: stepHeading(index) }).waitFor();
      // A step that may be left empty gets an empty row, or a share over 100%, so Next has something to refuse.
      if (step === 'Inputs') await page.getByRole('button', { name: 'Add input' }).click();
      if (step === 'Impact') await page.getByLabel('Deadweight').fill('120');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(/^Fix (this|these \d+ things) before going on:$/).waitFor();
      await expectAccessible(page, `${step}, with its errors`, ['Back', 'Next']);
      if (step === 'Stakeholders' || step === 'Outcomes')
        await page.getByRole('button', { name: step === 'Stakeholders' ? 'Add stakeholder' : 'Add outcome' }).click();
      await fillIn[step]!();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('heading', { level: 3, name: 'The figures' }).waitFor();
    await expectAccessible(page, 'Review of the typed evaluation', ['Back', 'Write to workbook']);
    expectNothingWrong(pane);
    await page.close();
  });

  browserIt('Home, each step of the example, the review, the results and sensitivity after Monte Carlo', async () => {
    const pane = await openPane({ width: NARROW });
    const { page } = pane;
    await page.getByRole('button', { name: 'New evaluation' }).waitFor();
    await expectAccessible(page, 'Home in Excel', HOME_BUTTONS);
    await page.getByRole('button', { name: 'Open the example' }).click();
    for (let index = 0; index < 5; index += 1) {
      await page.getByRole('heading', { level: 3, name: stepHeading(index) }).waitFor();
      await expectAccessible(page, `${STEPS[index]} of the example`, ['Back', 'Next']);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('heading', { level: 3, name: 'The figures' }).waitFor();
    await expectAccessible(page, 'Review of the example', ['Back', 'Write to workbook']);

    await page.getByRole('button', { name: 'Write to workbook' }).click();
    await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    await expectAccessible(page, 'Results', ['Write results sheet', 'Sensitivity', 'Start again']);

    await page.getByRole('button', { name: 'Sensitivity' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sensitivity' }).waitFor();
    await page.getByLabel('Iterations').fill('2,000');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByText('Finished 2,000 draws.').waitFor({ timeout: 20_000 });
    await page.getByRole('img', { name: /^Histogram of/ }).waitFor();
    await expectAccessible(page, 'Sensitivity after Monte Carlo', ['Run', 'Back']);
    expectNothingWrong(pane);
    await page.close();
  });

  browserIt('Evaluate my sheet with the columns read, problems and cells Excel could not pass', async () => {
    const pane = await openPane({
      width: NARROW,
      workbook: {
        sheets: [
          {
            name: 'My map',
            cells: [
              [],
              [null, 'Stakeholder', 'Outcome', 'Quantity', 'Financial proxy', 'Deadweight', 'Duration', 'Notes'],
              [null, 'Tenants', 'Kept their home', 20, 2000, 'lots', 2, { error: '#N/A' }],
              [null, 'Tenants', 'Less debt', { error: '#N/A' }, 500, 0.1, 1, 'ok'],
            ],
          },
        ],
        selection: { sheet: 'My map', address: 'B2:H4' },
      },
    });
    const { page } = pane;
    await page.getByRole('button', { name: 'Evaluate my sheet' }).click();
    await page.getByRole('button', { name: 'Read selection' }).click();
    await page.getByText("Read 'My map'!B2:H4.").waitFor();
    await page.getByRole('heading', { level: 3, name: 'How the columns were read' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^\d+ problems?$/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Cells Excel could not pass' }).waitFor();
    // The bad share and the #N/A quantity are problems (the error said, not "missing"), each a link to its cell; the #N/A in the notes, which
    // nothing reads, is only listed; the wide mapping table scrolls in its own region.
    const problems = page.getByRole('list', { name: 'Problems' });
    await problems.getByRole('button', { name: "'My map'!F3" }).waitFor();
    await problems.getByRole('button', { name: "'My map'!D4" }).waitFor();
    await page
      .getByRole('list', { name: 'Cells Excel could not pass' })
      .getByRole('button', { name: "'My map'!H3" })
      .waitFor();
    await page.getByRole('region', { name: 'Impact map on My map, headers B2:H2, rows 3:4' }).waitFor();
    await expectAccessible(page, 'Evaluate my sheet with problems', ['Read selection', 'Back', 'Evaluate']);
    expectNothingWrong(pane);
    await page.close();
  });
});

describe('the wizard with the keyboard alone', () => {
  browserIt('opens the example, reaches the review with Tab, Enter and Space, and the dialog keeps focus', async () => {
    const pane = await openPane({ width: NARROW });
    const { page } = pane;
    await page.getByRole('button', { name: 'Open the example' }).waitFor();
    // A sheet from an earlier run, so writing asks before replacing it.
    await page.evaluate(
      (mark) =>
        (window as unknown as { __excel: { seed(workbook: object): void } }).__excel.seed({
          sheets: [{ name: 'Impact Map', cells: [['An earlier evaluation']], names: [mark] }],
        }),
      OUR_SHEET_MARK,
    );
    await tabTo(page, 'Open the example');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('H2 New evaluation');
    for (let index = 1; index < 6; index += 1) {
      await tabTo(page, 'Next');
      await page.keyboard.press(index % 2 === 0 ? 'Space' : 'Enter');
      await page.getByRole('heading', { level: 3, name: stepHeading(index) }).waitFor();
      expect(await focused(page)).toBe(`H3 ${stepHeading(index)}`);
    }

    await tabTo(page, 'Write to workbook');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Replace the sheets the add-in made before?' });
    await dialog.waitFor();
    await expectAccessible(page, 'The replace dialog', ['Replace', 'Keep them and add new sheets', 'Cancel']);
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Nothing was written.').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Write to workbook');
    expect(await focused(page)).toBe('BUTTON Write to workbook');
    // Nothing was written: the workbook still has only the old sheet.
    const sheets = await page.evaluate(() =>
      (window as unknown as { __excel: { dump(): { sheets: { name: string }[] } } }).__excel
        .dump()
        .sheets.map((sheet) => sheet.name),
    );
    expect(sheets).toEqual(['Impact Map']);
    expectNothingWrong(pane);
    await page.close();
  });
});

describe('Windows high contrast', () => {
  browserIt(
    "switches to Fluent's high-contrast theme; axe-core finds nothing serious and all text is legible",
    async () => {
      const pane = await openPane({ width: NARROW });
      const { page } = pane;
      await page.getByRole('button', { name: 'New evaluation' }).waitFor();
      expect(await themeColours(page)).toEqual(coloursOf(webLightTheme));
      await page.emulateMedia({ forcedColors: 'active' });
      // The theme follows the system's setting as it changes, without reopening the pane.
      await page.waitForFunction((background) => {
        const provider = document.querySelector('.fui-FluentProvider');
        return (
          provider !== null && getComputedStyle(provider).getPropertyValue('--colorNeutralBackground1') === background
        );
      }, teamsHighContrastTheme.colorNeutralBackground1);
      expect(await themeColours(page)).toEqual(coloursOf(teamsHighContrastTheme));
      const forced = { forcedColors: true };
      await expectAccessible(page, 'Home in high contrast', HOME_BUTTONS, forced);
      await page.getByRole('button', { name: 'New evaluation' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText('Fix this before going on:').waitFor();
      await expectAccessible(page, 'Scope with its errors in high contrast', ['Back', 'Next'], forced);
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Open the example' }).click();
      for (let index = 0; index < 5; index += 1) await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { level: 3, name: 'The figures' }).waitFor();
      await expectAccessible(page, 'Review in high contrast', ['Back', 'Write to workbook'], forced);
      expectNothingWrong(pane);
      await page.close();
    },
  );
});

describe('where the pane cannot do everything, it says so in words (and Home stays accessible at 320 px)', () => {
  browserIt('an Excel without the APIs to write says so on Home and disables writing with the reason', async () => {
    const pane = await openPane({ width: NARROW, unsupported: ['ExcelApi 1.8', 'ExcelApi 1.10'] });
    const { page } = pane;
    await page.getByText('This version of Excel cannot do everything the add-in offers:').waitFor();
    expect(await page.getByRole('listitem').allTextContents()).toEqual([CANNOT_WRITE]);
    // In a commissioner's words: which Excel is needed, not which API set is missing.
    expect(CANNOT_WRITE).toMatch(/Excel 2019 or later/);
    expect(CANNOT_WRITE).not.toMatch(/API|requirement/i);
    await expectAccessible(page, 'Home in an Excel that cannot write', HOME_BUTTONS);
    // Reading and the wizard still work: only writing is missing.
    expect(await page.getByRole('button', { name: 'Evaluate my sheet' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Open the example' }).click();
    for (let index = 0; index < 5; index += 1) await page.getByRole('button', { name: 'Next' }).click();
    const write = page.getByRole('button', { name: 'Write to workbook' });
    await write.waitFor();
    expect(await write.isDisabled()).toBe(true);
    expect(await page.getByText(CANNOT_WRITE).isVisible()).toBe(true);
    expectNothingWrong(pane);
    await page.close();
  });

  browserIt('an Excel without charts or notes lists both, and writing stays available', async () => {
    const pane = await openPane({ width: NARROW, unsupported: ['ExcelApi 1.7', 'ExcelApi 1.10'] });
    const { page } = pane;
    await page.getByText('This version of Excel cannot do everything the add-in offers:').waitFor();
    expect(await page.getByRole('listitem').allTextContents()).toEqual([NO_CHARTS, NO_NOTES]);
    for (const message of [NO_CHARTS, NO_NOTES]) expect(message).not.toMatch(/API|requirement/i);
    await expectAccessible(page, 'Home in an Excel without charts or notes', HOME_BUTTONS);
    await page.getByRole('button', { name: 'Open the example' }).click();
    for (let index = 0; index < 5; index += 1) await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByRole('button', { name: 'Write to workbook' }).isEnabled()).toBe(true);
    expectNothingWrong(pane);
    await page.close();
  });

  browserIt(
    'outside Excel, Evaluate my sheet and writing are disabled and the pane says to open it from Excel',
    async () => {
      const pane = await openPane({ width: NARROW, host: null });
      const { page } = pane;
      await page
        .getByText('Open this page from Excel to read or write a workbook. You can still look at the example here.')
        .waitFor();
      expect(await page.getByRole('button', { name: 'Evaluate my sheet' }).isDisabled()).toBe(true);
      await expectAccessible(page, 'Home outside Excel', HOME_BUTTONS);
      await page.getByRole('button', { name: 'Open the example' }).click();
      for (let index = 0; index < 5; index += 1) await page.getByRole('button', { name: 'Next' }).click();
      const write = page.getByRole('button', { name: 'Write to workbook' });
      await write.waitFor();
      expect(await write.isDisabled()).toBe(true);
      expect(await page.getByText('Open this page from Excel to write to a workbook.').isVisible()).toBe(true);
      expectNothingWrong(pane);
      await page.close();
    },
  );
});

/**
 * No serious axe-core violation, no sideways scrolling at the pane's width, and
 * each of `buttons` visible and wholly inside the viewport once scrolled to.
 * Under forced colours, contrast is measured on the colours painted (see `seriousViolations`).
 */
async function expectAccessible(
  page: Page,
  state: string,
  buttons: readonly string[],
  { forcedColors = false } = {},
): Promise<void> {
  expect({ state, violations: await seriousViolations(page, { forcedColors }) }).toEqual({ state, violations: [] });
  if (forcedColors) expect({ state, lowContrast: await lowContrastText(page) }).toEqual({ state, lowContrast: [] });
  const width = page.viewportSize()!.width;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ state, scrollWidth: scrollWidth <= width ? 'fits' : scrollWidth }).toEqual({ state, scrollWidth: 'fits' });
  for (const name of buttons) {
    const button = page.getByRole('button', { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    const viewport = page.viewportSize()!;
    const inside =
      box !== null &&
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= viewport.width &&
      box.y + box.height <= viewport.height;
    expect({ state, button: name, inside }).toEqual({ state, button: name, inside: true });
  }
}

/** No request left this machine and the page logged no error. */
function expectNothingWrong({ outside, errors }: OpenPane): void {
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
}

/** Presses Tab until the focused control is named `name`; fails after 60 presses. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === `BUTTON ${name}`) return;
  }
  throw new Error(`Tab never reached ${name}; focus is on ${await focused(page)}`);
}

/** The focused element as 'TAG text', e.g. 'BUTTON Next'. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element === null ? 'nothing' : `${element.tagName} ${element.textContent?.trim() ?? ''}`;
  });
}

/**
 * Visible text, outside disabled controls, whose painted colour has less than WCAG's 4.5 : 1
 * contrast with the first opaque background behind it, as 'ratio: text' lines.
 */
function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const behind = (element: Element) => {
      for (let at: Element | null = element; at !== null; at = at.parentElement) {
        const colour = channels(getComputedStyle(at).backgroundColor);
        if (colour.length === 3 || (colour[3] ?? 0) > 0) return colour;
      }
      return [255, 255, 255];
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (element === null || text === '' || element.closest(':disabled, [aria-disabled="true"]') !== null) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      const [fore, back] = [luminance(channels(getComputedStyle(element).color)), luminance(behind(element))];
      const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
      if (ratio < 4.5) found.push(`${ratio.toFixed(2)}: ${text.slice(0, 40)}`);
    }
    return found;
  });
}

const THEME_COLOURS = ['colorNeutralBackground1', 'colorNeutralForeground1', 'colorBrandBackground'] as const;

/** The colours a theme gives the pane's background, text and primary buttons. */
function coloursOf(theme: Theme): string[] {
  return THEME_COLOURS.map((token) => theme[token]);
}

/** The same colours as the pane's FluentProvider has them now. */
function themeColours(page: Page): Promise<string[]> {
  return page.evaluate((tokens) => {
    const provider = document.querySelector('.fui-FluentProvider');
    return tokens.map((token) => (provider === null ? '' : getComputedStyle(provider).getPropertyValue(`--${token}`)));
  }, THEME_COLOURS);
}
