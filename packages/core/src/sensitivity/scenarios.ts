import { Decimal, toDecimal, type DecimalLike } from '../decimal.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { EvaluationResult } from '../evaluate/result.js';
import { showValue } from '../model/problems.js';
import type { Evaluation, Outcome } from '../model/types.js';
import { validateEvaluation } from '../model/validate.js';
import { OptionProblems } from './errors.js';
import { checkEstimate, isShare, type Estimate } from './estimates.js';
import { isRecord } from './options.js';

/**
 * One change in a scenario. Give the outcome's id, or leave it out to change
 * every outcome, and exactly one of:
 * - `value`: the new value, as in the impact map (`0.3` for 30% deadweight);
 * - `multiple`: times the base value (quantity and proxy), e.g. `0.8`;
 * - `shareChange`: plus a share change, for the four shares, as a fraction of one like the shares
 *   themselves (`-0.05` takes 20% to 15%, five percentage points), held within 0..100%;
 * - `years`: plus whole years, for duration, held at one year or more.
 */
export interface ScenarioChange {
  readonly outcome?: string;
  readonly estimate: Estimate;
  readonly value?: DecimalLike;
  readonly multiple?: DecimalLike;
  readonly shareChange?: DecimalLike;
  readonly years?: number;
}

/** A named set of changes, such as "low", "base" or "high". */
export interface Scenario {
  readonly name: string;
  readonly overrides: readonly ScenarioChange[];
}

export interface ScenarioResult {
  readonly name: string;
  /** The evaluation with the changes applied (a new object; the input is not changed). */
  readonly evaluation: Evaluation;
  readonly result: EvaluationResult;
}

const HOW = ['value', 'multiple', 'shareChange', 'years'] as const;

/**
 * Named scenarios (METHOD.md step 6): each set of changes is applied to the
 * evaluation and the result fully evaluated, so every figure (payback, years,
 * breakdowns, warnings) is available for each. A scenario with no changes is
 * the base case.
 *
 * @param evaluation - the impact map (validated)
 * @param scenarios - names must be unique; changes name an estimate and, optionally, an outcome
 * @throws SroiValidationError when the evaluation, or a scenario's changed evaluation, is invalid
 *   (a `value` outside the valid range, for example)
 * @throws SroiOptionsError for unknown estimates or outcomes, changes that give none or several of value, multiple,
 *   shareChange, years, and the old `points` (now `shareChange`, a fraction: points -5 is shareChange -0.05)
 *
 * @example
 * ```ts
 * const [low, base] = scenarios(workedCheck, [
 *   { name: 'low', overrides: [{ estimate: 'deadweight', value: 0.4 }, { estimate: 'quantity', multiple: 0.8 }] },
 *   { name: 'base', overrides: [] },
 * ]);
 * low.result.ratio?.toFixed(4);  //=> '1.0747'
 * base.result.ratio?.toFixed(4); //=> '1.7911'
 * const [up] = scenarios(workedCheck, [{ name: 'up', overrides: [{ estimate: 'deadweight', shareChange: 0.05 }] }]);
 * up.evaluation.outcomes[0].deadweight; //=> '0.25' (20% plus five percentage points)
 * ```
 */
export function scenarios(evaluation: Evaluation, scenarioList: readonly Scenario[]): ScenarioResult[] {
  const valid = validateEvaluation(evaluation);
  checkScenarios(valid, scenarioList);
  return scenarioList.map((scenario) => {
    const changed = applyChanges(valid, scenario.overrides);
    return { name: scenario.name, evaluation: changed, result: evaluate(changed) };
  });
}

/** The evaluation with a scenario's changes applied, in order; the input is left unchanged. */
export function applyChanges(evaluation: Evaluation, changes: readonly ScenarioChange[]): Evaluation {
  const outcomes = evaluation.outcomes.map((outcome) =>
    changes.reduce((current, change) => (appliesTo(current, change) ? applyOne(current, change) : current), outcome),
  );
  return { ...evaluation, outcomes };
}

/** A change for every outcome leaves drop-off and duration alone where quantityByYear gives them. */
function appliesTo(outcome: Outcome, change: ScenarioChange): boolean {
  if (change.outcome !== undefined) return change.outcome === outcome.id;
  return !(outcome.quantityByYear !== undefined && (change.estimate === 'dropOff' || change.estimate === 'duration'));
}

