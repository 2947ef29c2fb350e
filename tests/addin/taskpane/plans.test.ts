// What the pane writes, as plain data: sheets under free names, tables, named cells, and charts over the right cells.
import { evaluate, oneWay, type Evaluation } from '@sroi/core';
import { FORMATS, isFormula, moneyFormat, rangePosition, TEMPLATE_EXAMPLE, type SheetLayout } from '@sroi/workbook';
import { planNewEvaluation } from '../../../addin/src/taskpane/plan/new-evaluation-plan';
import { planResults } from '../../../addin/src/taskpane/plan/results-plan';
import { CHART_ROWS } from '../../../addin/src/taskpane/plan/results-sheet';
import type { WritePlan } from '../../../addin/src/taskpane/plan/write-plan';

const worked: Evaluation = TEMPLATE_EXAMPLE;
// METHOD.md's worked check, by hand: 54,000, 27,000, 13,500 discounted at 3.5% a year.
const pv = [54000 / 1.035, 27000 / 1.035 ** 2, 13500 / 1.035 ** 3];
const total = pv[0]! + pv[1]! + pv[2]!;

function sheetOf(plan: WritePlan, name: string): SheetLayout {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The cells of a range such as `A14:B16` on a sheet of the plan, formulas as their results. */
function block(sheet: SheetLayout, range: string): unknown[][] {
  const position = rangePosition(range);
  if (position === null) throw new Error(`bad range ${range}`);
  const rows: unknown[][] = [];
  for (let r = position.from.row; r <= position.to.row; r += 1) {
    const row: unknown[] = [];
    for (let c = position.from.column; c <= position.to.column; c += 1) {
      const cell = sheet.cells[r]?.[c] ?? null;
      row.push(isFormula(cell) ? cell.result : cell);
    }
    rows.push(row);
  }
  return rows;
}

function formulas(sheet: SheetLayout): string[] {
  return sheet.cells.flat().flatMap((cell) => (isFormula(cell) ? [cell.formula] : []));
}

describe('planNewEvaluation', () => {
  const userSheets = [
    { name: 'Settings', ours: false },
    { name: 'results', ours: false },
  ];
  const plan = planNewEvaluation(worked, userSheets, { replaceOurs: true });

  it('gives the layout’s sheets names no user sheet has, and shows the Results sheet', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Settings (2)',
      'Stakeholders',
      'Inputs',
      'Impact Map',
      'Discounting',
      'Results (2)',
      'Charts',
    ]);
    expect(plan.replaces).toEqual([]);
    expect(plan.activate).toBe('Results (2)');
  });

  it('points every formula at the renamed sheets, never at the user’s', () => {
    const all = plan.sheets.flatMap(formulas);
    expect(all.some((f) => f.includes("'Settings (2)'!"))).toBe(true);
    expect(all.filter((f) => /(^|[^'(\w])(Settings|Results)!/.test(f))).toEqual([]);
  });

  it('replaces only the add-in’s own sheets, and only when agreed', () => {
    const ours = [
      { name: 'Impact Map', ours: true },
      { name: 'Charts', ours: true },
      { name: 'Settings', ours: false },
    ];
    const replacing = planNewEvaluation(worked, ours, { replaceOurs: true });
    expect(replacing.replaces).toEqual(['Impact Map', 'Charts']);
    expect(replacing.sheets.map((s) => s.name)).toContain('Impact Map');
    const keeping = planNewEvaluation(worked, ours, { replaceOurs: false });
    expect(keeping.replaces).toEqual([]);
    expect(keeping.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Impact Map (2)', 'Charts (2)']));
  });

  it('makes a table over each list, named after its sheet’s number when the sheet is numbered', () => {
    expect(plan.tables.map((t) => [t.sheet, t.name])).toEqual([
      ['Stakeholders', 'Stakeholders'],
      ['Inputs', 'Inputs'],
      ['Impact Map', 'ImpactMap'],
    ]);
    const second = planNewEvaluation(
      worked,
      plan.sheets.map((s) => ({
        name: s.name,
        ours: true,
        tables: plan.tables.filter((t) => t.sheet === s.name).map((t) => t.name),
      })),
      { replaceOurs: false },
    );
    expect(second.tables.map((t) => [t.sheet, t.name])).toEqual([
      ['Stakeholders (2)', 'Stakeholders_2'],
      ['Inputs (2)', 'Inputs_2'],
      ['Impact Map (2)', 'ImpactMap_2'],
    ]);
    // The table's header row is the Impact Map's header row.
    const impactMap = sheetOf(plan, 'Impact Map');
    const table = plan.tables[2]!;
    expect(block(impactMap, table.range)[0]?.slice(0, 3)).toEqual(['Stakeholder', 'Outcome ID', 'Outcome']);
  });

  it('gives no table a name a user’s table has, but frees the names on the add-in’s sheets it replaces', () => {
    const existing = [
      { name: 'My map', ours: false, tables: ['ImpactMap', 'inputs'] },
      { name: 'Stakeholders', ours: true, tables: ['Stakeholders'] },
    ];
    const replacing = planNewEvaluation(worked, existing, { replaceOurs: true });
    expect(replacing.tables.map((t) => [t.sheet, t.name])).toEqual([
      ['Stakeholders', 'Stakeholders'],
      ['Inputs', 'Inputs_2'],
      ['Impact Map', 'ImpactMap_2'],
    ]);
    const keeping = planNewEvaluation(worked, existing, { replaceOurs: false });
    expect(keeping.tables.map((t) => t.name)).toEqual(['Stakeholders_2', 'Inputs_2', 'ImpactMap_2']);
  });

  it('names the settings and the figures on their own sheets', () => {
    const rate = plan.names.find((n) => n.name === 'DiscountRate');
    expect(rate?.sheet).toBe('Settings (2)');
    expect(block(sheetOf(plan, 'Settings (2)'), rate!.cell)).toEqual([[0.035]]);
    const ratio = plan.names.find((n) => n.name === 'SROIRatio' && n.sheet === 'Results (2)');
    expect(block(sheetOf(plan, 'Results (2)'), ratio!.cell)[0]?.[0]).toBeCloseTo(total / 50000, 9);
  });

  it('charts value by stakeholder, by domain and by year on the Charts sheet, over the right cells', () => {
    expect(plan.charts.map((c) => [c.sheet, c.kind])).toEqual([
      ['Charts', 'column'],
      ['Charts', 'column'],
      ['Charts', 'payback'],
    ]);
    const charts = sheetOf(plan, 'Charts');
    const [stakeholders, domains, years] = plan.charts.map((chart) => block(charts, chart.data));
    expect(stakeholders?.[0]).toEqual(['Stakeholder', 'Present value']);
    expect(stakeholders?.slice(1).map(([name]) => name)).toEqual(['Participants', 'Commissioner']);
    expect(stakeholders?.[1]?.[1]).toBeCloseTo(total, 6);
    expect(stakeholders?.[2]?.[1]).toBe(0);
    expect(domains).toEqual([
      ['Domain', 'Present value'],
      ['Social', expect.closeTo(total, 6)],
    ]);
    expect(years?.[0]).toEqual(['Year', 'Present value', 'Cumulative present value', 'Inputs (present value)']);
    years?.slice(1).forEach(([label, value, cumulative, inputs], index) => {
      expect(label).toBe(`Year ${index + 1}`);
      expect(value).toBeCloseTo(pv[index]!, 6);
      expect(cumulative).toBeCloseTo(
        pv.slice(0, index + 1).reduce((a, b) => a + b),
        6,
      );
      expect(inputs).toBe(50000);
    });
  });
});

describe('planResults', () => {
  const tornado = oneWay(worked).rows;
  const input = { evaluation: worked, result: evaluate(worked), tornado, source: 'Sheet1!B3:K20' };
  const plan = planResults(input, [{ name: 'SROI Results', ours: false }], { replaceOurs: true });
  const sheet = plan.sheets[0]!;

  it('writes one results sheet under a free name, and shows it', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['SROI Results (2)']);
    expect(plan.activate).toBe('SROI Results (2)');
    expect(plan.tables).toEqual([]);
  });

  it('says where the figures came from, and when only when told', () => {
    expect(sheet.cells[1]).toEqual(['Where the figures come from', 'Sheet1!B3:K20', null, null]);
    expect(sheet.cells.flat()).not.toContain('Calculated');
    const timed = planResults({ ...input, when: '3 May 2025, 10:04' }, [], { replaceOurs: false }).sheets[0]!;
    expect(timed.cells[2]?.slice(0, 2)).toEqual(['Calculated', '3 May 2025, 10:04']);
  });

  it('is the same plan every time for the same figures', () => {
    expect(planResults(input, [], { replaceOurs: false })).toEqual(planResults(input, [], { replaceOurs: false }));
  });

  it('writes the headline figures as numbers with money, ratio and month formats', () => {
    const row = (label: string) => sheet.cells.findIndex((cells) => cells[0] === label);
    const figure = (label: string) => [sheet.cells[row(label)]?.[1], sheet.numberFormats[row(label)]?.[1]];
    expect(figure('Present value')).toEqual([expect.closeTo(total, 6), moneyFormat('GBP')]);
    expect(figure('SROI ratio')).toEqual([expect.closeTo(total / 50000, 12), FORMATS.ratio]);
    expect(figure('Payback')).toEqual([expect.closeTo(50000 / (54000 / 12), 9), FORMATS.months]);
    const name = plan.names.find((n) => n.name === 'SROIRatio');
    expect(name?.cell).toBe(`B${row('SROI ratio') + 1}`);
  });

  it('charts the tornado as the higher ratio behind the lower one, widest swing first, each estimate once', () => {
    const chart = plan.charts.find((c) => c.kind === 'tornado');
    const rows = block(sheet, chart!.data);
    expect(rows[0]).toEqual(['Estimate', 'Higher ratio', 'Lower ratio']);
    const bars = rows.slice(1) as [string, number, number][];
    // One outcome: each estimate once, not again as "All outcomes".
    expect(worked.outcomes).toHaveLength(1);
    expect(new Set(bars.map(([label]) => label.split(': ')[1])).size).toBe(bars.length);
    expect(bars.every(([, higher, lower]) => higher >= lower)).toBe(true);
    // Deadweight 20% moved 10 points either way (oneWay's default for shares): the ratio is proportional to
    // (1 - deadweight), so the ends are ratio x 0.9 / 0.8 and ratio x 0.7 / 0.8.
    const ratio = total / 50000;
    const deadweight = bars.find(([label]) => label.toLowerCase().endsWith('deadweight'));
    expect(deadweight?.[1]).toBeCloseTo((ratio * 0.9) / 0.8, 9);
    expect(deadweight?.[2]).toBeCloseTo((ratio * 0.7) / 0.8, 9);
    const swings = bars.map(([, higher, lower]) => higher - lower);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  });

  it('anchors each chart beside its block, and no chart overlaps the next', () => {
    const anchors = plan.charts.map((c) => rangePosition(c.anchor)!.from);
    expect(anchors.every((a) => a.column === 5)).toBe(true);
    anchors.slice(1).forEach((anchor, index) => {
      expect(anchor.row - anchors[index]!.row).toBeGreaterThanOrEqual(CHART_ROWS);
    });
    for (const chart of plan.charts) {
      const data = rangePosition(chart.data)!;
      expect(data.to.column).toBeLessThan(5);
    }
  });

  it('writes user text as text that can never become a formula', () => {
    const risky: Evaluation = {
      ...worked,
      name: '=HYPERLINK("http://example.com","x")',
      stakeholders: [{ id: 'participants', name: '=SUM(A1:A9)' }, worked.stakeholders[1]!],
    };
    const written = planResults({ evaluation: risky, result: evaluate(risky) }, [], { replaceOurs: false }).sheets[0]!;
    const at = (text: string) => {
      const r = written.cells.findIndex((cells) => cells.includes(text));
      return written.numberFormats[r]?.[written.cells[r]!.indexOf(text)];
    };
    expect(at('SROI results: =HYPERLINK("http://example.com","x")')).toBe('@');
    expect(at('=SUM(A1:A9)')).toBe('@');
    expect(written.cells.flat().some(isFormula)).toBe(false);
  });
});

describe('years named from the first year', () => {
  it('names the years on the results sheet and the Charts sheet as the pane does', () => {
    const yearsOf = (plan: WritePlan, sheetName: string) => {
      const sheet = plan.sheets.find((each) => each.name === sheetName)!;
      const chart = plan.charts.find((c) => c.kind === 'payback' && c.sheet === sheetName)!;
      return block(sheet, chart.data)
        .slice(1)
        .map(([label]) => label);
    };
    const expected = ['Year 1 (2024/25)', 'Year 2 (2025/26)', 'Year 3 (2026/27)'];
    const results = planResults({ evaluation: worked, result: evaluate(worked), firstYear: '2024/25' }, [], {
      replaceOurs: false,
    });
    expect(yearsOf(results, 'SROI Results')).toEqual(expected);
    const wizard = planNewEvaluation(worked, [], { replaceOurs: false, firstYear: '2024/25' });
    expect(yearsOf(wizard, 'Charts')).toEqual(expected);
  });
});
