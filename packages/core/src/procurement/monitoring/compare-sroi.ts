import { ZERO, type Decimal } from '../../decimal.js';
import type { EvaluationResult } from '../../evaluate/result.js';

/** One figure in the forecast and the evaluative SROI, and the difference (evaluative less forecast). */
export interface ComparedFigure {
  readonly forecast: Decimal | null;
  readonly evaluative: Decimal | null;
  /** evaluative - forecast; null when either is missing. */
  readonly difference: Decimal | null;
}

/** One outcome matched by id across the two evaluations. */
export interface ComparedOutcome {
  readonly id: string;
  readonly description: string;
  readonly presentValue: ComparedFigure;
}

/** A forecast SROI against the evaluative SROI of what happened. */
export interface SroiComparison {
  readonly forecast: string;
  readonly evaluative: string;
  readonly presentValue: ComparedFigure;
  readonly inputsPresentValue: ComparedFigure;
  readonly ratio: ComparedFigure;
  /** Every outcome of either, matched by id: forecast order, then outcomes only in the evaluative SROI. */
  readonly outcomes: readonly ComparedOutcome[];
  /** Things worth saying: an evaluation of the wrong kind, outcomes in only one. */
  readonly notes: readonly string[];
}

/**
 * Compares a forecast SROI with the evaluative SROI of what was delivered:
 * headline figures and each outcome's present value, matched by outcome id.
 *
 * @example
 * ```ts
 * const comparison = compareSroi(evaluate(forecast), evaluate(evaluative));
 * comparison.ratio.difference?.toString(); //=> e.g. '-0.41'
 * ```
 */
export function compareSroi(forecast: EvaluationResult, evaluative: EvaluationResult): SroiComparison {
  const notes: string[] = [];
  if (forecast.settings.kind !== 'forecast')
    notes.push(`"${forecast.name}" is marked ${forecast.settings.kind}, not forecast`);
  if (evaluative.settings.kind !== 'evaluative')
    notes.push(`"${evaluative.name}" is marked ${evaluative.settings.kind}, not evaluative`);
  if (forecast.settings.currency !== evaluative.settings.currency) {
    notes.push(
      `the forecast is in ${forecast.settings.currency} and the evaluative SROI in ${evaluative.settings.currency}`,
    );
  }
  const after = new Map(evaluative.outcomes.map((outcome) => [outcome.id, outcome]));
  const before = new Map(forecast.outcomes.map((outcome) => [outcome.id, outcome]));
  const outcomes: ComparedOutcome[] = [
    ...forecast.outcomes.map((outcome) => ({
      id: outcome.id,
      description: outcome.description,
      presentValue: figure(outcome.presentValue, after.get(outcome.id)?.presentValue ?? null),
    })),
    ...evaluative.outcomes
      .filter((outcome) => !before.has(outcome.id))
      .map((outcome) => ({
        id: outcome.id,
        description: outcome.description,
        presentValue: figure(null, outcome.presentValue),
      })),
  ];
  const onlyForecast = forecast.outcomes.filter((o) => !after.has(o.id)).map((o) => o.id);
  const onlyEvaluative = evaluative.outcomes.filter((o) => !before.has(o.id)).map((o) => o.id);
  if (onlyForecast.length > 0) notes.push(`forecast outcomes not in the evaluative SROI: ${onlyForecast.join(', ')}`);
  if (onlyEvaluative.length > 0) notes.push(`evaluative outcomes not forecast: ${onlyEvaluative.join(', ')}`);
  return {
    forecast: forecast.name,
    evaluative: evaluative.name,
    presentValue: figure(forecast.presentValue, evaluative.presentValue),
    inputsPresentValue: figure(forecast.inputsPresentValue, evaluative.inputsPresentValue),
    ratio: figure(forecast.ratio, evaluative.ratio),
    outcomes,
    notes,
  };
}

function figure(forecast: Decimal | null, evaluative: Decimal | null): ComparedFigure {
  return {
    forecast,
    evaluative,
    difference: forecast === null || evaluative === null ? null : evaluative.minus(forecast ?? ZERO),
  };
}
