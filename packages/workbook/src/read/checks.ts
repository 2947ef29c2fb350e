import { evaluate, toFloat, type Evaluation, type EvaluationResult, type Outcome } from '@sroi/core';
import type { ReadContext } from './context.js';
import type { Table } from './find-tables.js';
import type { SheetFigure } from './read-settings.js';
import { numberIn } from './values.js';

/**
 * Checks what the sheet works out itself against the engine: each row's
 * Impact, the Total row's, and the Total Present Value, Net Present Value,
 * inputs and ratio cells. A difference is a warning at its cell with the
 * likely reason, found by trying the usual alternatives (subtractive
 * reductions, a year 1 not discounted, no discounting, a rate typed as 3.5).
 */

/** Money agrees to the penny; a ratio to four decimal places. */
const MONEY = 0.005;
const RATIO = 0.00005;

const money = (value: number) => value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Plain float arithmetic of a row's impact, for naming a likely reason (never for a reported figure). */
function impactVariants(outcome: Outcome): [string, number][] {
  const q = Number(outcome.quantity);
  const p = Number(outcome.proxy.value);
  const dw = Number(outcome.deadweight ?? 0);
  const ds = Number(outcome.displacement ?? 0);
  const at = Number(outcome.attribution ?? 0);
  const multiplied = q * p * (1 - dw) * (1 - ds) * (1 - at);
  const subtracted = q * p * (1 - dw - ds - at);
  return [
    [
      'the sheet subtracts the reductions (1 − deadweight − displacement − attribution); if that is your method, set Reductions to subtractive',
      subtracted,
    ],
    [
      'the sheet multiplies the reductions ((1 − deadweight)(1 − displacement)(1 − attribution)); set Reductions to multiplicative',
      multiplied,
    ],
    ['the sheet leaves out deadweight, displacement and attribution', q * p],
    ['the sheet leaves out displacement', q * p * (1 - dw) * (1 - at)],
    [`the sheet's Impact covers all ${outcome.duration} years, not the first year`, multiplied * outcome.duration],
    ['the sheet rounds the impact to whole pounds', Math.round(multiplied)],
  ];
}

function likelyImpactReason(outcome: Outcome, sheet: number, reductions: string): string {
  for (const [reason, value] of impactVariants(outcome)) {
    if (reason.includes(`set Reductions to ${reductions}`)) continue;
    if (Math.abs(value - sheet) <= MONEY) return reason;
  }
  return "check the row's quantity, value and percentages";
}

/** The sheet's own Impact column and Total row against the engine's impact of each outcome. */
export function checkImpactColumn(
  context: ReadContext,
  table: Table,
  /** The row each outcome was read from, in the evaluation's order. */
  rows: readonly number[],
  evaluation: Evaluation,
  result: EvaluationResult,
  totalsRow: number | null,
): void {
  const column = table.columns.get('impact');
  if (column === undefined) return;
  const reductions = result.settings.reductions;
  const style = context.numberStyle(table.sheetIndex);
  let total = 0;
  rows.forEach((row, index) => {
    const engine = result.outcomes[index]?.impact;
    const outcome = evaluation.outcomes[index];
    if (engine === undefined || outcome === undefined) return;
    // Converted once, without a string when its digits allow: this runs for every outcome.
    const engineImpact = toFloat(engine);
    total += engineImpact;
    const sheet = numberIn(context.cell(table.sheetIndex, row, column), style);
    // An empty Impact cell arrives as 0 from Excel desktop: nothing to check.
    if (sheet === null || outcome.quantityByYear !== undefined || (context.emptyCellsAsZero && sheet === 0)) return;
    if (Math.abs(sheet - engineImpact) <= MONEY) return;
    context.warn(
      context.ref(table.sheetIndex, row, column),
      `the sheet's impact ${money(sheet)} differs from the engine's ${money(engineImpact)} ` +
        `(quantity × value less the reductions); likely reason: ${likelyImpactReason(outcome, sheet, reductions)}`,
    );
  });
  if (totalsRow === null) return;
  const sheetTotal = numberIn(context.cell(table.sheetIndex, totalsRow, column), style);
  if (sheetTotal !== null && Math.abs(sheetTotal - total) > MONEY * Math.max(1, rows.length)) {
    context.warn(
      context.ref(table.sheetIndex, totalsRow, column),
      `the sheet's total impact ${money(sheetTotal)} differs from the engine's ${money(total)}; check that the total covers every outcome row`,
    );
  }
}

