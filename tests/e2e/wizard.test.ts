/**
 * The new-evaluation wizard in Chromium, driven as a commissioner drives it:
 * typing with the keyboard, some buttons and choices by Tab, Enter and Space,
 * others with the mouse. It enters METHOD.md's worked check from scratch,
 * writes it into the in-page Excel stand-in, and LibreOffice recalculates
 * what was written. Re-running asks before replacing the add-in's own sheets
 * and never touches the user's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { evaluate, type Evaluation } from '@sroi/core';
import { checkDraft } from '../../addin/src/taskpane/model/check-draft';
import {
  addRow,
  emptyDraft,
  newInput,
  newOutcome,
  newStakeholder,
  setField,
} from '../../addin/src/taskpane/model/draft';
import { sofficeOrSkip } from '../libreoffice/soffice';
import { browserIt, openPane, startBrowser, stopBrowser } from './browser';
import { screenshot } from './screenshots';
import { dumpOf, recalculateDump, type DumpedSheet, type WorkbookDump } from './workbook-from-dump';

beforeAll(startBrowser);
afterAll(stopBrowser);

const soffice = sofficeOrSkip();

/** METHOD.md's worked check, computed here in plain floats, independently of the engine. */
const WORKED = (() => {
  const impact = 100 * 1000 * (1 - 0.2) * (1 - 0.1) * (1 - 0.25);
  const values = [impact, impact * (1 - 0.5), impact * (1 - 0.5) ** 2];
  const presentValues = values.map((value, index) => value / 1.035 ** (index + 1));
  const cumulative = presentValues.map((_, index) => presentValues.slice(0, index + 1).reduce((a, b) => a + b, 0));
  const presentValue = cumulative[2] as number;
  return { impact, values, presentValues, cumulative, presentValue, inputs: 50_000, ratio: presentValue / 50_000 };
})();

/** A sheet of the user's that happens to be called what the layout wants. */
const USER_SETTINGS = {
  name: 'Settings',
  cells: [
    ['My own settings', 'keep me'],
    ['Budget', 125000],
  ],
};

/** The sheets the wizard writes, in the order it adds them, beside the user's "Settings". */
const WRITTEN = ['Settings (2)', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results', 'Charts'];

/** The evaluation typed into the wizard, built from the same draft text, for the engine to compute. */
function typedEvaluation(): Evaluation {
  let draft = emptyDraft();
  draft = addRow(draft, 'stakeholders', newStakeholder(draft));
  draft = addRow(draft, 'inputs', newInput(draft));
  draft = addRow(draft, 'outcomes', newOutcome(draft));
  const stakeholder = draft.stakeholders[0]?.key as string;
  const typed: Record<string, string> = {
    'scope.name': 'Wellbeing service',
    'scope.kind': 'evaluative',
    'stakeholders.0.name': 'Participants',
    'inputs.0.description': 'Contract value',
    'inputs.0.amount': '£50,000',
    'inputs.0.stakeholder': stakeholder,
    'outcomes.0.description': 'Improved wellbeing',
    'outcomes.0.stakeholder': stakeholder,
    'outcomes.0.quantity': '100',
    'outcomes.0.proxyValue': '£1,000',
    'outcomes.0.duration': '3',
    'outcomes.0.deadweight': '20%',
    'outcomes.0.displacement': '10%',
    'outcomes.0.attribution': '25%',
    'outcomes.0.dropOff': '50%',
  };
  for (const [field, value] of Object.entries(typed)) draft = setField(draft, field, value);
  const check = checkDraft(draft);
  if (check.evaluation === null) throw new Error(JSON.stringify(check.errors));
  return check.evaluation;
}

// ---------- reading the page ----------

async function stepShown(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 3, name: title }).waitFor();
}

/** A text field by its label (a required field's " *" is hidden from the name). */
function field(page: Page, label: string): Locator {
  return page.getByRole('textbox', { name: label, exact: true });
}

/** A drop-down list by its label. */
function choice(page: Page, label: string): Locator {
  return page.getByRole('combobox', { name: label, exact: true });
}

