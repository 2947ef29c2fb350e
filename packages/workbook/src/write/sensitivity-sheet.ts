import {
  formatMoney,
  formatRatio,
  sensitivity,
  type OneWay,
  type OneWayPoint,
  type OneWayRow,
  type SwitchingValue,
  changesSign,
  toDecimal,
} from '@sroi/core';
import { FORMATS, moneyFormat } from '../layout/formats.js';
import type { SheetLayout } from '../layout/sheet.js';
import type { Plan } from './plan.js';
import {
  changeCell,
  estimateCell,
  estimateName,
  SENSITIVITY_FORMATS,
  textCell,
  type FormattedCell,
} from './sensitivity-cells.js';
import { SheetBuilder } from './sheet-builder.js';

/** The Sensitivity sheet's name. */
export const SENSITIVITY_SHEET = 'Sensitivity';
/** The ratio each switching value reaches: 1 : 1, where value equals investment. */
const TARGET = 1;
/** How far the tornado moves each estimate, down and up: 10% (10 points for a share). */
const CHANGE = 0.1;
const PERCENT = `${CHANGE * 100}%`;

/**
 * The tornado's rows kept, largest swing first: past these a bar moves the ratio
 * little, and a map of 10,000 outcomes would add 70,000 rows that sroi could not
 * read back within its limit on cells.
 */
export const TORNADO_ROWS = 100;
const ALL_OUTCOMES = 'All outcomes';
/** A row for all outcomes together has no one base or value: each outcome keeps its own, moved alike. */
const EACH_OWN = "(each outcome's own)";
const SWITCHING_HEADER = ['Outcome ID', 'Estimate', 'Base', 'Switching value', 'Change', 'Why there is none'];
/** The reasons are sentences: their column wraps. */
const REASON_COLUMN = 5;
const BLANK: FormattedCell = { value: null, format: null };

/**
 * The Sensitivity sheet (METHOD.md step 6): core's switching values (target
 * 1 : 1) and one-way changes (10%, the tornado, largest swing first) as
 * values with number formats. They are not formulas, and say so at the top:
 * the sheet shows the evaluation as it was written.
 *
 * @throws RangeError when another sheet is to be called Sensitivity (ignoring case)
 */
export function sensitivitySheet(plan: Plan): SheetLayout {
  const { evaluation } = plan;
  checkName(plan);
  const money = moneyFormat(plan.currency);
  const { switchingValues: switching, oneWay: tornado } = sensitivity(evaluation, { target: TARGET, change: CHANGE });
  const sheet = new SheetBuilder(SENSITIVITY_SHEET);
  const put = (row: number, column: number, cell: FormattedCell) => sheet.set(row, column, cell.value, cell.format);
  const putRow = (row: number, cells: readonly FormattedCell[]) =>
    cells.forEach((cell, column) => put(row, column, cell));

  sheet.set(0, 0, `Sensitivity: ${evaluation.name}`).boldRow(0);
  sheet.set(1, 0, 'Computed by sroi when this workbook was written: these are values, not formulas.');
  sheet.set(
    2,
    0,
    'They do not recalculate when the Impact Map changes: after a change, run sroi evaluate --out (or sroi sensitivity) again.',
  );
  sheet.set(3, 0, 'SROI ratio').set(3, 1, switching.ratio?.toNumber() ?? 'n/a', FORMATS.ratio);
  sheet.set(3, 2, 'when the workbook was written');
  sheet.set(4, 0, 'Target ratio').set(4, 1, TARGET, FORMATS.ratio).set(4, 2, 'the ratio each switching value reaches');
  sheet.set(5, 0, 'One-way change').set(5, 1, CHANGE, '0%');
  sheet.set(
    5,
    2,
    `quantities and proxies ${PERCENT} down and up, shares ${CHANGE * 100} points, durations ${PERCENT} (at least one year)`,
  );

  let row = 7;
  sheet.set(row, 0, 'Switching values: where each estimate brings the ratio to 1.00 : 1').boldRow(row);
  sheet.row(row + 1, 0, SWITCHING_HEADER).boldRow(row + 1);
  row += 2;
  if (switching.ratio === null) {
    // Every estimate has the same reason: say it once.
    const reason = switching.outcomes[0]?.reason ?? switching.together[0]?.reason;
    sheet.set(row, 0, `None: ${reason?.message ?? 'the inputs total nothing, so there is no ratio to move'}`);
    row += 1;
  } else {
    const side = switching.ratio.gt(switching.target) ? 'above' : 'below';
    const zero = formatMoney(toDecimal(0), plan.currency, 0);
    const crossing = `${zero}, the other outcomes keep the ratio ${side} ${formatRatio(switching.target)}`;
    for (const value of [...switching.outcomes, ...switching.together])
      putRow(row++, switchingCells(value, money, crossing));
  }

  const tornadoStart = row + 1;
  sheet.set(tornadoStart, 0, 'One-way changes (the tornado): each estimate moved down and up, largest swing first');
  sheet.boldRow(tornadoStart);
  sheet.row(tornadoStart + 1, 0, tornadoHeader(tornado)).boldRow(tornadoStart + 1);
  const kept = tornado.rows.slice(0, TORNADO_ROWS);
  kept.forEach((line, index) => putRow(tornadoStart + 2 + index, tornadoCells(line, tornado, money)));
  if (kept.length < tornado.rows.length) {
    const count = (n: number) => n.toLocaleString('en-GB');
    sheet.set(
      tornadoStart + 2 + kept.length,
      0,
      `The ${count(kept.length)} largest swings of ${count(tornado.rows.length)}; sroi sensitivity --top ${tornado.rows.length} lists them all.`,
    );
  }

  const layout = sheet.build({ frozen: { rows: 1, columns: 0 }, columnWidths: [18, 16, 20, 24, 16, 40, 14, 10] });
  return {
    ...layout,
    wrapColumns: [REASON_COLUMN],
    // The title repeats on every page; the tornado starts a page, so each table's headers head a page.
    print: {
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: 1,
      pageBreaksBefore: [tornadoStart],
    },
  };
}

