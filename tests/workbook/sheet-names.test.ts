import { evaluate, type Evaluation } from '@sroi/core';
import {
  cellPosition,
  isFormula,
  rangePosition,
  sheetReference,
  toWorkbook,
  type Cell,
  type SheetLayout,
  type WorkbookLayout,
} from '@sroi/workbook';
import { SCENARIOS, workedCheck } from './fixtures';

const RENAMED = {
  settings: "O'Brien Settings",
  stakeholders: 'Who (2)',
  inputs: 'Inputs 2',
  impactMap: 'Impact Map (2)',
  quantityByYear: 'By year',
  discounting: 'Q1',
  results: 'Results 2',
} as const;

/** How each sheet is written in a formula, quoted by hand (Excel's rules), old name then new. */
const REFERENCES: readonly [string, string][] = [
  ['Settings!', "'O''Brien Settings'!"],
  ['Stakeholders!', "'Who (2)'!"],
  ['Inputs!', "'Inputs 2'!"],
  ["'Impact Map'!", "'Impact Map (2)'!"],
  ["'Quantity by year'!", "'By year'!"],
  ['Discounting!', "'Q1'!"],
  ['Results!', "'Results 2'!"],
];

/** The tables the Results sheet's checks name, old name then new. */
const CHECKED: readonly [string, string][] = [
  ['Impact Map', 'Impact Map (2)'],
  ['Stakeholders', 'Who (2)'],
  ['Inputs', 'Inputs 2'],
];

const evaluation = SCENARIOS['quantity-by-year'] as Evaluation;

function sheetOf(layout: WorkbookLayout, name: string): SheetLayout {
  const sheet = layout.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

function cellAt(sheet: SheetLayout, address: string): Cell {
  const position = cellPosition(address);
  if (position === null) throw new Error(`not an address: ${address}`);
  return sheet.cells[position.row]?.[position.column] ?? null;
}

/** A cell's value as the engine computed it: a formula's result, or what is typed. */
const valueOf = (cell: Cell) => (isFormula(cell) ? cell.result : cell);

/** Every formula of the layout, as "sheet index, row, column" keys, for comparing two layouts. */
function formulas(layout: WorkbookLayout): Map<string, string> {
  const found = new Map<string, string>();
  layout.sheets.forEach((sheet, s) =>
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (isFormula(cell)) found.set(`${s}:${r}:${c}`, cell.formula);
      }),
    ),
  );
  return found;
}

/** Sheet names a formula refers to: `'Quoted ''name'''!` or `Plain!`. */
function referencedSheets(formula: string): string[] {
  const names: string[] = [];
  for (const match of formula.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!/g))
    names.push(match[1] === undefined ? (match[2] as string) : match[1].replace(/''/g, "'"));
  return names;
}

