import type { Evaluation } from '../model/types.js';
import { baseCase } from './base-case.js';
import { OptionProblems } from './errors.js';
import { changeOption, tornadoOf, type OneWay, type OneWayOptions } from './one-way.js';
import {
  switchingValuesOf,
  targetOption,
  type SwitchingValueOptions,
  type SwitchingValues,
} from './switching-values.js';

/** Options of {@link sensitivity}: the switching values' target and the tornado's change. */
export interface SensitivityOptions extends SwitchingValueOptions, OneWayOptions {}

/** Switching values and the tornado of one evaluation. */
export interface Sensitivity {
  readonly switchingValues: SwitchingValues;
  readonly oneWay: OneWay;
}

/**
 * Switching values and one-way sensitivity (the tornado) together (METHOD.md
 * step 6): the same results as {@link switchingValues} and {@link oneWay},
 * digit for digit, from one validation and one set of base figures. A
 * sensitivity page or report shows both; on a 10,000-outcome map the shared
 * base figures cost as much as two or three evaluations.
 *
 * @param evaluation - the impact map (validated)
 * @param options - `target`: the ratio the switching values reach, default 1; `change`: how far the tornado
 *   moves each estimate, a fraction, default 0.1
 * @throws SroiOptionsError listing every problem with the options, before the evaluation is looked at
 * @throws SroiValidationError when the evaluation is invalid
 *
 * @example
 * ```ts
 * const { switchingValues: values, oneWay: tornado } = sensitivity(workedCheck, { target: 1, change: 0.1 });
 * values.outcomes.find((s) => s.estimate === 'deadweight')?.value?.toFixed(4); //=> '0.5533'
 * tornado.rows[0]?.estimate; //=> 'attribution'
 * ```
 */
export function sensitivity(evaluation: Evaluation, options: SensitivityOptions = {}): Sensitivity {
  const problems = new OptionProblems();
  const target = targetOption(options.target, problems);
  const change = changeOption(options.change, problems);
  problems.throwIfAny();
  const base = baseCase(evaluation);
  return { switchingValues: switchingValuesOf(base, target), oneWay: tornadoOf(base, change) };
}