function applyOne(outcome: Outcome, change: ScenarioChange): Outcome {
  const { estimate } = change;
  if (estimate === 'duration') {
    const duration =
      change.value !== undefined ? Number(change.value) : Math.max(1, outcome.duration + (change.years ?? 0));
    return { ...outcome, duration };
  }
  if (estimate === 'quantity') {
    if (change.multiple !== undefined) {
      const multiple = toDecimal(change.multiple);
      const times = (value: DecimalLike) => toDecimal(value).times(multiple).toString();
      return {
        ...outcome,
        ...(outcome.quantity !== undefined ? { quantity: times(outcome.quantity) } : {}),
        ...(outcome.quantityByYear !== undefined ? { quantityByYear: outcome.quantityByYear.map(times) } : {}),
      };
    }
    return { ...outcome, quantity: change.value as DecimalLike, quantityByYear: undefined };
  }
  if (estimate === 'proxy') {
    const value =
      change.multiple !== undefined
        ? toDecimal(outcome.proxy.value).times(toDecimal(change.multiple)).toString()
        : (change.value as DecimalLike);
    return { ...outcome, proxy: { ...outcome.proxy, value } };
  }
  if (change.shareChange !== undefined) {
    const moved = toDecimal(outcome[estimate] ?? 0).plus(toDecimal(change.shareChange));
    return { ...outcome, [estimate]: Decimal.min(1, Decimal.max(0, moved)).toString() };
  }
  return { ...outcome, [estimate]: change.value };
}

function checkScenarios(evaluation: Evaluation, scenarioList: readonly Scenario[]): void {
  const problems = new OptionProblems();
  const ids = new Set(evaluation.outcomes.map((outcome) => outcome.id));
  const names = new Set<string>();
  if (!Array.isArray(scenarioList))
    problems.add('scenarios', scenarioList, 'scenarios must be a list of { name, overrides }');
  (Array.isArray(scenarioList) ? scenarioList : []).forEach((scenario: unknown, index) => {
    const path = `scenarios[${index}]`;
    if (!isRecord(scenario)) return problems.add(path, scenario, 'a scenario must be { name, overrides: [...] }');
    const name = scenario['name'];
    if (typeof name !== 'string' || name.trim() === '')
      problems.add(`${path}.name`, name, 'name must be non-empty text');
    else if (names.has(name))
      problems.add(`${path}.name`, name, `scenario name ${showValue(name)} is used twice; names must be unique`);
    else names.add(name);
    const overrides = scenario['overrides'];
    if (!Array.isArray(overrides))
      return problems.add(
        `${path}.overrides`,
        overrides,
        'overrides must be a list of changes (empty for the base case)',
      );
    overrides.forEach((change: unknown, at) => checkChange(change, `${path}.overrides[${at}]`, ids, problems));
  });
  problems.throwIfAny();
}

function checkChange(change: unknown, path: string, ids: Set<string>, problems: OptionProblems): void {
  if (!isRecord(change))
    return problems.add(
      path,
      change,
      'a change must be { outcome?, estimate, value | multiple | shareChange | years }',
    );
  const outcome = change['outcome'];
  if (outcome !== undefined && !(typeof outcome === 'string' && ids.has(outcome))) {
    const known = [...ids]
      .slice(0, 20)
      .map((id) => JSON.stringify(id))
      .join(', ');
    problems.add(
      `${path}.outcome`,
      outcome,
      `outcome ${showValue(outcome)} is not in the evaluation; known outcomes: ${known || 'none'}${ids.size > 20 ? ', ...' : ''}`,
    );
  }
  // The old field held percentage points (-5 for 20% -> 15%): refuse it, as read as a fraction it would move a share 100x too far.
  const oldPoints = change['points'] !== undefined;
  if (oldPoints)
    problems.add(
      `${path}.points`,
      change['points'],
      'points is no longer accepted: use shareChange, a fraction of one like the shares (-0.05 takes 20% to 15%; points -5 is shareChange -0.05)',
    );
  const estimate = change['estimate'];
  if (!checkEstimate(estimate, `${path}.estimate`, problems) || oldPoints) return;
  const given = HOW.filter((how) => change[how] !== undefined);
  const allowed =
    estimate === 'duration' ? ['value', 'years'] : isShare(estimate) ? ['value', 'shareChange'] : ['value', 'multiple'];
  if (given.length !== 1 || !allowed.includes(given[0] as string)) {
    problems.add(
      path,
      change,
      `a change of ${estimate} takes exactly one of ${allowed.join(' or ')}; got ${given.length === 0 ? 'none' : given.join(', ')}`,
    );
    return;
  }
  const how = given[0] as (typeof HOW)[number];
  const amount = change[how];
  const finite =
    (typeof amount === 'number' && Number.isFinite(amount)) ||
    (typeof amount === 'string' && !Number.isNaN(Number(amount)) && amount.trim() !== '');
  if (!finite) problems.add(`${path}.${how}`, amount, `${how} must be a number; got ${showValue(amount)}`);
  else if (how === 'years' && !Number.isInteger(amount))
    problems.add(`${path}.years`, amount, `years must be a whole number; got ${showValue(amount)}`);
  else if (how === 'multiple' && Number(amount) < 0)
    problems.add(`${path}.multiple`, amount, `multiple must be 0 or more; got ${showValue(amount)}`);
}