function checkName(plan: Plan): void {
  const folded = SENSITIVITY_SHEET.toLocaleLowerCase('en');
  for (const [key, name] of Object.entries(plan.sheetNames)) {
    if (name.toLocaleLowerCase('en') === folded)
      throw new RangeError(
        `sheetNames.${key}: ${JSON.stringify(name)} is the Sensitivity sheet's name; Excel needs every sheet's name to differ, ignoring case`,
      );
  }
}

/**
 * Outcome ID, estimate, base, switching value, change, and why there is none.
 * A price that would have to change sign is core's arithmetic answer, kept as
 * the number it is, with a note that no real price tips the result.
 */
function switchingCells(value: SwitchingValue, money: string, crossing: string): FormattedCell[] {
  const id = outcomeCell(value.outcome);
  const estimate = textCell(estimateName(value.estimate));
  const base = value.base === null ? textCell(EACH_OWN) : estimateCell(value.estimate, value.base, money);
  if (value.reason !== null) {
    return [id, estimate, base, textCell('none'), textCell('none'), textCell(value.reason.message)];
  }
  const switched =
    value.value !== null
      ? estimateCell(value.estimate, value.value, money)
      : textCell(value.outcome === null ? "(each outcome's, moved by the change)" : 'none');
  // A multiple of a base of 0 does not exist, though the value does.
  const change = value.change === null ? textCell('n/a: the base is 0') : changeCell(value.unit, value.change);
  return [id, estimate, base, switched, change, changesSign(value) ? textCell(signNote(value, crossing)) : BLANK];
}

function signNote(value: SwitchingValue, crossing: string): string {
  const which = value.outcome === null ? 'every proxy' : 'this proxy';
  const turn = value.base?.isNegative() === true ? 'a cost into a benefit' : 'a benefit into a cost';
  return `None in practice: no price tips the result, as ${which} would have to change sign (turning ${turn}); even at ${crossing}`;
}

function tornadoHeader(tornado: OneWay): string[] {
  const figure = tornado.ratio === null ? 'Present value' : 'Ratio';
  return ['Outcome ID', 'Estimate', 'Base', 'Low', `${figure} at low`, 'High', `${figure} at high`, 'Swing'];
}

/** Outcome ID, estimate, base, low, its ratio, high, its ratio, and the swing between them. */
function tornadoCells(row: OneWayRow, tornado: OneWay, money: string): FormattedCell[] {
  const moved = (point: OneWayPoint, direction: -1 | 1): FormattedCell => {
    if (row.outcome === null) return togetherMove(row, tornado, direction);
    // Drop-off and duration do not apply to an outcome measured year by year.
    return point.value === null ? textCell('n/a') : estimateCell(row.estimate, point.value, money);
  };
  const figure = (point: OneWayPoint): FormattedCell =>
    point.ratio === null
      ? { value: point.presentValue.toNumber(), format: money }
      : { value: point.ratio.toNumber(), format: FORMATS.ratio };
  return [
    outcomeCell(row.outcome),
    textCell(estimateName(row.estimate)),
    row.base === null ? textCell(EACH_OWN) : estimateCell(row.estimate, row.base, money),
    moved(row.low, -1),
    figure(row.low),
    moved(row.high, 1),
    figure(row.high),
    { value: row.swing.toNumber(), format: tornado.ratio === null ? money : SENSITIVITY_FORMATS.swing },
  ];
}

/**
 * How every outcome's estimate moves together: a multiple of every quantity or
 * proxy, points on every share; each duration by its own whole years.
 */
function togetherMove(row: OneWayRow, tornado: OneWay, direction: -1 | 1): FormattedCell {
  const change = tornado.change.times(direction);
  if (row.unit === 'multiple') return changeCell('multiple', change.plus(1));
  if (row.unit === 'share') return changeCell('share', change);
  return textCell(`each ${direction === 1 ? '+' : '-'}${PERCENT}, at least 1 year`);
}

function outcomeCell(outcome: string | null): FormattedCell {
  return outcome === null ? textCell(ALL_OUTCOMES) : { value: outcome, format: FORMATS.text };
}
