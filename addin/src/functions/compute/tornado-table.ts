import type { Decimal, Estimate, Evaluation, OneWay, OneWayPoint } from '@sroi/core';
import { durationStep } from '@sroi/core';
import { ESTIMATE_NAMES } from '../arguments/read-estimate.js';

/** One cell of `SROI.TORNADO`'s table: text, a figure, or why there is none (shown as `#N/A`). */
export type TornadoCell = string | number | Decimal | { readonly missing: string };

export const TORNADO_HEADERS = [
  'Row',
  'Outcome',
  'Estimate',
  'Base value',
  'Low value',
  'High value',
  'Ratio at low',
  'Ratio at high',
  'Swing',
] as const;

/** The first column of the rows that move an estimate of every outcome at once. */
const ALL_ROWS = 'all';
/** Why a map without inputs has no tornado of ratios (the engine's words for switching values). */
export const NO_INPUTS = 'the inputs total nothing, so there is no ratio to move; add what each stakeholder invests';

/**
 * The engine's one-way analysis as `SROI.TORNADO` spills it: a header row,
 * then one row per (outcome, estimate) and per estimate of all outcomes
 * together, largest swing first (the engine's order). "Row" is the outcome's
 * row under the map's headers (what `SROI.SWITCHINGVALUE` takes), or "all".
 * Values are as the map writes them (shares as fractions); the rows for all
 * outcomes describe the move instead ("x 0.9", "-10 points", "-1 year"),
 * since each outcome moves from its own value.
 *
 * @param rowOf - each outcome's row under the map's headers, by id (as the range was read)
 *
 * @example
 * ```ts
 * tornadoTable(oneWay(workedCheck), workedCheck, new Map([['row-2', 1]]))[1];
 * //=> [1, 'Improved wellbeing', 'attribution', 0.25, 0.15, 0.35, 2.0299..., 1.5523..., 0.4776...] (as decimals)
 * ```
 */
export function tornadoTable(
  analysis: OneWay,
  evaluation: Evaluation,
  rowOf: ReadonlyMap<string, number>,
): TornadoCell[][] {
  const descriptions = new Map(evaluation.outcomes.map((outcome) => [outcome.id, outcome.description]));
  const rows = analysis.rows.map((row): TornadoCell[] => {
    const who: TornadoCell[] =
      row.outcome === null
        ? [ALL_ROWS, 'All outcomes']
        : [rowOf.get(row.outcome) ?? row.outcome, descriptions.get(row.outcome) ?? row.outcome];
    const [low, high] =
      row.outcome === null
        ? [
            moveOfAll(row.estimate, analysis.change, -1, evaluation),
            moveOfAll(row.estimate, analysis.change, 1, evaluation),
          ]
        : [row.low.value ?? '', row.high.value ?? ''];
    return [
      ...who,
      ESTIMATE_NAMES[row.estimate],
      row.base ?? '',
      low,
      high,
      ratioOf(row.low),
      ratioOf(row.high),
      row.swing,
    ];
  });
  return [[...TORNADO_HEADERS], ...rows];
}

function ratioOf(point: OneWayPoint): TornadoCell {
  return point.ratio ?? { missing: NO_INPUTS };
}

/** How an estimate of every outcome moves, in words: each outcome moves from its own value. */
function moveOfAll(estimate: Estimate, change: Decimal, direction: -1 | 1, evaluation: Evaluation): string {
  const sign = direction === 1 ? '+' : '-';
  if (estimate === 'quantity' || estimate === 'proxy') {
    return `x ${(direction === 1 ? change.plus(1) : change.neg().plus(1)).toString()}`;
  }
  if (estimate !== 'duration') return `${sign}${change.times(100).toString()} points`;
  // The engine's own step, per outcome: whole years, at least one.
  const steps = new Set(evaluation.outcomes.map((outcome) => durationStep(outcome.duration, change)));
  if (steps.size !== 1) return `${sign}${change.times(100).toString()}% of each, at least 1 year`;
  const [step] = [...steps] as [number];
  return `${sign}${step} year${step === 1 ? '' : 's'}`;
}
