import type { DecimalLike } from '../../decimal.js';
import type { Evaluation } from '../../model/types.js';
import { SroiCancelledError } from '../errors.js';
import type { Estimate } from '../estimates.js';
import type { Distribution, Distributions } from './distributions.js';
import { createKernel } from './kernel.js';
import { prepareRun } from './prepare-run.js';

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
  /**
   * Called after every `progressEvery` iterations (default 1,000) and at the end
   * (`monteCarloInWorkers`: after each block of 500 iterations).
   */
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

export { MAX_ITERATIONS } from './prepare-run.js';

/**
 * Monte Carlo ranges (METHOD.md step 6): draws every uncertain estimate of
 * every outcome independently from its distribution, evaluates the impact map
 * in float64, and reports percentiles (5, 10, 25, 50, 75, 90, 95, Excel's
 * PERCENTILE.INC), the mean, and the probability that the ratio is at least
 * the target. Inputs are taken as certain. Seeded and reproducible; in
 * Node.js, `monteCarloInWorkers` (`@sroi/core/node`) gives the same result
 * across worker threads.
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
 * run.ratio?.p50.toFixed(2);      //=> '1.77'
 * run.ratio?.p5.toFixed(2);       //=> '1.37'
 * run.probabilityAtLeastTarget;   //=> 0.9999 (1 draw in 10,000 falls below 1 : 1)
 * ```
 */
export function monteCarlo(evaluation: Evaluation, options: MonteCarloOptions = {}): MonteCarloResult {
  const run = steppedRun(evaluation, options);
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
  const run = steppedRun(evaluation, options);
  for (let done = 0; done < run.total;) {
    done = run.step(done);
    if (done < run.total) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return run.finish();
}

/** A run in this thread, in chunks of `progressEvery` iterations, checking `signal` between them. */
function steppedRun(evaluation: Evaluation, options: MonteCarloOptions) {
  const prepared = prepareRun(evaluation, options);
  const { iterations, progressEvery } = prepared;
  const kernel = createKernel(prepared.data, prepared.seed);
  const values = new Float64Array(iterations);
  return {
    total: iterations,
    step(done: number): number {
      if (options.signal?.aborted) throw new SroiCancelledError(done, iterations);
      const next = Math.min(iterations, done + progressEvery);
      kernel.run(values.subarray(done, next), done, next);
      options.onProgress?.({ done: next, total: iterations });
      if (options.signal?.aborted && next < iterations) throw new SroiCancelledError(next, iterations);
      return next;
    },
    finish: (): MonteCarloResult => prepared.finish(values),
  };
}
