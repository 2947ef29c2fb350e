import type { DecimalLike } from '../../decimal.js';
import type { Evaluation } from '../../model/types.js';
import { baseCase } from '../base-case.js';
import { OptionProblems, SroiCancelledError } from '../errors.js';
import { ESTIMATES, type Estimate } from '../estimates.js';
import { isRecord, positiveDecimal } from '../options.js';
import { checkDistributions, DEFAULT_DISTRIBUTIONS, type Distribution, type Distributions } from './distributions.js';
import { createKernel, type Kernel } from './kernel.js';
import { percentile } from './percentiles.js';
import { prepare, type PreparedDistribution } from './sampler.js';

/** Options of {@link monteCarlo}. */
export interface MonteCarloOptions {
  /** Number of draws of the whole impact map, default 10,000; from 1 to 10,000,000. */
  readonly iterations?: number;
  /** Any finite number, default 1. The same seed gives the same result on every machine. */
  readonly seed?: number;
  /** Uncertainty of each estimate for every outcome; estimates left out take {@link DEFAULT_DISTRIBUTIONS}. */
  readonly distributions?: Distributions;
  /** Per outcome id, distributions that replace the ones above for that outcome. */
  readonly byOutcome?: Readonly<Record<string, Distributions>>;
  /** The ratio whose probability is reported, default 1 (`probabilityAtLeastTarget`). */
  readonly target?: DecimalLike;
  /** Called after every `progressEvery` iterations (default 1,000) and at the end. */
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
  readonly progressEvery?: number;
  /**
   * Abort to stop the run between chunks: {@link SroiCancelledError} is thrown, no partial result.
   * An `AbortSignal` (typed structurally, so no DOM or Node types are needed).
   */
  readonly signal?: { readonly aborted: boolean };
  /**
   * Keep every iteration's present value and ratio in the result's `draws`, for a histogram.
   * Default false: 10,000,000 iterations keep 160 MB.
   */
  readonly keepDraws?: boolean;
}

/** A figure's spread over the iterations. */
export interface Spread {
  readonly mean: number;
  readonly p5: number;
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
  readonly p95: number;
}

/** Every iteration's figures, in draw order (iteration 1 first). */
export interface MonteCarloDraws {
  readonly presentValue: Float64Array;
  /** The present value over the inputs (taken as certain); null without inputs. */
  readonly ratio: Float64Array | null;
}

/**
 * What {@link monteCarlo} finds, in float64 numbers (sampling error dwarfs
 * float64 rounding; see METHOD.md "Precision").
 */
export interface MonteCarloResult {
  readonly iterations: number;
  readonly seed: number;
  readonly target: number;
  /** The base case as the float64 kernel computes it (agrees with `evaluate` to 1e-9 relative). */
  readonly base: { readonly presentValue: number; readonly ratio: number | null };
  readonly presentValue: Spread;
  /** null without inputs. */
  readonly ratio: Spread | null;
  /** Share of iterations with a ratio at or above the target (1 : 1 by default); null without inputs. */
  readonly probabilityAtLeastTarget: number | null;
  /** The distributions used for each estimate for every outcome, defaults filled in. */
  readonly distributions: Readonly<Record<Estimate, Distribution>>;
  /** Only with `keepDraws`: each iteration's present value and ratio, in draw order. */
  readonly draws?: MonteCarloDraws;
}

export const MAX_ITERATIONS = 10_000_000;

/**
 * Monte Carlo ranges (METHOD.md step 6): draws every uncertain estimate of
 * every outcome independently from its distribution, evaluates the impact map
 * in float64, and reports percentiles (5, 10, 25, 50, 75, 90, 95, Excel's
 * PERCENTILE.INC), the mean, and the probability that the ratio is at least
 * the target. Inputs are taken as certain. Seeded and reproducible.
 *
 * @param evaluation - the impact map (validated)
 * @param options - iterations (default 10,000), seed (default 1), distributions (defaults:
 *   triangular +-20% on quantities and proxies, +-10 percentage points on the four shares),
 *   keepDraws (default false: keep every iteration's figures in `draws`)
 * @throws SroiValidationError when the evaluation is invalid
 * @throws SroiOptionsError for unknown estimates or outcomes, empty distributions, min above max,
 *   iterations outside 1..10,000,000, a seed that is not finite
 * @throws SroiCancelledError when `signal` is aborted
 *
 * @example
 * ```ts
 * const run = monteCarlo(workedCheck, { iterations: 10000, seed: 7 });
 * run.ratio?.p50.toFixed(2);      //=> '1.79'
 * run.ratio?.p5.toFixed(2);       //=> '1.37'
 * run.probabilityAtLeastTarget;   //=> 0.9998 (2 draws in 10,000 fall below 1 : 1)
 * ```
 */
export function monteCarlo(evaluation: Evaluation, options: MonteCarloOptions = {}): MonteCarloResult {
  const run = startRun(evaluation, options);
  for (let done = 0; done < run.total;) done = run.step(done);
  return run.finish();
}

/**
 * {@link monteCarlo} that yields to the event loop between chunks of
 * `progressEvery` iterations, so a task pane stays responsive and can cancel.
 * Same seed, same numbers as the synchronous version.
 */
export async function monteCarloAsync(
  evaluation: Evaluation,
  options: MonteCarloOptions = {},
): Promise<MonteCarloResult> {
  const run = startRun(evaluation, options);
  for (let done = 0; done < run.total;) {
    done = run.step(done);
    if (done < run.total) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return run.finish();
}

function startRun(evaluation: Evaluation, options: MonteCarloOptions) {
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
  const kernel: Kernel = createKernel(base, distributionOf, seed);
  const values = new Float64Array(iterations);
  const inputs = base.inputsPresentValue.toNumber();

  return {
    total: iterations,
    step(done: number): number {
      if (options.signal?.aborted) throw new SroiCancelledError(done, iterations);
      const next = Math.min(iterations, done + progressEvery);
      kernel.run(values, done, next);
      options.onProgress?.({ done: next, total: iterations });
      if (options.signal?.aborted && next < iterations) throw new SroiCancelledError(next, iterations);
      return next;
    },
    finish(): MonteCarloResult {
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
        base: { presentValue: kernel.basePresentValue, ratio: hasInputs ? kernel.basePresentValue / inputs : null },
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
