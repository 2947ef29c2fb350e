/**
 * The adapters against the in-page Excel stand-in of the browser tests, run in Node: proof that
 * the adapters write what the plan says, in few syncs, and that the stand-in refuses what Excel
 * refuses.
 */
import { officeFormulas } from '@sroi/workbook';
import { excelAbilities, type ExcelAbilities } from '../../../addin/src/taskpane/excel/abilities';
import { listSheets } from '../../../addin/src/taskpane/excel/list-sheets';
import { readSelection, SelectionTooBigError } from '../../../addin/src/taskpane/excel/read-selection';
import { selectCell } from '../../../addin/src/taskpane/excel/select-cell';
import { MARK_COMMENT, writePlan } from '../../../addin/src/taskpane/excel/write-plan';
import { SheetNameTakenError, SheetNotOursError } from '../../../addin/src/taskpane/excel/write-errors';
import { inWords } from '../../../addin/src/taskpane/app/common/in-words';
import { planNewEvaluation } from '../../../addin/src/taskpane/plan/new-evaluation-plan';
import { OUR_SHEET_MARK } from '../../../addin/src/taskpane/plan/write-plan';
import { workedCheck } from '../../core/fixtures';
import { largePlan, workedCheckPlan } from './plans';
import { loadStandIn, type StandIn } from './stand-in';

const EVERYTHING: ExcelAbilities = excelAbilities(() => true);
const EVERY_READING = { surroundingRegion: true, merges: true };

let standIn: StandIn;
beforeEach(() => {
  standIn = loadStandIn();
  standIn.excel.seed({ sheets: [{ name: 'My data', cells: [['Kept', 1]] }] });
});

