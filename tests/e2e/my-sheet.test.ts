/**
 * "Evaluate my sheet" in the built task pane: a commissioner's own value map,
 * laid out their way, read from a selection, corrected by hand, evaluated and
 * written as a results sheet, without a single cell of their sheet changing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { evaluate, type Evaluation } from '@sroi/core';
import { sofficeOrSkip } from '../libreoffice/soffice';
import { browserIt, openPane, startBrowser, stopBrowser } from './browser';
import { previewSheet } from './sheet-preview';
import { screenshot } from './screenshots';
import { dumpOf, recalculateDump } from './workbook-from-dump';

beforeAll(startBrowser, 180_000);
afterAll(stopBrowser);

const soffice = sofficeOrSkip();

/** One outcome as the commissioner wrote it: who, what, how many, £ each, years, and the four shares. */
interface Row {
  readonly who: string;
  readonly what: string;
  readonly people: number;
  readonly value: number;
  readonly years: number;
  readonly deadweight: number;
  readonly displacement: number;
  readonly attribution: number;
  readonly dropOff: number;
  readonly investment: number | null;
  readonly note: unknown;
}

const HEADERS = [
  'Who',
  'What changes',
  'Number of people',
  'Value per person (£)',
  'Years it lasts',
  'DW',
  'Displacement %',
  'Credit to others',
  'Drop off',
  'Investment',
  'Notes',
];

/** The map as corrected; row 3 (sheet row 5) was first typed with a deadweight of 120%. */
const ROWS: readonly Row[] = [
  row('Young people', 'More confident', 40, 850, 2, 0.25, 0.1, 0.2, 0.3, 30000, 'survey'),
  row('Young people', 'Back in education', 12, 2400, 3, 0.4, 0, 0.35, 0.5, null, { error: '#N/A' }),
  row('Parents', 'Less stress', 30, 600, 1, 0.12, 0.05, 0.1, 0, null, 'from interviews'),
  row('Local council', 'Fewer exclusions', 8, 5200, 2, 0.3, 0, 0.5, 0.25, 12000, null),
];

function row(
  ...values: [string, string, number, number, number, number, number, number, number, number | null, unknown]
): Row {
  const [who, what, people, value, years, deadweight, displacement, attribution, dropOff, investment, note] = values;
  return { who, what, people, value, years, deadweight, displacement, attribution, dropOff, investment, note };
}

/** The sheet 'My map' with the headers in B2 and the rows below; `deadweightOfRow5` as typed there. */
function myMap(deadweightOfRow5: number): { name: string; cells: unknown[][] } {
  const cells: unknown[][] = [[], [null, ...HEADERS]];
  ROWS.forEach((r, index) => {
    const deadweight = index === 2 ? deadweightOfRow5 : r.deadweight;
    cells.push([
      null,
      r.who,
      r.what,
      r.people,
      r.value,
      r.years,
      deadweight,
      r.displacement,
      r.attribution,
      r.dropOff,
      r.investment,
      r.note,
    ]);
  });
  return { name: 'My map', cells };
}

const SELECTION = { sheet: 'My map', address: 'B2:L6' };

// ---------- the figures, worked independently (METHOD.md: 3.5%, end of year, one reduction after another) ----------

const RATE = 0.035;

function impactOf(r: Row): number {
  return r.people * r.value * (1 - r.deadweight) * (1 - r.displacement) * (1 - r.attribution);
}

function presentValueOf(r: Row): number {
  let total = 0;
  for (let year = 1; year <= r.years; year += 1) {
    total += (impactOf(r) * (1 - r.dropOff) ** (year - 1)) / (1 + RATE) ** year;
  }
  return total;
}

const PRESENT_VALUE = ROWS.reduce((sum, r) => sum + presentValueOf(r), 0);
const INPUTS = 30000 + 12000;
const RATIO = PRESENT_VALUE / INPUTS;

