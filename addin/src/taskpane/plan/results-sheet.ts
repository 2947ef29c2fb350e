/**
 * A results sheet of values: a title, where the figures came from, the
 * headline figures with their number formats, then one data block per chart
 * (value by stakeholder, by domain, by year, and the tornado when given),
 * each chart anchored beside its block. User text (names, descriptions) is
 * written as a plain value with the Text format, so it can never become a formula.
 */
import { type Evaluation, type EvaluationResult, type OneWayRow } from '@sroi/core';
import { cellAddress, FIGURE_NAMES, FORMATS, moneyFormat, type SheetLayout } from '@sroi/workbook';
import { resultView, type HeadlineKey } from '../model/results-view.js';
import { tornadoRows } from '../model/sensitivity-view.js';
import type { ChartSpec, NamedCellSpec } from './write-plan.js';

/** What a results sheet shows. */
export interface ResultsSheetInput {
  readonly evaluation: Evaluation;
  readonly result: EvaluationResult;
  /** One-way rows (`oneWay(evaluation).rows`) for a tornado; the widest {@link TORNADO_BARS} are shown. */
  readonly tornado?: readonly OneWayRow[];
  /** Where the figures came from, e.g. `Sheet1!B3:K20`. */
  readonly source?: string;
  /** When they were calculated, as the pane words it; left out, the sheet says nothing about time. */
  readonly when?: string;
  /** The first year's name, e.g. '2024/25', so the years read 'Year 1 (2024/25)' as in the pane. */
  readonly firstYear?: string;
}

/** The most bars a tornado chart shows: more cannot be read. */
export const TORNADO_BARS = 10;

/** Rows a chart covers (288 points high at 15 points a row, and a little room). */
export const CHART_ROWS = 21;

/** The column charts start in: F, one empty column right of the blocks. */
const CHART_COLUMN = 5;

const TEXT = FORMATS.text;

/** A sheet of values being laid out; becomes an immutable {@link SheetLayout}. */
class Grid {
  private readonly cells: (string | number | null)[][] = [];
  private readonly formats: (string | null)[][] = [];
  readonly bold: number[] = [];

  set(row: number, column: number, value: string | number, format: string | null = null): void {
    while (this.cells.length <= row) {
      this.cells.push([]);
      this.formats.push([]);
    }
    (this.cells[row] as (string | number | null)[])[column] = value;
    (this.formats[row] as (string | null)[])[column] = format;
  }

  /** Text as a value with the Text format: `=SUM(A1)` typed as a name stays text. */
  text(row: number, column: number, value: string): void {
    this.set(row, column, value, TEXT);
  }

  build(name: string, columnWidths: readonly number[]): SheetLayout {
    const width = Math.max(...this.cells.map((row) => row.length));
    const pad = <T>(rows: T[][]) => rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    return {
      name,
      cells: pad(this.cells),
      numberFormats: pad(this.formats),
      frozen: { rows: 1, columns: 0 },
      columnWidths,
      boldRows: [...this.bold],
      validations: [],
      notes: [],
    };
  }
}

/**
 * Lays out a results sheet and its charts.
 *
 * @param name - the sheet's final, unique name
 * @param input - the evaluation, its result, and optionally a tornado, the source range and a time
 * @returns the sheet, its charts (never overlapping each other or the blocks) and its named cells
 */