describe('toWorkbook with sheet names', () => {
  const standard = toWorkbook(evaluation);
  const renamed = toWorkbook(evaluation, { sheetNames: RENAMED });

  it('names every sheet as asked, in the same order', () => {
    expect(renamed.sheets.map((sheet) => sheet.name)).toEqual([
      "O'Brien Settings",
      'Who (2)',
      'Inputs 2',
      'Impact Map (2)',
      'By year',
      'Q1',
      'Results 2',
    ]);
  });

  it('keeps the default names when none are given', () => {
    expect(standard.sheets.map((sheet) => sheet.name)).toEqual([
      'Settings',
      'Stakeholders',
      'Inputs',
      'Impact Map',
      'Quantity by year',
      'Discounting',
      'Results',
    ]);
  });

  it('writes the same formulas, each reference to another sheet pointing at its new name', () => {
    const before = formulas(standard);
    const after = formulas(renamed);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const used = new Set<string>();
    for (const [key, formula] of before) {
      let expected = formula;
      for (const [from, to] of REFERENCES) {
        if (expected.includes(from)) used.add(from);
        expected = expected.split(from).join(to);
      }
      // The checks' words name the sheets too.
      for (const [from, to] of CHECKED) expected = expected.split(`of the ${from} sheet`).join(`of the ${to} sheet`);
      expect(after.get(key)).toBe(expected);
    }
    // Every sheet is pointed at by some formula.
    expect([...used].sort()).toEqual(REFERENCES.map(([from]) => from).sort());
  });

  it('refers only to sheets the workbook has', () => {
    const names = new Set(renamed.sheets.map((sheet) => sheet.name));
    const missing = [...formulas(renamed).values()].flatMap(referencedSheets).filter((name) => !names.has(name));
    expect(missing).toEqual([]);
  });

  it("names the renamed sheets in the Results sheet's checks", () => {
    const results = sheetOf(renamed, 'Results 2');
    const check = results.cells.find((row) => row[0] === 'Impact Map rows')?.[1];
    expect(valueOf(check ?? null)).toBe(
      // The title, the headers and a row per outcome: the Total row is the outcomes' count + 3.
      `every outcome is above the Total row of the Impact Map (2) sheet (row ${evaluation.outcomes.length + 3}), where it is counted`,
    );
  });

  it('doubles a double quote of a sheet name inside the text of a check', () => {
    const layout = toWorkbook(workedCheck, { sheetNames: { inputs: 'The "inputs"' } });
    const check = sheetOf(layout, 'Results').cells.find((row) => row[0] === 'Inputs rows')?.[1];
    expect(isFormula(check) ? check.formula : '').toContain('the Total row of the The ""inputs"" sheet');
  });

  it('carries the same cached results as with the default names', () => {
    const results = (layout: WorkbookLayout) => [...layout.sheets.map((s) => s.cells.flat().map(valueOf))];
    const before = results(standard);
    const after = results(renamed);
    // Only the checks' wording, which names the sheets, differs.
    const differing = before.flatMap((cells, s) =>
      cells.filter((cell, c) => cell !== after[s]?.[c]).map((cell) => String(cell)),
    );
    expect(differing).toHaveLength(3);
    expect(differing.every((text) => text.includes(' sheet '))).toBe(true);
  });
});

describe('sheetReference', () => {
  it('quotes names with spaces, apostrophes (doubled) and brackets, and names that read as cells', () => {
    expect(sheetReference('Impact Map (2)')).toBe("'Impact Map (2)'");
    expect(sheetReference("O'Brien Settings")).toBe("'O''Brien Settings'");
    expect(sheetReference('Results 2')).toBe("'Results 2'");
    expect(sheetReference('Q1')).toBe("'Q1'");
    expect(sheetReference('XFD1048576')).toBe("'XFD1048576'");
    expect(sheetReference('R1C1')).toBe("'R1C1'");
    expect(sheetReference('R')).toBe("'R'");
    expect(sheetReference('true')).toBe("'true'");
    expect(sheetReference('Results2')).toBe('Results2');
    expect(sheetReference('Impact_Map')).toBe('Impact_Map');
  });
});

describe('toWorkbook refuses sheet names Excel refuses', () => {
  const refusal = (sheetNames: Record<string, string>): string => {
    try {
      toWorkbook(workedCheck, { sheetNames });
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      return (error as Error).message;
    }
    throw new Error('expected a RangeError');
  };
  const valid =
    'a sheet name is 1 to 31 characters, none of : \\ / ? * [ ], neither starting nor ending with an apostrophe, and not "History"';

  it.each([
    [{ results: '' }, `sheetNames.results: the name is empty; ${valid}`],
    [{ results: 'R'.repeat(32) }, `sheetNames.results: "${'R'.repeat(32)}" has 32 characters; ${valid}`],
    [{ inputs: 'Inputs/2024' }, `sheetNames.inputs: "Inputs/2024" has /; ${valid}`],
    [{ inputs: 'Costs: 2024' }, `sheetNames.inputs: "Costs: 2024" has :; ${valid}`],
    [{ impactMap: 'Map [draft]' }, `sheetNames.impactMap: "Map [draft]" has [; ${valid}`],
    [{ impactMap: 'Map?' }, `sheetNames.impactMap: "Map?" has ?; ${valid}`],
    [{ impactMap: 'Map*' }, `sheetNames.impactMap: "Map*" has *; ${valid}`],
    [{ impactMap: 'Map\\1' }, `sheetNames.impactMap: "Map\\\\1" has \\; ${valid}`],
    [{ settings: "'Settings" }, `sheetNames.settings: "'Settings" starts or ends with an apostrophe; ${valid}`],
    [{ settings: "Settings'" }, `sheetNames.settings: "Settings'" starts or ends with an apostrophe; ${valid}`],
    [{ results: 'HISTORY' }, `sheetNames.results: "HISTORY" is kept by Excel for its change history; ${valid}`],
  ])('refuses %j', (sheetNames, message) => {
    expect(refusal(sheetNames)).toBe(message);
  });

  it('accepts a 31-character name and an apostrophe inside a name', () => {
    const names = toWorkbook(workedCheck, { sheetNames: { results: 'R'.repeat(31), settings: "O'Brien" } }).sheets.map(
      (sheet) => sheet.name,
    );
    expect(names).toContain('R'.repeat(31));
    expect(names).toContain("O'Brien");
  });

  it('refuses two sheets with the same name, ignoring case, default names included', () => {
    expect(refusal({ results: 'settings' })).toBe(
      `sheetNames.results: "settings" is also the settings sheet's name ("Settings"); Excel needs every sheet's name to differ, ignoring case`,
    );
    expect(refusal({ inputs: 'Costs', results: 'COSTS' })).toBe(
      `sheetNames.results: "COSTS" is also the inputs sheet's name ("Costs"); Excel needs every sheet's name to differ, ignoring case`,
    );
  });

  it('refuses a sheet the layout does not have, naming the ones it has', () => {
    expect(refusal({ impactmap: 'Map' })).toBe(
      'sheetNames.impactmap: not a sheet of the layout; the sheets are settings, stakeholders, inputs, impactMap, quantityByYear, discounting, results',
    );
  });

  it('reports every bad name at once, one per line', () => {
    expect(refusal({ inputs: 'a/b', results: 'History' }).split('\n')).toHaveLength(2);
  });
});