const pounds = (amount: number) =>
  `£${amount.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The same map as an Evaluation written out by hand, for the engine's own figures. */
const BY_HAND: Evaluation = {
  name: 'My map',
  currency: 'GBP',
  discount: { rate: RATE },
  stakeholders: ['Young people', 'Parents', 'Local council'].map((name) => ({ id: name, name })),
  inputs: [
    { stakeholder: 'Young people', description: 'Investment', amount: 30000 },
    { stakeholder: 'Local council', description: 'Investment', amount: 12000 },
  ],
  outcomes: ROWS.map((r, index) => ({
    id: `outcome-${index + 1}`,
    stakeholder: r.who,
    description: r.what,
    quantity: r.people,
    duration: r.years,
    proxy: { value: r.value },
    deadweight: r.deadweight,
    displacement: r.displacement,
    attribution: r.attribution,
    dropOff: r.dropOff,
  })),
};

// ---------- what the pane shows ----------

/** Each row of the mapping table: [letter, header as written, what it is read as]. */
async function mappingRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const [letter, header, readAs] = Array.from(tr.children) as HTMLElement[];
      const select = readAs?.querySelector('select');
      return [
        letter?.innerText.trim() ?? '',
        (header?.innerText ?? '').split('\n')[0]?.trim() ?? '',
        select ? (select.selectedOptions[0]?.text ?? '') : (readAs?.innerText.trim() ?? ''),
      ];
    }),
  );
}

/** The items of a list the pane labels, as text. */
async function listItems(page: Page, label: string): Promise<string[]> {
  return page.getByRole('list', { name: label }).getByRole('listitem').allInnerTexts();
}

/** The value shown for a headline figure such as 'SROI ratio'. */
async function figure(page: Page, label: string): Promise<string> {
  const term = page.locator('dt').getByText(label, { exact: true });
  return page.locator('dl > div').filter({ has: term }).locator('dd').first().innerText();
}

/** Chooses a field for a column with the keyboard alone: focus its select and type the field's first letters. */
async function readColumnAs(page: Page, letter: string, typed: string, field: string): Promise<void> {
  const select = page.getByRole('combobox', { name: `Column ${letter} is read as` });
  await select.focus();
  await page.keyboard.type(typed);
  await expect(select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text)).resolves.toBe(field);
}

/** Retries an assertion about the page for up to 5 seconds: the pane answers a click a little later. */
async function eventually(check: () => Promise<unknown>): Promise<void> {
  for (let tries = 0; ; tries += 1) {
    try {
      await check();
      return;
    } catch (error) {
      if (tries >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('Evaluate my sheet, on a commissioner’s own value map', () => {
  browserIt(
    'reads the map where it sits, shows how each column was read, points at the bad cells, and evaluates it once corrected',
    async () => {
      const { page, outside, errors } = await openPane({ workbook: { sheets: [myMap(1.2)], selection: SELECTION } });
      await page.getByRole('button', { name: 'Evaluate my sheet' }).click();
      await page.getByRole('heading', { level: 2, name: 'Evaluate my sheet' }).waitFor();
      await page.getByRole('button', { name: 'Read selection' }).click();
      await page.getByText("Read 'My map'!B2:L6.").waitFor();

      // Every column with its letter, the commissioner's header and the field it fed.
      await page.getByRole('heading', { level: 3, name: 'How the columns were read' }).waitFor();
      const caption = 'Impact map on My map, headers B2:L2, rows 3:6';
      expect(await mappingRows(page, caption)).toEqual([
        ['B', 'Who', 'Stakeholder'],
        ['C', 'What changes', 'Outcome'],
        ['D', 'Number of people', 'Quantity'],
        ['E', 'Value per person (£)', 'Proxy value'],
        ['F', 'Years it lasts', 'Duration'],
        ['G', 'DW', 'Deadweight'],
        ['H', 'Displacement %', 'Displacement'],
        ['I', 'Credit to others', 'Not used'],
        ['J', 'Drop off', 'Drop-off'],
        ['K', 'Investment', 'Input amount'],
        ['L', 'Notes', 'Not used'],
      ]);

      // The 120% deadweight is named at the sheet's own address, not the selection's.
      await page.getByRole('heading', { level: 3, name: '1 problem' }).waitFor();
      const problems = await listItems(page, 'Problems');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^'My map'!G5: deadweight .*over 100%/);
      // The #N/A in the notes is listed where it is.
      await page.getByRole('heading', { level: 3, name: 'Cells Excel could not pass' }).waitFor();
      const errorCells = await listItems(page, 'Cells Excel could not pass');
      expect(errorCells).toEqual([expect.stringMatching(/^'My map'!L4: this cell holds #N\/A/)]);
      // The attribution column was not found under the commissioner's header.
      expect((await listItems(page, 'Warnings')).join('\n')).toMatch(/no Attribution column was found/);
      expect(await page.getByRole('button', { name: 'Evaluate' }).isDisabled()).toBe(true);

      // The problem's link takes the commissioner to the cell.
      await page.getByRole('list', { name: 'Problems' }).getByRole('button', { name: "'My map'!G5" }).click();
      await eventually(async () => expect((await dumpOf(page)).selection).toEqual({ sheet: 'My map', address: 'G5' }));

      // They type 12% in G5 and select the map again (the pane only reads it, so the fix is made in Excel).
      await page.evaluate(
        (workbook) => (window as unknown as { __excel: { seed(value: unknown): void } }).__excel.seed(workbook),
        { sheets: [myMap(0.12)], selection: SELECTION },
      );
      await page.getByRole('button', { name: 'Read selection' }).click();
      await page.getByText('No problems: the value map can be evaluated.').waitFor();

      // Column I holds the attribution: said with the keyboard.
      await readColumnAs(page, 'I', 'At', 'Attribution');
      await eventually(async () =>
        expect(await mappingRows(page, caption)).toContainEqual(['I', 'Credit to others', 'Attribution']),
      );
      expect((await listItems(page, 'Warnings')).join('\n')).not.toMatch(/Attribution column/);
      await screenshot(page, 'evaluate-my-sheet-mapping');
      const before = await dumpOf(page);

      // The figures are the map's, worked by hand.
      await page.getByRole('button', { name: 'Evaluate' }).click();
      await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
      await page.getByText("My map, read from 'My map'!B2:L6").waitFor();
      expect(await figure(page, 'Present value')).toBe(pounds(PRESENT_VALUE));
      expect(await figure(page, 'Inputs (present value)')).toBe(pounds(INPUTS));
      expect(await figure(page, 'SROI ratio')).toBe(`${RATIO.toFixed(2)} : 1`);
      const byStakeholder = page.getByRole('table', { name: 'Present value by stakeholder' });
      for (const [who, rows] of [
        ['Young people', ROWS.slice(0, 2)],
        ['Parents', ROWS.slice(2, 3)],
        ['Local council', ROWS.slice(3)],
      ] as const) {
        const shown = byStakeholder.getByRole('row').filter({ has: page.getByRole('rowheader', { name: who }) });
        expect(await shown.getByRole('cell').first().innerText()).toBe(
          pounds(rows.reduce((sum, r) => sum + presentValueOf(r), 0)),
        );
      }

      // The results sheet: written beside the map, with its charts, named cells and the add-in's mark.
      await page.getByRole('button', { name: 'Write results sheet' }).click();
      await page.getByText('Written: the workbook now shows SROI Results.').waitFor();
      const after = await dumpOf(page);
      expect(after.sheets.map((sheet) => sheet.name)).toEqual(['My map', 'SROI Results']);
      expect(after.sheets[0]).toEqual(before.sheets[0]);
      const results = after.sheets[1]!;
      // For the README: the sheet as written, its charts drawn from the definitions given to Excel.
      const preview = await page
        .context()
        .browser()!
        .newPage({ viewport: { width: 1000, height: 700 } });
      await previewSheet(preview, results);
      await screenshot(preview, 'results-sheet');
      await preview.close();
      const chart = (title: string) => results.charts.find((c) => c.title === title);
      expect(chart('Value by stakeholder')).toMatchObject({ type: 'ColumnClustered', categoryAxis: 'Stakeholder' });
      expect(chart('Value by year, against the inputs')?.series.map((s) => s.chartType)).toEqual([
        'ColumnClustered',
        'Line',
        'Line',
      ]);
      const tornado = results.charts.find((c) => c.title.startsWith('Tornado'));
      expect(tornado?.type).toBe('BarClustered');
      expect(tornado?.series[0]?.overlap).toBe(100);
      const names = results.names.map((name) => name.name);
      expect(names).toEqual(expect.arrayContaining(['SROI_AddinSheet', 'PresentValue', 'SROIRatio']));
      expect(results.formulas[1]?.[1]).toBe("'My map'!B2:L6");

      // LibreOffice reads back the engine's figures from the written sheet, to the penny.
      if (soffice !== null) {
        const directory = mkdtempSync(path.join(tmpdir(), 'sroi-my-sheet-'));
        try {
          const grids = await recalculateDump(after, directory);
          const sheet = grids.get('SROI Results') ?? [];
          const written = (label: string) => Number(sheet.find((cells) => cells[0] === label)?.[1]);
          const engine = evaluate(BY_HAND);
          expect(written('Present value')).toBeCloseTo(engine.presentValue.toNumber(), 2);
          expect(written('Inputs (present value)')).toBeCloseTo(engine.inputsPresentValue.toNumber(), 2);
          expect(written('Net present value')).toBeCloseTo(engine.netPresentValue.toNumber(), 2);
          expect(written('SROI ratio')).toBeCloseTo(engine.ratio!.toNumber(), 9);
          // And the engine agrees with the hand-worked figures.
          expect(engine.presentValue.toNumber()).toBeCloseTo(PRESENT_VALUE, 6);
          expect(grids.get('My map')?.[4]?.[6]).toBe('0.12');
        } finally {
          rmSync(directory, { recursive: true, force: true });
        }
      }

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  browserIt('offers to place the fields by hand when no header is recognised, and evaluates once placed', async () => {
    const scratch = [
      [],
      [],
      [null, null, 'Group', 'Change', 'How many', 'Worth each', 'Span'],
      [null, null, 'Tenants', 'Warmer homes', 50, 300, 2],
    ];
    const { page, outside, errors } = await openPane({
      workbook: { sheets: [{ name: 'Scratch', cells: scratch }], selection: { sheet: 'Scratch', address: 'C3:G4' } },
    });
    await page.getByRole('button', { name: 'Evaluate my sheet' }).click();
    await page.getByRole('button', { name: 'Read selection' }).click();
    await page.getByText('Read Scratch!C3:G4.').waitFor();

    // A clear message, every column shown as not used, the reason as a problem, and no way to evaluate yet.
    await page
      .getByText(
        'No value-map headers were recognised in the first row of the selection. Choose what each column holds.',
      )
      .waitFor();
    const caption = 'Impact map on Scratch, headers C3:G3';
    expect(await mappingRows(page, caption)).toEqual([
      ['C', 'Group', 'Not used'],
      ['D', 'Change', 'Not used'],
      ['E', 'How many', 'Not used'],
      ['F', 'Worth each', 'Not used'],
      ['G', 'Span', 'Not used'],
    ]);
    expect(await listItems(page, 'Problems')).toEqual([expect.stringMatching(/^no impact map found/)]);
    expect(await page.getByRole('button', { name: 'Evaluate' }).isDisabled()).toBe(true);

    // Placed by hand, with the keyboard: the map is read and can be evaluated.
    await readColumnAs(page, 'E', 'Q', 'Quantity');
    await readColumnAs(page, 'F', 'Proxy', 'Proxy value');
    await readColumnAs(page, 'G', 'Du', 'Duration');
    await readColumnAs(page, 'C', 'St', 'Stakeholder');
    await page.getByText('No problems: the value map can be evaluated.').waitFor();
    expect(await mappingRows(page, 'Impact map on Scratch, headers C3:G3, rows 4:4')).toEqual([
      ['C', 'Group', 'Stakeholder'],
      ['D', 'Change', 'Outcome'],
      ['E', 'How many', 'Quantity'],
      ['F', 'Worth each', 'Proxy value'],
      ['G', 'Span', 'Duration'],
    ]);
    await page.getByRole('button', { name: 'Evaluate' }).click();
    await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    // 50 homes at £300 a year for 2 years, nothing taken off, at 3.5% at the end of each year.
    expect(await figure(page, 'Present value')).toBe(pounds(15000 / 1.035 + 15000 / 1.035 ** 2));

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