function sheet(name: string) {
  const found = standIn.excel.dump().sheets.find((each) => each.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

describe('writePlan against the stand-in', () => {
  it('writes every sheet of the layout with its formulas and number formats, in two syncs', async () => {
    const plan = workedCheckPlan();
    const { syncs } = await standIn.Excel.run((context) => writePlan(context, plan, EVERYTHING));
    expect(syncs).toBe(2);
    expect(standIn.excel.syncs).toBe(2);
    const names = standIn.excel.dump().sheets.map((each) => each.name);
    expect(names).toEqual(['My data', 'Settings', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results']);
    for (const layout of plan.sheets) {
      const written = sheet(layout.name);
      const expected = officeFormulas(layout);
      expect(written.formulas.slice(0, expected.length).map((row) => row.slice(0, expected[0]?.length))).toEqual(
        expected.map((row) =>
          row.map((cell) => (typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)),
        ),
      );
    }
    // The worked check's deadweight of 20% sits in O3 with the share format.
    expect(sheet('Impact Map').formulas[2]?.[14]).toBe(0.2);
    expect(sheet('Impact Map').numberFormats[2]?.[14]).toBe('0.0%');
    expect(sheet('My data').formulas).toEqual([['Kept', 1]]);
  });

  it('keeps user text that starts with = as text, because the text format comes first', async () => {
    const plan = workedCheckPlan();
    const settings = plan.sheets[0]!;
    const named = {
      ...settings,
      cells: settings.cells.map((row, r) => (r === 2 ? [row[0]!, '=SUM(A1)', row[2]!] : row)),
    };
    const formats = settings.numberFormats.map((row, r) => (r === 2 ? [row[0]!, '@', row[2]!] : row));
    await standIn.Excel.run((context) =>
      writePlan(
        context,
        { ...plan, sheets: [{ ...named, numberFormats: formats }, ...plan.sheets.slice(1)] },
        EVERYTHING,
      ),
    );
    expect(sheet('Settings').values[2]?.[1]).toBe('=SUM(A1)');
  });

  it('writes validation with its message, frozen headers, widths in points and bold headers', async () => {
    await standIn.Excel.run((context) => writePlan(context, workedCheckPlan(), EVERYTHING));
    const map = sheet('Impact Map');
    expect(map.validations).toContainEqual({
      address: 'O3:R503',
      rule: { decimal: { formula1: 0, formula2: 1, operator: 'Between' } },
      errorAlert: {
        showAlert: true,
        style: 'Stop',
        title: 'Check this value',
        message: 'A share from 0% to 100%: type 20% (or 0.2)',
      },
    });
    expect(sheet('Settings').validations).toContainEqual(
      expect.objectContaining({
        address: 'B6',
        rule: { list: { inCellDropDown: true, source: 'end-of-year,start-of-year,mid-year' } },
      }),
    );
    expect(map.frozen).toEqual({ rows: 2, columns: 3 });
    expect(sheet('Settings').frozen).toEqual({ rows: 2, columns: 0 });
    // 18 characters: trunc((256 * 18 + 18) / 256 * 7) = 126 pixels = 94.5 points.
    expect(map.columnWidths['0']).toBe(94.5);
    expect(map.boldRows).toEqual([0, 1, 3]);
  });

  it('writes the notes as comments, the table, the named cells and the mark on every sheet it writes', async () => {
    await standIn.Excel.run((context) => writePlan(context, workedCheckPlan(), EVERYTHING));
    expect(sheet('Impact Map').comments).toContainEqual({
      address: 'O2',
      content: 'Share that would have happened anyway, 0% to 100%.',
    });
    expect(sheet('Impact Map').tables).toEqual([{ name: 'ImpactMap', range: 'A2:W3', hasHeaders: true }]);
    expect(sheet('Settings').names).toContainEqual({
      name: 'DiscountRate',
      formula: '=Settings!$B$8',
      comment: 'The constant discount rate',
    });
    for (const name of ['Settings', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results']) {
      expect(sheet(name).names).toContainEqual({ name: OUR_SHEET_MARK, formula: '=TRUE', comment: MARK_COMMENT });
    }
    expect(sheet('My data').names).toEqual([]);
    expect(standIn.excel.dump().active).toBe('Results');
  });

  it('draws the payback as columns with two lines and the tornado as overlapping bars', async () => {
    await standIn.Excel.run((context) => writePlan(context, workedCheckPlan(), EVERYTHING));
    const [payback] = sheet('Discounting').charts;
    expect(payback).toMatchObject({
      type: 'ColumnClustered',
      title: 'Payback',
      valueAxis: 'Present value',
      categoryAxis: 'Year',
      position: 'G2',
    });
    expect(payback?.series.map((series) => series.chartType)).toEqual(['ColumnClustered', 'Line', 'Line']);
    const [column, tornado] = sheet('Results').charts;
    expect(column).toMatchObject({ type: 'ColumnClustered', data: 'A2:B4', position: 'F2' });
    expect(tornado).toMatchObject({ type: 'BarClustered', position: 'F20' });
    expect(tornado?.series[0]).toMatchObject({ overlap: 100, gapWidth: 50 });
  });

  it('leaves out charts, notes and overlap where this Excel lacks them', async () => {
    const older = { ...EVERYTHING, charts: false, notes: false, chartOverlap: false, tables: false };
    await standIn.Excel.run((context) => writePlan(context, workedCheckPlan(), older));
    expect(sheet('Results').charts).toEqual([]);
    expect(sheet('Impact Map').comments).toEqual([]);
    expect(sheet('Impact Map').tables).toEqual([]);
  });

  it('writes a 1,000-outcome evaluation in at most three syncs, each under 5 MB', async () => {
    const { syncs } = await standIn.Excel.run((context) => writePlan(context, largePlan(1000), EVERYTHING));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(standIn.excel.syncs).toBe(syncs);
    expect(standIn.excel.largestSyncBytes).toBeLessThan(5 * 1024 * 1024);
    expect(sheet('Impact Map').formulas[1001]?.[1]).toBe('o999');
  });

  it('lists the sheets, then writes a 1,000-outcome evaluation, in three syncs in all', async () => {
    const total = await standIn.Excel.run(async (context) => {
      const listed = await listSheets(context);
      await writePlan(context, largePlan(1000), EVERYTHING, listed);
      return standIn.excel.syncs;
    });
    expect(total).toBe(3);
    expect(sheet('Impact Map').formulas[1001]?.[1]).toBe('o999');
    expect(sheet('My data').formulas).toEqual([['Kept', 1]]);
  });

  it('refuses a plan that the listing made in the same run shows would take a user sheet', async () => {
    standIn.excel.seed({ sheets: [{ name: 'Results', cells: [['Mine']] }] });
    await expect(
      standIn.Excel.run(async (context) =>
        writePlan(context, workedCheckPlan(), EVERYTHING, await listSheets(context)),
      ),
    ).rejects.toBeInstanceOf(SheetNameTakenError);
    expect(standIn.excel.dump().sheets.map((each) => each.name)).toEqual(['Results']);
  });

  it('writes beside a user table named ImpactMap or Inputs, naming its own ImpactMap_2, every sheet marked', async () => {
    standIn.excel.seed({
      sheets: [
        {
          name: 'My map',
          cells: [
            ['Who', 'Amount'],
            ['People', 10],
            ['Cost', 5],
          ],
          tables: [
            { name: 'ImpactMap', range: 'A1:B2' },
            { name: 'Inputs', range: 'A3:B3' },
          ],
        },
      ],
    });
    const plan = await standIn.Excel.run(async (context) => {
      const listed = await listSheets(context);
      const planned = planNewEvaluation(workedCheck, listed, { replaceOurs: false });
      await writePlan(context, planned, EVERYTHING, listed);
      return planned;
    });
    expect(standIn.excel.syncs).toBe(3);
    expect(sheet('Impact Map').tables.map((table) => table.name)).toEqual(['ImpactMap_2']);
    expect(sheet('Inputs').tables.map((table) => table.name)).toEqual(['Inputs_2']);
    expect(sheet('My map').tables.map((table) => table.name)).toEqual(['ImpactMap', 'Inputs']);
    for (const layout of plan.sheets) {
      expect(sheet(layout.name).names).toContainEqual({
        name: OUR_SHEET_MARK,
        formula: '=TRUE',
        comment: MARK_COMMENT,
      });
    }
    expect(sheet('My map').names).toEqual([]);
  });

  it('marks every sheet it added as its own even when a later step fails', async () => {
    standIn.excel.seed({
      sheets: [{ name: 'My map', cells: [['Who'], ['People']], tables: [{ name: 'ImpactMap', range: 'A1:A2' }] }],
    });
    // A plan made without knowing the user's table: Excel refuses the second ImpactMap.
    const plan = workedCheckPlan();
    await expect(standIn.Excel.run((context) => writePlan(context, plan, EVERYTHING))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    const written = standIn.excel.dump().sheets.filter((each) => each.name !== 'My map');
    expect(written.map((each) => each.name)).toEqual(plan.sheets.map((layout) => layout.name));
    for (const each of written) expect(each.names.map((name) => name.name)).toContain(OUR_SHEET_MARK);
  });

  it('splits a plan too big for one request into several syncs', async () => {
    const { syncs } = await standIn.Excel.run((context) => writePlan(context, largePlan(4000), EVERYTHING));
    expect(syncs).toBeGreaterThan(2);
    expect(standIn.excel.largestSyncBytes).toBeLessThan(5 * 1024 * 1024);
    expect(sheet('Impact Map').formulas[4001]?.[1]).toBe('o3999');
  });
});

describe('replacing sheets', () => {
  it('replaces the sheets it made, keeping their names', async () => {
    await standIn.Excel.run((context) => writePlan(context, workedCheckPlan(), EVERYTHING));
    const again = workedCheckPlan(['Settings', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results']);
    await standIn.Excel.run((context) => writePlan(context, again, EVERYTHING));
    const names = standIn.excel.dump().sheets.map((each) => each.name);
    expect(names).toEqual(['My data', 'Settings', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results']);
    expect(sheet('Impact Map').tables).toEqual([{ name: 'ImpactMap', range: 'A2:W3', hasHeaders: true }]);
  });

  it('replaces its sheets even when they are the only sheets left', async () => {
    standIn.excel.seed({ sheets: [{ name: 'Settings', names: [OUR_SHEET_MARK] }] });
    await standIn.Excel.run((context) => writePlan(context, workedCheckPlan(['Settings']), EVERYTHING));
    expect(standIn.excel.dump().sheets.map((each) => each.name)).toContain('Settings');
    expect(sheet('Settings').formulas[0]?.[0]).toBe('SROI evaluation settings');
  });

  it('refuses to replace a sheet without the mark, and writes nothing', async () => {
    standIn.excel.seed({ sheets: [{ name: 'Results', cells: [['The user\u2019s own results']] }] });
    const write = standIn.Excel.run((context) => writePlan(context, workedCheckPlan(['Results']), EVERYTHING));
    await expect(write).rejects.toBeInstanceOf(SheetNotOursError);
    expect(standIn.excel.dump().sheets.map((each) => ({ name: each.name, formulas: each.formulas }))).toEqual([
      { name: 'Results', formulas: [['The user\u2019s own results']] },
    ]);
  });

  it('refuses to replace a sheet that has gone', async () => {
    const write = standIn.Excel.run((context) => writePlan(context, workedCheckPlan(['Results']), EVERYTHING));
    await expect(write).rejects.toBeInstanceOf(SheetNotOursError);
    expect(standIn.excel.dump().sheets.map((each) => each.name)).toEqual(['My data']);
  });

  it('refuses a new sheet whose name someone took since, in any case, and writes nothing', async () => {
    standIn.excel.seed({ sheets: [{ name: 'My data' }, { name: 'RESULTS' }] });
    const write = standIn.Excel.run((context) => writePlan(context, workedCheckPlan(), EVERYTHING));
    await expect(write).rejects.toBeInstanceOf(SheetNameTakenError);
    expect(standIn.excel.dump().sheets.map((each) => each.name)).toEqual(['My data', 'RESULTS']);
  });
});

describe('listSheets, readSelection and selectCell against the stand-in', () => {
  it('lists every sheet, says which the add-in made and names the tables on each, in two syncs', async () => {
    standIn.excel.seed({
      sheets: [
        {
          name: 'Mine',
          cells: [
            ['a', 'b'],
            [1, 2],
          ],
          tables: [{ name: 'ImpactMap', range: 'A1:B2' }],
        },
        { name: 'Impact Map', names: [OUR_SHEET_MARK] },
      ],
    });
    const sheets = await standIn.Excel.run(listSheets);
    expect(sheets).toEqual([
      { name: 'Mine', ours: false, tables: ['ImpactMap'] },
      { name: 'Impact Map', ours: true, tables: [] },
    ]);
    expect(standIn.excel.syncs).toBe(2);
  });

  it('reads hidden rows in the same two syncs when none or all are hidden', async () => {
    standIn.excel.seed({
      sheets: [{ name: 'Data', cells: impactMap, hiddenRows: [0] }],
      selection: { sheet: 'Data', address: 'B2:D4' },
    });
    const none = await standIn.Excel.run((context) => readSelection(context, EVERY_READING));
    expect(none.grid.hiddenRows).toBeUndefined();
    expect(standIn.excel.syncs).toBe(2);

    standIn.excel.seed({
      sheets: [{ name: 'Data', cells: impactMap, hiddenRows: [2, 3] }],
      selection: { sheet: 'Data', address: 'B3:D4' },
    });
    const all = await standIn.Excel.run((context) => readSelection(context, EVERY_READING));
    expect(all.grid.hiddenRows).toEqual([2, 3]);
    expect(standIn.excel.syncs).toBe(2);
  });

  it('asks each row in a third sync when only some are hidden, and names them by sheet row', async () => {
    standIn.excel.seed({
      sheets: [{ name: 'Data', cells: impactMap, hiddenRows: [3, 9] }],
      selection: { sheet: 'Data', address: 'B2:D4' },
    });
    const read = await standIn.Excel.run((context) => readSelection(context, EVERY_READING));
    // Row 4 of the sheet (0-based 3) is hidden; row 10 is outside the selection.
    expect(read.grid.hiddenRows).toEqual([3]);
    expect(standIn.excel.syncs).toBe(3);
  });

  it('asks only the first 10,000 rows of a larger block with some hidden, and says which rows it did not ask', async () => {
    const rows = [['Quantity'], ...Array.from({ length: 10_050 }, (_, index) => [index + 1])];
    standIn.excel.seed({
      sheets: [{ name: 'Data', cells: rows, hiddenRows: [5, 10_020] }],
      selection: { sheet: 'Data', address: 'A1:A10051' },
    });
    const read = await standIn.Excel.run((context) => readSelection(context, EVERY_READING));
    expect(read.grid.hiddenRows).toEqual([5]);
    expect(read.hiddenNotChecked).toBe('10001:10051');
    expect(standIn.excel.syncs).toBe(3);
  });

  it('refuses a selection of several separate areas, in words', async () => {
    standIn.excel.seed({
      sheets: [{ name: 'Data', cells: impactMap }],
      selection: { sheet: 'Data', address: 'B2:C4,D2:D4' },
    });
    const error = await standIn.Excel.run((context) => readSelection(context, EVERY_READING)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'InvalidSelection' });
    expect(inWords(error)).toBe('Select one block of cells (not several separate areas), then press Read selection.');
  });

  const impactMap = [
    [],
    [null, 'Stakeholder', 'Outcome', 'Quantity'],
    [null, 'People', 'Wellbeing', 100],
    [null, 'People', 'Jobs', { error: '#DIV/0!' }],
  ];

  it('reads the table around a single selected cell, padded so its first cell is A1', async () => {
    standIn.excel.seed({
      sheets: [{ name: 'Data', cells: impactMap, merges: ['B3:B4'] }],
      selection: { sheet: 'Data', address: 'C3' },
    });
    const read = await standIn.Excel.run((context) => readSelection(context, EVERY_READING));
    expect(read.sheet).toBe('Data');
    expect(read.address).toBe('B2:D4');
    expect(read.grid.cells).toEqual([
      [],
      [null, 'Stakeholder', 'Outcome', 'Quantity'],
      [null, 'People', 'Wellbeing', 100],
      [null, 'People', 'Jobs', null],
    ]);
    expect(read.errorCells).toEqual([{ cell: 'D4', error: '#DIV/0!' }]);
    expect(read.grid.merges).toEqual(['B3:B4']);
    expect(standIn.excel.syncs).toBe(2);
  });

  it('reads only the used part of whole selected columns', async () => {
    standIn.excel.seed({ sheets: [{ name: 'Data', cells: impactMap }], selection: { sheet: 'Data', address: 'B:C' } });
    const read = await standIn.Excel.run((context) => readSelection(context, EVERY_READING));
    expect(read.address).toBe('B2:C4');
    expect(read.grid.cells[3]).toEqual([null, 'People', 'Jobs']);
  });

  it('reads the used range around a single cell where Excel cannot find the region', async () => {
    standIn.excel.seed({ sheets: [{ name: 'Data', cells: impactMap }], selection: { sheet: 'Data', address: 'A1' } });
    const read = await standIn.Excel.run((context) =>
      readSelection(context, { surroundingRegion: false, merges: false }),
    );
    expect(read.address).toBe('B2:D4');
  });

  it('refuses a selection of more than 500,000 cells before loading them', async () => {
    standIn.excel.seed({
      sheets: [{ name: 'Data', cells: impactMap }],
      selection: { sheet: 'Data', address: 'A1:J50001' },
    });
    const read = standIn.Excel.run((context) => readSelection(context, EVERY_READING));
    await expect(read).rejects.toBeInstanceOf(SelectionTooBigError);
    expect(standIn.excel.syncs).toBe(1);
  });

  it('selects the cell a problem names, on its sheet', async () => {
    standIn.excel.seed({ sheets: [{ name: 'Data' }, { name: 'Impact Map' }] });
    await standIn.Excel.run((context) => selectCell(context, 'Impact Map', 'H7'));
    expect(standIn.excel.dump()).toMatchObject({
      active: 'Impact Map',
      selection: { sheet: 'Impact Map', address: 'H7' },
    });
  });
});

describe('the stand-in refuses what Excel refuses', () => {
  async function refusal(work: (context: Excel.RequestContext) => void): Promise<string> {
    try {
      await standIn.Excel.run(async (context) => {
        work(context);
        await context.sync();
      });
    } catch (error) {
      return (error as { code: string }).code;
    }
    return 'accepted';
  }

  it('refuses a sheet name already used, in any case', async () => {
    expect(await refusal((context) => context.workbook.worksheets.add('MY DATA'))).toBe('ItemAlreadyExists');
  });

  it('refuses invalid and duplicate table names', async () => {
    expect(
      await refusal(
        (context) => (context.workbook.worksheets.getItem('My data').tables.add('A1:B1', true).name = '1st'),
      ),
    ).toBe('InvalidArgument');
    expect(
      await refusal(
        (context) => (context.workbook.worksheets.getItem('My data').tables.add('D1:E1', true).name = 'A1'),
      ),
    ).toBe('InvalidArgument');
    const sheetName = 'Other';
    expect(
      await refusal((context) => {
        const other = context.workbook.worksheets.add(sheetName);
        context.workbook.worksheets.getItem('My data').tables.add('G1:H1', true).name = 'Map';
        other.tables.add('A1:B1', true).name = 'MAP';
      }),
    ).toBe('InvalidArgument');
  });

  it('refuses invalid defined names and a second one of the same name on a sheet', async () => {
    expect(await refusal((context) => context.workbook.worksheets.getItem('My data').names.add('R1C1', '=TRUE'))).toBe(
      'InvalidArgument',
    );
    expect(
      await refusal((context) => context.workbook.worksheets.getItem('My data').names.add('has space', '=TRUE')),
    ).toBe('InvalidArgument');
    expect(
      await refusal((context) => {
        const names = context.workbook.worksheets.getItem('My data').names;
        names.add('Rate', '=TRUE');
        names.add('rate', '=TRUE');
      }),
    ).toBe('ItemAlreadyExists');
  });

  it('refuses an array whose shape differs from the range', async () => {
    expect(
      await refusal(
        (context) => (context.workbook.worksheets.getItem('My data').getRange('A1:B2').formulas = [['a', 'b']]),
      ),
    ).toBe('InvalidArgument');
  });

  it('refuses a request over 5 MB', async () => {
    const rows = Array.from({ length: 60000 }, () => ['x'.repeat(100)]);
    expect(
      await refusal((context) => (context.workbook.worksheets.getItem('My data').getRange('A1:A60000').values = rows)),
    ).toBe('RequestPayloadSizeLimitExceeded');
  });

  it('refuses to delete the last visible sheet', async () => {
    expect(await refusal((context) => context.workbook.worksheets.getItem('My data').delete())).toBe(
      'InvalidOperation',
    );
  });

  it('throws when a property is read before it is loaded and synced', async () => {
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('My data').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['Kept']]);
    });
  });
});