describe('the tables of the layout', () => {
  const layout = toWorkbook(evaluation, { sheetNames: RENAMED });
  const tables = [
    ['Who (2)', 'Stakeholders', 'ID', 'Name', evaluation.stakeholders.at(-1)?.id],
    ['Inputs 2', 'Inputs', 'Stakeholder', 'Present value', evaluation.inputs.at(-1)?.stakeholder ?? null],
    ['Impact Map (2)', 'ImpactMap', 'Stakeholder', 'Present value', evaluation.outcomes.at(-1)?.stakeholder],
  ] as const;

  it.each(tables)(
    'on %s, %s spans the header row and every data row, from the first header to the last, never the Total row',
    (sheetName, tableName, firstHeader, lastHeader, lastRowFirstCell) => {
      const sheet = sheetOf(layout, sheetName);
      expect(sheet.table?.name).toBe(tableName);
      const range = rangePosition(sheet.table?.range ?? '');
      if (range === null) throw new Error('no table range');
      expect(range.from).toEqual({ row: 1, column: 0 });
      expect(sheet.cells[range.from.row]?.[range.from.column]).toBe(firstHeader);
      expect(sheet.cells[range.from.row]?.[range.to.column]).toBe(lastHeader);
      expect(sheet.cells[range.from.row]?.[range.to.column + 1]).toBeUndefined();
      expect(sheet.cells[0]?.[0]).not.toBe(firstHeader);
      expect(sheet.cells[range.to.row]?.[0]).toBe(lastRowFirstCell);
      expect(sheet.cells[range.to.row + 1]?.[0]).toBe('Total');
    },
  );

  it('gives each table distinct, non-blank text headers', () => {
    for (const [sheetName] of tables) {
      const sheet = sheetOf(layout, sheetName);
      const range = rangePosition(sheet.table?.range ?? '');
      const headers = sheet.cells[range?.from.row ?? -1]?.slice(0, (range?.to.column ?? -1) + 1) ?? [];
      expect(headers.length).toBeGreaterThan(1);
      expect(headers.every((header) => typeof header === 'string' && header.trim() !== '')).toBe(true);
      expect(new Set(headers.map((header) => String(header).toLowerCase())).size).toBe(headers.length);
    }
  });

  it('takes in the prepared rows', () => {
    const prepared = toWorkbook(workedCheck, { spareRows: 3 });
    // Worked check: one stakeholder, one input, one outcome, then 3 prepared rows each: rows 3 to 6.
    expect(sheetOf(prepared, 'Stakeholders').table?.range).toBe('A2:B6');
    expect(sheetOf(prepared, 'Inputs').table?.range).toBe('A2:F6');
    expect(sheetOf(prepared, 'Impact Map').table?.range.endsWith('6')).toBe(true);
  });

  it('has no table on a sheet without data rows, and none on the other sheets', () => {
    const layout = toWorkbook(SCENARIOS['no-inputs'] as Evaluation);
    expect(sheetOf(layout, 'Inputs').table).toBeUndefined();
    for (const name of ['Settings', 'Discounting', 'Results']) expect(sheetOf(layout, name).table).toBeUndefined();
  });

  it('names tables as Excel allows: letters, digits and underscores, starting with a letter, not a cell', () => {
    for (const [sheetName] of tables) {
      const name = sheetOf(layout, sheetName).table?.name ?? '';
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
    }
  });
});

