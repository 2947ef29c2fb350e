import type { Evaluation } from '../../model/types.js';
import { baseCase } from '../base-case.js';
import { OptionProblems } from '../errors.js';
import { ESTIMATES, type Estimate } from '../estimates.js';
import { isRecord, positiveDecimal } from '../options.js';
import { checkDistributions, DEFAULT_DISTRIBUTIONS, type Distribution, type Distributions } from './distributions.js';
import { basePresentValue, type KernelData } from './kernel.js';
import { kernelData } from './kernel-data.js';
import type { MonteCarloDraws, MonteCarloOptions, MonteCarloResult, Spread } from './monte-carlo.js';
import { percentile } from './percentiles.js';
import { prepare, type PreparedDistribution } from './sampler.js';

export const MAX_ITERATIONS = 10_000_000;

/**
 * A checked Monte Carlo run, ready to draw: what `monteCarlo` runs in this
 * thread and the worker pool (`@sroi/core/node`) runs across threads, so that
 * both check the same options and report the same figures. Internal.
 */
export interface PreparedRun {
  readonly iterations: number;
  readonly seed: number;
  readonly progressEvery: number;
  /** The impact map and its distributions for the kernel (plain data: it can be posted to a worker). */
  readonly data: KernelData;
  /** The result from every iteration's present value in draw order; sorts `values` in place. */
  finish(values: Float64Array): MonteCarloResult;
}

/**
 * Checks the options (every problem at once, with those `moreChecks` adds)
 * and the evaluation, and prepares the run.
 *
 * @throws SroiValidationError when the evaluation is invalid
 * @throws SroiOptionsError when an option is invalid
 */
export function prepareRun(
  evaluation: Evaluation,
  options: MonteCarloOptions,
  moreChecks: (problems: OptionProblems) => void = () => {},
): PreparedRun {
  const problems = new OptionProblems();
  const iterations = options.iterations ?? 10_000;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    problems.add(
      'iterations',
      options.iterations,
      `iterations must be a whole number from 1 to ${MAX_ITERATIONS}; got ${String(options.iterations)}`,
    );
  }
  const seed = options.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    problems.add('seed', options.seed, `seed must be a finite number, e.g. 42; got ${String(options.seed)}`);
  }
  const progressEvery = options.progressEvery ?? 1000;
  if (!Number.isInteger(progressEvery) || progressEvery < 1) {
    problems.add(
      'progressEvery',
      options.progressEvery,
      `progressEvery must be a whole number, 1 or more; got ${String(options.progressEvery)}`,
    );
  }
  const target = positiveDecimal(options.target, 1, 'target', 'a ratio above 0, e.g. 1 for 1 : 1', problems).toNumber();
  const shared = checkDistributions(options.distributions, 'distributions', problems);
  const byOutcome = new Map<string, Distributions>();
  if (options.byOutcome !== undefined && !isRecord(options.byOutcome)) {
    problems.add('byOutcome', options.byOutcome, 'byOutcome must be an object of distributions by outcome id');
  } else {
    for (const [id, distributions] of Object.entries(options.byOutcome ?? {})) {
      byOutcome.set(id, checkDistributions(distributions, `byOutcome.${id}`, problems));
    }
  }
  moreChecks(problems);
  problems.throwIfAny();

  const base = baseCase(evaluation);
  const ids = new Map(base.outcomes.map((outcome) => [outcome.id, outcome.index]));
  const unknown = [...byOutcome.keys()].filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    const known = [...ids.keys()]
      .slice(0, 20)
      .map((id) => JSON.stringify(id))
      .join(', ');
    for (const id of unknown)
      problems.add(
        `byOutcome.${id}`,
        id,
        `outcome ${JSON.stringify(id)} is not in the evaluation; known outcomes: ${known || 'none'}`,
      );
    problems.throwIfAny();
  }

  const distributions = Object.fromEntries(
    ESTIMATES.map((estimate) => [estimate, shared[estimate] ?? DEFAULT_DISTRIBUTIONS[estimate]]),
  ) as Record<Estimate, Distribution>;
  const prepared = Object.fromEntries(
    ESTIMATES.map((estimate) => [estimate, prepare(distributions[estimate])]),
  ) as Record<Estimate, PreparedDistribution>;
  const overrides = new Map([...byOutcome].map(([id, given]) => [ids.get(id) as number, given]));
  const distributionOf = (outcome: number, estimate: Estimate): PreparedDistribution => {
    const override = overrides.get(outcome)?.[estimate];
    return override === undefined ? prepared[estimate] : prepare(override);
  };
  const data = kernelData(base, distributionOf);
  const inputs = base.inputsPresentValue.toNumber();
  const basePresent = basePresentValue(data);

  return {
    iterations,
    seed,
    progressEvery,
    data,
    finish(values: Float64Array): MonteCarloResult {
      let sum = 0;
      let atLeast = 0;
      const threshold = target * inputs;
      for (const value of values) {
        sum += value;
        if (value >= threshold) atLeast += 1;
      }
      const hasInputs = inputs > 0;
      // Sorting works in place: the draws are copied first, in draw order.
      const draws = options.keepDraws === true ? drawsOf(values, hasInputs ? inputs : null) : undefined;
      const sorted = values.sort();
      const presentValue = spread(sorted, sum / iterations, 1);
      return {
        iterations,
        seed,
        target,
        base: { presentValue: basePresent, ratio: hasInputs ? basePresent / inputs : null },
        presentValue,
        ratio: hasInputs ? spread(sorted, sum / iterations, inputs) : null,
        probabilityAtLeastTarget: hasInputs ? atLeast / iterations : null,
        distributions,
        ...(draws === undefined ? {} : { draws }),
      };
    },
  };
}

/** Percentiles and mean of sorted present values, divided by `scale` (the inputs, for ratios). */
function spread(sorted: Float64Array, mean: number, scale: number): Spread {
  return {
    mean: mean / scale,
    p5: percentile(sorted, 5) / scale,
    p10: percentile(sorted, 10) / scale,
    p25: percentile(sorted, 25) / scale,
    p50: percentile(sorted, 50) / scale,
    p75: percentile(sorted, 75) / scale,
    p90: percentile(sorted, 90) / scale,
    p95: percentile(sorted, 95) / scale,
  };
}

/** A copy of the present values in draw order, and each over the inputs (null without inputs). */
function drawsOf(values: Float64Array, inputs: number | null): MonteCarloDraws {
  const presentValue = Float64Array.from(values);
  return { presentValue, ratio: inputs === null ? null : presentValue.map((value) => value / inputs) };
}