function figureOf(result: EvaluationResult, figure: SheetFigure['figure']): number | null {
  switch (figure) {
    case 'presentValue':
      return result.presentValue.toNumber();
    case 'netPresentValue':
      return result.netPresentValue.toNumber();
    case 'inputs':
      return result.inputsPresentValue.toNumber();
    case 'ratio':
      return result.ratio?.toNumber() ?? null;
  }
}

const FIGURE_NAMES: Record<SheetFigure['figure'], string> = {
  presentValue: 'total present value',
  netPresentValue: 'net present value',
  inputs: 'inputs',
  ratio: 'SROI ratio',
};

/** The alternatives a sheet often uses, each with the reason it would give. */
function alternatives(evaluation: Evaluation, result: EvaluationResult): [string, Evaluation][] {
  const list: [string, Evaluation][] = [];
  const { timing, reductions, discount } = result.settings;
  if (timing !== 'start-of-year')
    list.push([
      'the sheet does not discount year 1 (start-of-year timing); set Timing to start-of-year if that is meant',
      { ...evaluation, timing: 'start-of-year' },
    ]);
  if (timing !== 'end-of-year')
    list.push(['the sheet discounts year 1 (end-of-year timing)', { ...evaluation, timing: 'end-of-year' }]);
  const other = reductions === 'multiplicative' ? 'subtractive' : 'multiplicative';
  list.push([
    `the sheet combines the reductions the ${other} way; set Reductions to ${other} if that is meant`,
    { ...evaluation, reductions: other },
  ]);
  list.push(['the sheet does not discount at all', { ...evaluation, discount: { rate: 0 } }]);
  if ('rate' in discount && Number(discount.rate) !== 0.035)
    list.push(['the sheet uses the Green Book rate of 3.5%', { ...evaluation, discount: { rate: 0.035 } }]);
  return list;
}

/** A figure typed rounded (a ratio of 3.29, a present value in whole pounds) agrees within its rounding. */
function toleranceOf(figure: SheetFigure): number {
  if (figure.figure === 'ratio') return Number(figure.value.toFixed(2)) === figure.value ? 0.005 : RATIO;
  return Number.isInteger(figure.value) ? 0.5 : MONEY;
}

/** The sheet's Total Present Value, Net Present Value, inputs and ratio cells against the engine. */
export function checkFigures(
  context: ReadContext,
  figures: readonly SheetFigure[],
  evaluation: Evaluation,
  result: EvaluationResult,
): void {
  let others: [string, EvaluationResult][] | null = null;
  for (const figure of figures) {
    const engine = figureOf(result, figure.figure);
    if (engine === null) continue;
    const tolerance = toleranceOf(figure);
    if (Math.abs(figure.value - engine) <= tolerance) continue;
    others ??= alternatives(evaluation, result).flatMap(([reason, changed]): [string, EvaluationResult][] => {
      try {
        return [[reason, evaluate(changed)]];
      } catch {
        return [];
      }
    });
    const reason = others.find(([, other]) => {
      const value = figureOf(other, figure.figure);
      return value !== null && Math.abs(figure.value - value) <= tolerance;
    })?.[0];
    const shown = (value: number) => (figure.figure === 'ratio' ? value.toFixed(4) : money(value));
    context.warn(
      figure.ref,
      `the sheet's ${FIGURE_NAMES[figure.figure]} ${shown(figure.value)} differs from the engine's ${shown(engine)}` +
        (reason === undefined
          ? "; check the sheet's formulas and that every outcome and input is included"
          : `; likely reason: ${reason}`),
    );
  }
}