describe('the named cells of the layout', () => {
  const start = SCENARIOS['start-of-year'] as Evaluation;
  const layout = toWorkbook(start, { sheetNames: RENAMED });
  const settings = sheetOf(layout, "O'Brien Settings");
  const results = sheetOf(layout, 'Results 2');
  const named = (sheet: SheetLayout, name: string) => {
    const found = sheet.namedCells?.find((cell) => cell.name === name);
    if (found === undefined) throw new Error(`no named cell ${name} on ${sheet.name}`);
    return valueOf(cellAt(sheet, found.cell));
  };

  it('names each setting, each name on the cell holding that setting', () => {
    expect(settings.namedCells?.map((cell) => cell.name)).toEqual([
      'EvaluationName',
      'Currency',
      'Kind',
      'Timing',
      'Discount',
      'DiscountRate',
      'Reductions',
    ]);
    expect(named(settings, 'EvaluationName')).toBe('Community health programme');
    expect(named(settings, 'Currency')).toBe('GBP');
    expect(named(settings, 'Kind')).toBe('forecast');
    expect(named(settings, 'Timing')).toBe('start-of-year');
    expect(named(settings, 'Discount')).toBe('constant');
    expect(named(settings, 'DiscountRate')).toBe(0.05);
    expect(named(settings, 'Reductions')).toBeNull();
    const subtractive = sheetOf(toWorkbook(SCENARIOS.subtractive as Evaluation), 'Settings');
    expect(named(subtractive, 'Reductions')).toBe('subtractive');
  });

  it("names the Results sheet's headline figures, each on the cell holding the engine's figure", () => {
    // A Green Book schedule, paid back within its years: every figure is defined.
    const paidBack = SCENARIOS['green-book-health-mid-year'] as Evaluation;
    const engine = evaluate(paidBack);
    const results = sheetOf(toWorkbook(paidBack, { sheetNames: { results: 'Results 2' } }), 'Results 2');
    expect(engine.discountedPaybackMonths).not.toBeNull();
    expect(named(results, 'PresentValue')).toBe(engine.presentValue.toNumber());
    expect(named(results, 'InputsPresentValue')).toBe(engine.inputsPresentValue.toNumber());
    expect(named(results, 'NetPresentValue')).toBe(engine.netPresentValue.toNumber());
    expect(named(results, 'SROIRatio')).toBe(engine.ratio?.toNumber());
    expect(named(results, 'NetRatio')).toBe(engine.netRatio?.toNumber());
    expect(named(results, 'TotalImpact')).toBe(engine.impact.toNumber());
    expect(named(results, 'PaybackMonths')).toBe(engine.paybackMonths?.toNumber());
    expect(named(results, 'DiscountedPaybackMonths')).toBe(engine.discountedPaybackMonths?.toNumber());
    expect(results.namedCells).toHaveLength(8);
  });

  it('says what each named cell holds', () => {
    const comment = (sheet: SheetLayout, name: string) => sheet.namedCells?.find((c) => c.name === name)?.comment;
    expect(comment(settings, 'DiscountRate')).toBe(
      'Discount rate: The constant rate; blank = 3.5% (HM Treasury Green Book).',
    );
    expect(comment(results, 'SROIRatio')).toBe('SROI ratio: Present value per unit of input ("x : 1")');
  });

  it('uses valid Excel names, none reading as a cell, none twice in the workbook', () => {
    const names = layout.sheets.flatMap((sheet) => sheet.namedCells ?? []).map((cell) => cell.name);
    expect(names).toHaveLength(15);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/);
      expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      expect(name).not.toMatch(/^[RrCc]\d*$|^[Rr]\d*[Cc]\d*$/);
    }
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it('names no cells on the other sheets', () => {
    const others = layout.sheets.filter((sheet) => sheet !== settings && sheet !== results);
    expect(others.every((sheet) => sheet.namedCells === undefined)).toBe(true);
  });
});