export function resultsSheet(
  name: string,
  input: ResultsSheetInput,
): { sheet: SheetLayout; charts: ChartSpec[]; names: NamedCellSpec[] } {
  const currency = input.evaluation.currency ?? 'GBP';
  const money = moneyFormat(currency);
  const view = resultView(input.result, currency, { firstYear: input.firstYear });
  const grid = new Grid();
  const names: NamedCellSpec[] = [];

  grid.text(0, 0, `SROI results: ${input.evaluation.name}`);
  grid.bold.push(0);
  grid.text(1, 0, 'Where the figures come from');
  grid.text(1, 1, input.source ?? 'The evaluation entered in the SROI task pane');
  let row = 2;
  if (input.when !== undefined) {
    grid.text(row, 0, 'Calculated');
    grid.text(row, 1, input.when);
    row += 1;
  }
  row += 1;
  grid.text(row, 0, 'Figure');
  grid.text(row, 1, 'Value');
  grid.text(row, 2, 'What it means');
  grid.bold.push(row);
  const formatOf: Readonly<Record<HeadlineKey, string>> = {
    presentValue: money,
    inputsPresentValue: money,
    netPresentValue: money,
    ratio: FORMATS.ratio,
    netRatio: FORMATS.ratio,
    paybackMonths: FORMATS.months,
    discountedPaybackMonths: FORMATS.months,
  };
  for (const figure of view.headline) {
    row += 1;
    grid.text(row, 0, figure.label);
    if (figure.number === null) grid.text(row, 1, figure.value);
    else grid.set(row, 1, figure.number, formatOf[figure.key]);
    grid.text(row, 2, figure.meaning);
    names.push({ sheet: name, name: FIGURE_NAMES[figure.key], cell: cellAddress(row, 1), comment: figure.label });
  }

  const charts: ChartSpec[] = [];
  let top = row + 2;
  /** Writes one block (title, headers, rows) with its chart beside it; the next block starts below both. */
  const block = (
    title: string,
    headers: readonly string[],
    rows: readonly (readonly [string, ...number[]])[],
    formats: readonly string[],
    chart: Omit<ChartSpec, 'sheet' | 'title' | 'data' | 'anchor'>,
  ) => {
    if (rows.length === 0) return;
    grid.text(top, 0, title);
    headers.forEach((header, column) => grid.text(top + 1, column, header));
    grid.bold.push(top, top + 1);
    rows.forEach(([label, ...numbers], index) => {
      grid.text(top + 2 + index, 0, label);
      numbers.forEach((number, column) => grid.set(top + 2 + index, column + 1, number, formats[column] ?? null));
    });
    const data = `${cellAddress(top + 1, 0)}:${cellAddress(top + 1 + rows.length, headers.length - 1)}`;
    charts.push({ sheet: name, title, data, anchor: cellAddress(top, CHART_COLUMN), ...chart });
    top += Math.max(rows.length + 2, CHART_ROWS) + 1;
  };

  const valueAxis = `Present value (${currency})`;
  block(
    'Value by stakeholder',
    ['Stakeholder', 'Present value'],
    view.byStakeholder.map((s) => [s.name, s.numbers.presentValue]),
    [money],
    { kind: 'column', valueAxis, categoryAxis: 'Stakeholder' },
  );
  block(
    'Value by domain',
    ['Domain', 'Present value'],
    view.byDomain.map((d) => [d.domain, d.numbers.presentValue]),
    [money],
    { kind: 'column', valueAxis, categoryAxis: 'Domain' },
  );
  const inputs = input.result.inputsPresentValue.toNumber();
  block(
    'Value by year, against the inputs',
    ['Year', 'Present value', 'Cumulative present value', 'Inputs (present value)'],
    view.byYear.map((y) => [y.label, y.numbers.presentValue, y.numbers.cumulativePresentValue, inputs]),
    [money, money, money],
    { kind: 'payback', valueAxis, categoryAxis: 'Year' },
  );
  if (input.tornado !== undefined) {
    // With one outcome, "All outcomes: deadweight" and "<outcome>: deadweight" are the same bar twice.
    const rows = input.tornado.filter((row) => input.evaluation.outcomes.length > 1 || row.outcome === null);
    const bars = tornadoRows(rows, input.evaluation, TORNADO_BARS).filter(
      (bar) => bar.lowRatio !== null && bar.highRatio !== null,
    );
    // The higher ratio first and the lower second: with the bars overlapping fully, Excel draws the second
    // series over the first, so each bar shows the lower ratio in front and the rest of the range behind it.
    // Which end comes from moving the estimate down or up is in the pane's tornado table.
    block(
      'Tornado: the estimates that move the SROI ratio most',
      ['Estimate', 'Higher ratio', 'Lower ratio'],
      bars.map((bar) => {
        const [low, high] = [bar.lowRatio as number, bar.highRatio as number];
        return [bar.label, Math.max(low, high), Math.min(low, high)];
      }),
      [FORMATS.ratio, FORMATS.ratio],
      { kind: 'tornado', valueAxis: 'SROI ratio', categoryAxis: 'Estimate' },
    );
  }
  return { sheet: grid.build(name, [34, 20, 26, 24]), charts, names };
}