/** The Field's validation message beside a control: the first element its aria-describedby names. */
async function messageBeside(control: Locator): Promise<string> {
  return control.evaluate((element) => {
    const id = (element.getAttribute('aria-describedby') ?? '').split(' ')[0] ?? '';
    const message = id === '' ? null : document.getElementById(id);
    return message !== null && message.getAttribute('role') === 'alert' ? (message.textContent ?? '') : '';
  });
}

/** The id of the element that has focus. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** A headline figure's value (the `dd` after its `dt`). */
async function figure(page: Page, label: string): Promise<string> {
  const term = page.locator('dt').filter({ hasText: new RegExp(`^${label}$`) });
  return (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
}

function syncs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __excel: { syncs: number } }).__excel.syncs);
}

function status(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/** From now on, remembers every text a status region shows, however briefly. */
async function recordStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    new MutationObserver(() => {
      for (const region of Array.from(document.querySelectorAll('[role="status"]'))) {
        const text = region.textContent ?? '';
        if (text !== '' && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

function statusesSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
}

// ---------- reading the dump ----------

function sheetOf(dump: WorkbookDump, name: string): DumpedSheet {
  const sheet = dump.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`No sheet ${name} in ${dump.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** 'B8' or '$B$8' → 0-based row and column. */
function position(cell: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(cell);
  if (match === null) throw new Error(`Not a cell: ${cell}`);
  let column = 0;
  for (const letter of match[1] as string) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

function letters(column: number): string {
  let text = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
}

/** The values of a block such as `A14:B16`. */
function block(sheet: DumpedSheet, range: string): unknown[][] {
  const [from, to] = range.split(':').map(position) as [ReturnType<typeof position>, ReturnType<typeof position>];
  const rows: unknown[][] = [];
  for (let r = from.row; r <= to.row; r += 1) {
    const row: unknown[] = [];
    for (let c = from.column; c <= to.column; c += 1) row.push(sheet.values[r]?.[c]);
    rows.push(row);
  }
  return rows;
}

/** The column of a header on a header row. */
function columnOf(sheet: DumpedSheet, headerRow: number, header: string): number {
  const column = (sheet.values[headerRow] ?? []).indexOf(header);
  if (column < 0) throw new Error(`No ${header} header on ${sheet.name}`);
  return column;
}

function isMarked(sheet: DumpedSheet): boolean {
  return sheet.names.some((name) => name.name === 'SROI_AddinSheet');
}

/** A PNG's width in pixels (from its IHDR chunk). */
function pngWidth(file: string): number {
  return readFileSync(file).readUInt32BE(16);
}

// ---------- driving the wizard ----------

/** Home → Open the example → Review, optionally renaming the evaluation and its second stakeholder on the way. */
async function exampleToReview(page: Page, renamed?: { evaluation: string; secondStakeholder: string }): Promise<void> {
  await page.getByRole('button', { name: 'Open the example' }).click();
  await stepShown(page, 'Step 1 of 6: Scope');
  if (renamed !== undefined) await field(page, 'Evaluation name').fill(renamed.evaluation);
  const steps = ['Stakeholders', 'Inputs', 'Outcomes', 'Impact', 'Review'];
  for (const [index, title] of steps.entries()) {
    await page.getByRole('button', { name: 'Next' }).click();
    await stepShown(page, `Step ${index + 2} of 6: ${title}`);
    if (title === 'Stakeholders' && renamed !== undefined)
      await field(page, 'Stakeholder name').nth(1).fill(renamed.secondStakeholder);
  }
}

function replaceDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Replace the sheets the add-in made before?' });
}

describe('the new-evaluation wizard', () => {
  browserIt(
    'takes METHOD.md’s worked check typed from scratch to the workbook, whose formulas LibreOffice recalculates to the engine’s figures',
    async () => {
      const { page, outside, errors } = await openPane({ width: 360, workbook: { sheets: [USER_SETTINGS] } });
      await page.getByRole('button', { name: 'New evaluation' }).click();
      await stepShown(page, 'Step 1 of 6: Scope');

      // Next with a blank name: the message beside the field and in the list, whose link moves focus to the field.
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText('Fix this before going on:').waitFor();
      const name = field(page, 'Evaluation name');
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      const nameMessage = await messageBeside(name);
      expect(nameMessage).toMatch(/name/i);
      const summaryLink = page.getByRole('button', { name: nameMessage });
      expect(await summaryLink.count()).toBe(1);
      await page.keyboard.press('Tab'); // the list took focus when Next was refused; Tab reaches its link
      expect(await summaryLink.evaluate((link) => link === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('field-scope-name');

      // Scope, by keyboard: the name, then Tab into Kind and an arrow to Evaluative.
      await page.keyboard.type('Wellbeing service');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: 'Evaluative' }).isChecked()).toBe(true);
      await field(page, 'Currency').focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('GBP');
      await page.getByRole('radio', { name: 'End of year' }).click();
      await page.getByRole('radio', { name: 'Constant rate' }).focus();
      await page.keyboard.press('Space');
      await page
        .locator('label')
        .filter({ hasText: /^Discount rate$/ })
        .click(); // a label's click reaches its field
      expect(await focusedId(page)).toBe('field-scope-rate');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3.5%');
      expect(await page.getByText('Fix this before going on:').count()).toBe(0);
      await page.getByRole('button', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      await stepShown(page, 'Step 2 of 6: Stakeholders');

      // Add stakeholder by Enter: focus goes to the new row's name, ready to type.
      await page.getByRole('button', { name: 'Add stakeholder' }).focus();
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('field-stakeholders-0-name');
      await page.keyboard.type('Participants');
      await page.getByRole('button', { name: 'Next' }).click();
      await stepShown(page, 'Step 3 of 6: Inputs');

      // Add input by Space; Tab from the description to the amount.
      await page.getByRole('button', { name: 'Add input' }).focus();
      await page.keyboard.press('Space');
      expect(await focusedId(page)).toBe('field-inputs-0-description');
      await page.keyboard.type('Contract value');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('field-inputs-0-amount');
      await page.keyboard.type('£50,000');
      await choice(page, 'Invested by').selectOption({ label: 'Participants' });
      await page.getByRole('button', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      await stepShown(page, 'Step 4 of 6: Outcomes');

      // Add outcome with the mouse; the fields by click and typing.
      await page.getByRole('button', { name: 'Add outcome' }).click();
      await page.keyboard.type('Improved wellbeing');
      await choice(page, 'Stakeholder').selectOption({ label: 'Participants' });
      for (const [label, text] of [
        ['Quantity', '100'],
        ['Financial proxy (value per unit)', '£1,000'],
        ['Duration (years)', '3'],
      ] as const) {
        await field(page, label).click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type(text);
      }
      await page.getByRole('button', { name: 'Next' }).click();
      await stepShown(page, 'Step 5 of 6: Impact');

      // A bare 20 for deadweight asks "did you mean 20%?" beside Deadweight; 20% fixes it.
      for (const [label, text] of [
        ['Deadweight', '20'],
        ['Displacement', '10%'],
        ['Attribution', '25%'],
        ['Drop-off', '50%'],
      ] as const) {
        await field(page, label).click();
        await page.keyboard.type(text);
      }
      await page.getByRole('button', { name: 'Next' }).click();
      const deadweight = field(page, 'Deadweight');
      expect(await messageBeside(deadweight)).toMatch(/did you mean 20%\?/);
      expect(await page.getByText('Fix this before going on:').count()).toBe(1);
      await deadweight.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('20%');
      expect(await messageBeside(deadweight)).toBe('');
      expect(await deadweight.getAttribute('aria-invalid')).toBeNull();
      await page.getByRole('button', { name: 'Next' }).click();
      await stepShown(page, 'Step 6 of 6: Review');

      // Review: METHOD.md's figures.
      await page.getByRole('heading', { level: 3, name: 'The figures' }).waitFor();
      expect(await figure(page, 'Present value')).toBe('£89,554.93');
      expect(await figure(page, 'SROI ratio')).toBe('1.79 : 1');
      expect(await figure(page, 'Present value')).toBe(
        `£${WORKED.presentValue.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
      );
      expect(await figure(page, 'SROI ratio')).toBe(`${WORKED.ratio.toFixed(2)} : 1`);

      // Write to workbook: a status, at most 3 syncs, and the sheets beside the user's untouched "Settings".
      await recordStatuses(page);
      const before = await syncs(page);
      await page.getByRole('button', { name: 'Write to workbook' }).click();
      await status(page, 'Written: the workbook now shows Results.').waitFor();
      expect(await statusesSeen(page)).toContain('Writing to the workbook…');
      expect((await syncs(page)) - before).toBeLessThanOrEqual(3);
      const dump = await dumpOf(page);
      expect(dump.sheets.map((sheet) => sheet.name)).toEqual(['Settings', ...WRITTEN]);
      expect(dump.active).toBe('Results');
      const userSettings = sheetOf(dump, 'Settings');
      expect(userSettings.values).toEqual(USER_SETTINGS.cells);
      expect(isMarked(userSettings)).toBe(false);
      expect(WRITTEN.filter((sheet) => !isMarked(sheetOf(dump, sheet)))).toEqual([]);

      // The Impact Map's Excel table covers its header row and its one data row, above the Total row.
      const impactMap = sheetOf(dump, 'Impact Map');
      const header = impactMap.values.findIndex((row) => row[0] === 'Stakeholder');
      const total = impactMap.values.findIndex((row) => row[0] === 'Total');
      const lastColumn = (impactMap.values[header] ?? []).filter((cell) => cell !== '' && cell !== null).length - 1;
      expect(total).toBe(header + 2);
      expect(impactMap.tables).toEqual([
        { name: 'ImpactMap', range: `A${header + 1}:${letters(lastColumn)}${total}`, hasHeaders: true },
      ]);
      const dataRow = header + 1;
      expect(impactMap.values[dataRow]?.[columnOf(impactMap, header, 'Quantity')]).toBe(100);
      expect(impactMap.values[dataRow]?.[columnOf(impactMap, header, 'Deadweight')]).toBe(0.2);
      for (const share of ['Deadweight', 'Displacement', 'Attribution', 'Drop-off'])
        expect(impactMap.numberFormats[dataRow]?.[columnOf(impactMap, header, share)]).toMatch(/%$/);
      for (const money of ['Proxy value', 'Impact', 'Present value'])
        expect(impactMap.numberFormats[dataRow]?.[columnOf(impactMap, header, money)]).toMatch(/£/);
      const validated = impactMap.validations.map((validation) => validation.address);
      const deadweightColumn = letters(columnOf(impactMap, header, 'Deadweight'));
      expect(validated.some((address) => address.startsWith(`${deadweightColumn}${dataRow + 1}:`))).toBe(true);

      // Settings carries named cells: DiscountRate is the cell holding 0.035, shown as a percentage.
      const settings = sheetOf(dump, 'Settings (2)');
      const rateName = settings.names.find((named) => named.name === 'DiscountRate');
      const rateCell = /!(\$?[A-Z]+\$?\d+)$/.exec(rateName?.formula ?? '')?.[1] ?? '';
      expect(rateName?.formula.startsWith("='Settings (2)'!")).toBe(true);
      const rate = position(rateCell);
      expect(settings.values[rate.row]?.[rate.column]).toBe(0.035);
      expect(settings.numberFormats[rate.row]?.[rate.column]).toMatch(/%$/);
      expect(settings.validations.length).toBeGreaterThan(0);
      const inputs = sheetOf(dump, 'Inputs');
      const inputsHeader = inputs.values.findIndex((row) => row[0] === 'Stakeholder');
      expect(inputs.values[inputsHeader + 1]?.[columnOf(inputs, inputsHeader, 'Amount')]).toBe(50000);
      expect(inputs.numberFormats[inputsHeader + 1]?.[columnOf(inputs, inputsHeader, 'Amount')]).toMatch(/£/);

      // The Charts sheet: native charts over blocks holding the worked check's figures.
      const charts = sheetOf(dump, 'Charts');
      const chart = (title: RegExp) => {
        const found = charts.charts.find((candidate) => title.test(candidate.title));
        if (found === undefined) throw new Error(`No chart titled ${String(title)}`);
        return found;
      };
      expect(charts.charts.map((c) => c.type)).toEqual([
        'ColumnClustered',
        'ColumnClustered',
        'ColumnClustered',
        'BarClustered',
      ]);
      const byStakeholder = block(charts, chart(/stakeholder/i).data);
      expect(byStakeholder[0]).toEqual(['Stakeholder', 'Present value']);
      expect(byStakeholder.slice(1).map(([who]) => who)).toEqual(['Participants']);
      expect(byStakeholder[1]?.[1] as number).toBeCloseTo(WORKED.presentValue, 2);
      const byDomain = block(charts, chart(/domain/i).data).slice(1);
      expect(byDomain.reduce((sum, row) => sum + (row[1] as number), 0)).toBeCloseTo(WORKED.presentValue, 2);
      const payback = chart(/year/i);
      expect(payback.series.map((series) => series.chartType)).toEqual(['ColumnClustered', 'Line', 'Line']);
      const byYear = block(charts, payback.data).slice(1);
      expect(byYear.map(([year]) => year)).toEqual(['Year 1', 'Year 2', 'Year 3']);
      byYear.forEach((row, index) => {
        expect(row[1] as number).toBeCloseTo(WORKED.presentValues[index] as number, 2);
        expect(row[2] as number).toBeCloseTo(WORKED.cumulative[index] as number, 2);
        expect(row[3]).toBe(WORKED.inputs);
      });
      const tornado = chart(/tornado/i);
      expect(tornado.series[0]).toMatchObject({ overlap: 100, gapWidth: 50 });
      const swings = block(charts, tornado.data).slice(1);
      expect(swings.length).toBeGreaterThan(0);
      for (const [, low, high] of swings) {
        expect(Math.min(low as number, high as number)).toBeLessThan(WORKED.ratio);
        expect(Math.max(low as number, high as number)).toBeGreaterThan(WORKED.ratio);
      }

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();

      // LibreOffice recalculates what the pane wrote: the engine's figures to the penny, and METHOD.md's.
      if (soffice === null) return;
      const directory = mkdtempSync(join(tmpdir(), 'sroi-wizard-'));
      try {
        const grids = await recalculateDump(dump, directory);
        const results = grids.get('Results') ?? [];
        const recalculated = (label: string) => Number(results.find((row) => row[0] === label)?.[1]);
        const engine = evaluate(typedEvaluation());
        expect(recalculated('Present value')).toBeCloseTo(engine.presentValue.toNumber(), 2);
        expect(recalculated('Inputs (present value)')).toBeCloseTo(engine.inputsPresentValue.toNumber(), 2);
        expect(recalculated('Net present value')).toBeCloseTo(engine.netPresentValue.toNumber(), 2);
        expect(recalculated('SROI ratio')).toBeCloseTo(engine.ratio?.toNumber() as number, 9);
        expect(recalculated('Present value').toFixed(2)).toBe('89554.93');
        expect(recalculated('Inputs (present value)')).toBeCloseTo(WORKED.inputs, 2);
        expect(recalculated('SROI ratio').toFixed(4)).toBe('1.7911');
        expect(grids.get('Settings')).toEqual([
          ['My own settings', 'keep me'],
          ['Budget', '125000'],
        ]);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  );

  browserIt(
    'asks before replacing the add-in’s earlier sheets: keeping adds numbered sheets, Esc writes nothing, replacing leaves the user’s sheet alone',
    async () => {
      const { page, outside, errors } = await openPane({ workbook: { sheets: [USER_SETTINGS] } });

      // First run: nothing of the add-in's yet, so no question.
      await exampleToReview(page);
      await page.getByRole('button', { name: 'Write to workbook' }).click();
      await status(page, 'Written: the workbook now shows Results.').waitFor();
      const first = await dumpOf(page);
      expect(first.sheets.map((sheet) => sheet.name)).toEqual(['Settings', ...WRITTEN]);

      // Second run: the question lists the add-in's sheets, its "Settings (2)" too (never the user's "Settings"); keep them.
      await page.getByRole('button', { name: 'Start again' }).click();
      await exampleToReview(page);
      await page.getByRole('button', { name: 'Write to workbook' }).click();
      const dialog = replaceDialog(page);
      await dialog.waitFor();
      const listed = ['Settings (2)', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results', 'Charts'];
      expect(await dialog.getByRole('listitem').allTextContents()).toEqual(listed);
      await dialog.getByRole('button', { name: 'Keep them and add new sheets' }).click();
      await status(page, 'Written: the workbook now shows Results (2).').waitFor();
      // The dialog went with the page it was on; the pane it hid while open is shown to screen readers again.
      expect(await page.locator('main').getAttribute('aria-hidden')).toBeNull();
      const kept = await dumpOf(page);
      const numbered = [
        'Settings (3)',
        'Stakeholders (2)',
        'Inputs (2)',
        'Impact Map (2)',
        'Discounting (2)',
        'Results (2)',
        'Charts (2)',
      ];
      expect(kept.sheets.map((sheet) => sheet.name)).toEqual(['Settings', ...WRITTEN, ...numbered]);
      expect(kept.sheets.slice(0, first.sheets.length)).toEqual(first.sheets);
      expect(numbered.filter((sheet) => !isMarked(sheetOf(kept, sheet)))).toEqual([]);
      expect(sheetOf(kept, 'Impact Map (2)').tables.map((table) => table.name)).toEqual(['ImpactMap_2']);

      // Third run, renamed: Esc on the question writes nothing.
      await page.getByRole('button', { name: 'Start again' }).click();
      await exampleToReview(page, { evaluation: 'Replaced run', secondStakeholder: 'Council' });
      const write = page.getByRole('button', { name: 'Write to workbook' });
      await write.click();
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await status(page, 'Nothing was written.').waitFor();
      await dialog.waitFor({ state: 'detached' });
      expect(await dumpOf(page)).toEqual(kept);

      // Then Replace: only the listed sheets of the add-in's are new, under the same names, so none is left behind;
      // the user's and the rest are as they were.
      await write.click();
      await dialog.waitFor();
      expect(await dialog.getByRole('listitem').allTextContents()).toEqual(listed);
      await dialog.getByRole('button', { name: 'Replace' }).click();
      await status(page, 'Written: the workbook now shows Results.').waitFor();
      const replaced = await dumpOf(page);
      expect(replaced.sheets.map((sheet) => sheet.name).sort()).toEqual(kept.sheets.map((sheet) => sheet.name).sort());
      for (const sheet of kept.sheets.filter((candidate) => !listed.includes(candidate.name)))
        expect(sheetOf(replaced, sheet.name)).toEqual(sheet);
      expect(sheetOf(replaced, 'Settings').values).toEqual(USER_SETTINGS.cells);
      for (const sheet of listed) {
        expect(isMarked(sheetOf(replaced, sheet))).toBe(true);
        // Discounting holds no name or text of the evaluation's, and its references are the same as before.
        if (sheet !== 'Discounting') expect(sheetOf(replaced, sheet)).not.toEqual(sheetOf(kept, sheet));
      }
      expect(sheetOf(replaced, 'Impact Map').values[0]?.[0]).toBe('Impact map: Replaced run');
      expect(sheetOf(replaced, 'Stakeholders').values.some((row) => row.includes('Council'))).toBe(true);
      expect(sheetOf(replaced, 'Settings (2)').values.some((row) => row.includes('Replaced run'))).toBe(true);

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  browserIt(
    'shows the Impact step’s guidance and the Review’s figures in a 360 px pane without sideways scrolling',
    async () => {
      const { page, outside, errors } = await openPane({ width: 360 });
      await page.getByRole('button', { name: 'Open the example' }).click();
      for (const [index, title] of ['Stakeholders', 'Inputs', 'Outcomes', 'Impact'].entries()) {
        await page.getByRole('button', { name: 'Next' }).click();
        await stepShown(page, `Step ${index + 2} of 6: ${title}`);
      }
      // Each share carries its guidance with the typical published value.
      for (const label of ['Deadweight', 'Displacement', 'Attribution', 'Drop-off']) {
        const hint = await field(page, label).evaluate((element) => {
          const ids = (element.getAttribute('aria-describedby') ?? '').split(' ');
          return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        });
        expect(hint).toMatch(/Typical:/);
      }
      expect(pngWidth(await screenshot(page, 'wizard-impact'))).toBe(360);
      await page.getByRole('button', { name: 'Next' }).click();
      await stepShown(page, 'Step 6 of 6: Review');
      expect(await figure(page, 'Present value')).toBe('£89,554.93');
      expect(await figure(page, 'SROI ratio')).toBe('1.79 : 1');
      expect(pngWidth(await screenshot(page, 'wizard-review'))).toBe(360);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
