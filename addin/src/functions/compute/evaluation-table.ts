import type { Decimal, EvaluationResult } from '@sroi/core';
import type { CellErrorCode } from '../errors/cell-error.js';

/** Why a figure is missing, and the spreadsheet error that shows it. */
export interface MissingFigure {
  readonly missing: string;
  readonly code: CellErrorCode;
}

/** One line of `SROI.RESULTS`'s spilled table: a label and a figure, or why there is none. */
export type TableLine = readonly [label: string, value: Decimal | MissingFigure];

/**
 * The headline figures of an evaluation, in the order `SROI.RESULTS` spills
 * them. A figure the engine cannot give carries the reason instead: a ratio or
 * net ratio without inputs is `#DIV/0!`, as `SROI.RATIO` and `SROI.NETRATIO`
 * show it; a payback without inputs or without positive impact is `#N/A`
 * with its reason, as `SROI.PAYBACK` shows it.
 *
 * @example
 * ```ts
 * evaluationTable(evaluate(workedCheck))[3]; //=> ['SROI ratio', Decimal 1.7910986...]
 * ```
 */
export function evaluationTable(result: EvaluationResult): TableLine[] {
  const divisionByZero: MissingFigure = {
    missing: 'the inputs total nothing, so there is no ratio',
    code: 'division-by-zero',
  };
  const noPayback: MissingFigure = {
    missing: result.inputsPresentValue.gt(0)
      ? 'the total impact is not positive, so there is no payback'
      : 'the inputs total nothing, so there is nothing to pay back',
    code: 'not-available',
  };
  return [
    ['Present value', result.presentValue],
    ['Inputs', result.inputsPresentValue],
    ['Net present value', result.netPresentValue],
    ['SROI ratio', result.ratio ?? divisionByZero],
    ['Net ratio', result.netRatio ?? divisionByZero],
    ['Payback (months)', result.paybackMonths ?? noPayback],
  ];
}
