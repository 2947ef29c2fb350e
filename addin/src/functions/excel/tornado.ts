import { oneWay } from '@sroi/core';
import { readDiscounting } from '../arguments/read-discount.js';
import { readEvaluation } from '../arguments/read-evaluation.js';
import { readOptionalNumber } from '../arguments/read-number.js';
import { CHANGE } from '../arguments/rules.js';
import { NO_INPUTS, tornadoTable } from '../compute/tornado-table.js';
import { CellError } from '../errors/cell-error.js';
import { atExcelEdge, excelError } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * One-way sensitivity (a tornado chart's data): each estimate of each outcome, and of all outcomes together, moved down and up, with the ratio at each end, largest swing first.
 * @customfunction TORNADO
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroitornado
 * @param impactMap The impact map with its header row, as for SROI.RESULTS: Quantity, Financial proxy, Deadweight, Displacement, Attribution, Drop-off, Duration...
 * @param [inputs] The inputs (year 0, undiscounted): a number or a range of amounts, which are added up. Leave empty to use the inputs in the map.
 * @param [change] How far each estimate moves, above 0% to 100% (default 10%): quantity and proxy by 10%, shares by 10 points, duration by 10% of its years (at least 1).
 * @param [rate] A rate from 0% to 100% (default 3.5%), or "green-book" or "green-book-health", as for SROI.RESULTS.
 * @param [timing] When values arise in each year: "end-of-year" (default), "start-of-year" or "mid-year".
 * @returns A table with a header row: Row, Outcome, Estimate, Base value, Low value, High value, Ratio at low, Ratio at high, Swing (spills).
 * @example =SROI.TORNADO(A1:I3, 50000) spills a header row and 21 rows for two outcomes.
 */
export function sroiTornado(
  impactMap: unknown[][],
  inputs?: unknown[][],
  change?: unknown,
  rate?: unknown,
  timing?: unknown,
): unknown[][] {
  return atExcelEdge(() => {
    const map = readEvaluation('SROI.TORNADO', impactMap, inputs);
    const evaluation = { ...map.evaluation, ...readDiscounting(rate, timing) };
    const analysis = oneWay(evaluation, { change: readOptionalNumber(change, CHANGE, 0.1).toString() });
    if (!analysis.inputsPresentValue.gt(0)) throw new CellError('not-available', NO_INPUTS);
    return tornadoTable(analysis, evaluation, map.rowOf).map((row) =>
      row.map((cell) => {
        if (typeof cell === 'string' || typeof cell === 'number') return cell;
        return 'missing' in cell ? excelError('not-available', cell.missing) : toCellNumber(cell);
      }),
    );
  });
}
