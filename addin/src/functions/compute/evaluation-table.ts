import type { Decimal, EvaluationResult } from '@sroi/core';

/** One line of `SROI.EVALUATE`'s spilled table: a label and a figure, or why there is none. */
export type TableLine = readonly [label: string, value: Decimal | { readonly missing: string }];

/**
 * The headline figures of an evaluation, in the order `SROI.EVALUATE` spills
 * them. A figure the engine cannot give (no ratio without inputs) carries the
 * reason instead, which the Excel edge shows as `#N/A`.
 *
 * @example
 * ```ts
 * evaluationTable(evaluate(workedCheck))[3]; //=> ['SROI ratio', Decimal 1.7910986...]
 * ```
 */
export function evaluationTable(result: EvaluationResult): TableLine[] {
  const noInputs = 'the inputs total nothing, so there is no ratio or payback';
  const figure = (value: Decimal | null, missing: string) => value ?? { missing };
  return [
    ['Present value', result.presentValue],
    ['Inputs', result.inputsPresentValue],
    ['Net present value', result.netPresentValue],
    ['SROI ratio', figure(result.ratio, noInputs)],
    ['Net ratio', figure(result.netRatio, noInputs)],
    [
      'Payback (months)',
      figure(
        result.paybackMonths,
        result.inputsPresentValue.gt(0) ? 'the total impact is not positive, so there is no payback' : noInputs,
      ),
    ],
  ];
}
