import {
  DEFAULT_DISTRIBUTIONS,
  evaluate,
  monteCarlo,
  monteCarloAsync,
  SroiCancelledError,
  SroiOptionsError,
  SroiValidationError,
  type Evaluation,
  type MonteCarloOptions,
} from '@sroi/core';
import { portableLog, seededStream } from '../../../packages/core/src/sensitivity/monte-carlo/random';
import { deepFreeze, jobs, twoOutcomes, withOutcome, workedCheck } from './fixtures';

const FIXED = { type: 'fixed' } as const;
const allFixed = {
  quantity: FIXED,
  proxy: FIXED,
  deadweight: FIXED,
  displacement: FIXED,
  attribution: FIXED,
  dropOff: FIXED,
  duration: FIXED,
};

/** Every option problem as "path: message", for readable assertions. */
function problemsOf(options: MonteCarloOptions, evaluation: Evaluation = workedCheck): string[] {
  try {
    monteCarlo(evaluation, { iterations: 10, ...options });
  } catch (error) {
    if (error instanceof SroiOptionsError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error('expected an SroiOptionsError');
}

describe('monteCarlo', () => {
  it('is reproducible: the same seed gives the same numbers, however the run is split', () => {
    const first = monteCarlo(twoOutcomes, { iterations: 2000, seed: 42 });
    const again = monteCarlo(twoOutcomes, { iterations: 2000, seed: 42, progressEvery: 7 });
    const other = monteCarlo(twoOutcomes, { iterations: 2000, seed: 43 });
    expect(again).toEqual(first);
    expect(other.ratio?.p50).not.toBe(first.ratio?.p50);
  });

  it('pins the generator, so results are the same on every machine', () => {
    const random = seededStream(42);
    expect([random.next(), random.next(), random.next()].map((x) => x.toFixed(12))).toMatchSnapshot();
    expect(monteCarlo(workedCheck, { iterations: 1000, seed: 7 }).ratio).toMatchSnapshot();
  });

  it('agrees with the exact engine at the base case to 1e-9 relative', () => {
    const cases: Evaluation[] = [
      workedCheck,
      twoOutcomes,
      { ...twoOutcomes, timing: 'mid-year', discount: { schedule: 'green-book' } },
      { ...twoOutcomes, timing: 'start-of-year', reductions: 'subtractive' },
      withOutcome(twoOutcomes, 'jobs', { quantity: undefined, dropOff: undefined, quantityByYear: [10, 8, 6, 4] }),
      withOutcome(twoOutcomes, 'jobs', { duration: 40, startYear: 3 }),
    ];
    for (const evaluation of cases) {
      const exact = evaluate(evaluation).presentValue.toNumber();
      const run = monteCarlo(evaluation, { iterations: 1, seed: 1 });
      expect(Math.abs(run.base.presentValue - exact) / exact).toBeLessThan(1e-9);
    }
  });

  it('gives the base case at every percentile for a degenerate distribution', () => {
    const base = evaluate(twoOutcomes).ratio?.toNumber() as number;
    for (const distributions of [allFixed, { ...allFixed, deadweight: { type: 'uniform', min: 0, max: 0 } as const }]) {
      const run = monteCarlo(twoOutcomes, { iterations: 500, seed: 3, distributions });
      for (const value of Object.values(run.ratio ?? {})) expect(value).toBeCloseTo(base, 12);
      expect(run.probabilityAtLeastTarget).toBe(1);
    }
  });

  it('converges to the analytic mean for uniform shares', () => {
    // One outcome: present value is proportional to (1 - deadweight)(1 - attribution). Deadweight
    // uniform on 20%..40% (mean 30%) and attribution uniform on 25%..35% (mean 30%), independent:
    // the mean is the base value x (0.7 / 0.8) x (0.7 / 0.75).
    const distributions = {
      ...allFixed,
      deadweight: { type: 'uniform', min: 0, max: 0.2 },
      attribution: { type: 'uniform', min: 0, max: 0.1 },
    } as const;
    const base = evaluate(workedCheck).presentValue.toNumber();
    const analytic = base * (0.7 / 0.8) * (0.7 / 0.75);
    const errors = [1000, 100_000].map((iterations) => {
      const run = monteCarlo(workedCheck, { iterations, seed: 11, distributions });
      return Math.abs(run.presentValue.mean - analytic) / analytic;
    });
    // Standard error of the mean at 100,000 draws is about 0.05% of the value.
    expect(errors[1]).toBeLessThan(0.002);
    expect(errors[1]).toBeLessThan(errors[0] as number);
  });

  it('samples triangular, PERT and truncated normal distributions with the right means', () => {
    // Present value is proportional to the proxy, so the mean change of the proxy shows directly.
    const base = evaluate(workedCheck).presentValue.toNumber();
    const meanChange = (proxy: NonNullable<MonteCarloOptions['distributions']>['proxy']) =>
      monteCarlo(workedCheck, { iterations: 100_000, seed: 5, distributions: { ...allFixed, proxy } }).presentValue
        .mean /
        base -
      1;
    expect(meanChange({ type: 'triangular', min: -0.2, mode: 0.1, max: 0.2 })).toBeCloseTo(0.1 / 3, 3);
    expect(meanChange({ type: 'pert', min: -0.2, mode: 0.1, max: 0.2 })).toBeCloseTo((-0.2 + 0.4 + 0.2) / 6, 3);
    expect(meanChange({ type: 'normal', mean: 0.05, sd: 0.1 })).toBeCloseTo(0.05, 2);
    // A normal on a share is truncated to 0..100%: the ratio can never exceed the value with no deadweight.
    const ceiling = evaluate(withOutcome(workedCheck, 'wellbeing', { deadweight: 0 })).ratio?.toNumber() as number;
    const run = monteCarlo(workedCheck, {
      iterations: 5000,
      seed: 5,
      distributions: { ...allFixed, deadweight: { type: 'normal', sd: 0.5 } },
    });
    expect(run.ratio?.p95).toBeLessThanOrEqual(ceiling + 1e-12);
    expect(run.ratio?.p5).toBeGreaterThanOrEqual(0);
  });

  it('uses the stated defaults and reports them', () => {
    const run = monteCarlo(workedCheck, { iterations: 2000, seed: 1 });
    expect(run.distributions).toEqual(DEFAULT_DISTRIBUTIONS);
    expect(run.ratio?.p5).toBeLessThan(run.ratio?.p50 as number);
    expect(run.ratio?.p50).toBeLessThan(run.ratio?.p95 as number);
    expect(run.ratio?.p50).toBeCloseTo(1.79, 1);
  });

  it('takes distributions per outcome', () => {
    const run = monteCarlo(twoOutcomes, {
      iterations: 200,
      seed: 1,
      distributions: allFixed,
      byOutcome: { jobs: { quantity: { type: 'uniform', min: -1, max: -1 } } },
    });
    const withoutJobs = evaluate(withOutcome(twoOutcomes, 'jobs', { quantity: 0 })).ratio?.toNumber() as number;
    expect(run.ratio?.p50).toBeCloseTo(withoutJobs, 12);
  });

  it('reports progress and can be cancelled', () => {
    const seen: number[] = [];
    monteCarlo(workedCheck, {
      iterations: 2500,
      progressEvery: 1000,
      onProgress: ({ done, total }) => seen.push(done / total),
    });
    expect(seen).toEqual([0.4, 0.8, 1]);

    const controller = new AbortController();
    const run = () =>
      monteCarlo(workedCheck, {
        iterations: 5000,
        progressEvery: 1000,
        signal: controller.signal,
        onProgress: ({ done }) => done >= 2000 && controller.abort(),
      });
    expect(run).toThrow(SroiCancelledError);
    expect(run).toThrow('Monte Carlo run cancelled after 0 of 5000 iterations');
  });

  it('runs asynchronously with the same numbers, and stops when aborted', async () => {
    const options = { iterations: 3000, seed: 9, progressEvery: 500 };
    await expect(monteCarloAsync(twoOutcomes, options)).resolves.toEqual(monteCarlo(twoOutcomes, options));
    const controller = new AbortController();
    const pending = monteCarloAsync(twoOutcomes, {
      ...options,
      signal: controller.signal,
      onProgress: ({ done }) => done === 1000 && controller.abort(),
    });
    await expect(pending).rejects.toMatchObject({ name: 'SroiCancelledError', done: 1000, total: 3000 });
  });

  it('has no ratio or probability without inputs', () => {
    const run = monteCarlo({ ...workedCheck, inputs: [] }, { iterations: 100 });
    expect(run.ratio).toBeNull();
    expect(run.probabilityAtLeastTarget).toBeNull();
    expect(run.presentValue.p50).toBeGreaterThan(0);
  });

  describe('rejects bad options with what is valid', () => {
    it('unknown estimates and distribution types, empty distributions, min above max', () => {
      expect(
        problemsOf({
          distributions: {
            deadwieght: { type: 'uniform', min: 0, max: 0.1 },
            proxy: {},
            quantity: { type: 'triangular', min: 0.2, max: -0.2 },
            attribution: { type: 'lognormal' },
            dropOff: { type: 'uniform', min: 0, max: 5 },
          } as never,
        }),
      ).toMatchSnapshot();
    });

    it('a quantity or proxy change typed as a whole percentage (20 for 20%), or falling below -100%', () => {
      const words = 'a relative change from -1 (-100%) to 10 (+1000%), e.g. -0.2 for 20% less';
      expect(
        problemsOf({
          distributions: {
            proxy: { type: 'uniform', min: -20, max: 20 },
            quantity: { type: 'triangular', min: -1.5, max: 0.2 },
          },
        }),
      ).toEqual([
        `distributions.proxy.min: min of a proxy distribution must be ${words}; got -20`,
        `distributions.proxy.max: max of a proxy distribution must be ${words}; got 20`,
        `distributions.quantity.min: min of a quantity distribution must be ${words}; got -1.5`,
      ]);
      // The edges themselves are allowed: a price down to nothing, or up tenfold.
      expect(() =>
        monteCarlo(workedCheck, { iterations: 10, distributions: { proxy: { type: 'uniform', min: -1, max: 10 } } }),
      ).not.toThrow();
    });

    it('iterations, seed, target and outcomes', () => {
      expect(problemsOf({ iterations: 0 })).toEqual([
        'iterations: iterations must be a whole number from 1 to 10000000; got 0',
      ]);
      expect(problemsOf({ iterations: 1e12 })).toEqual([
        'iterations: iterations must be a whole number from 1 to 10000000; got 1000000000000',
      ]);
      expect(problemsOf({ iterations: 2.5 })).toHaveLength(1);
      expect(problemsOf({ seed: Number.NaN })).toEqual(['seed: seed must be a finite number, e.g. 42; got NaN']);
      expect(problemsOf({ seed: Infinity })).toHaveLength(1);
      expect(problemsOf({ target: -1 })).toHaveLength(1);
      expect(problemsOf({ byOutcome: { nope: {} } })).toEqual([
        'byOutcome.nope: outcome "nope" is not in the evaluation; known outcomes: "wellbeing"',
      ]);
      expect(problemsOf({ distributions: { duration: { type: 'normal', sd: 1 } } })).toEqual([
        'distributions.duration.type: duration takes fixed, uniform, triangular or pert (whole years within a range)',
      ]);
    });

    it('an invalid evaluation', () => {
      expect(() => monteCarlo({ ...workedCheck, outcomes: [{ ...jobs, duration: 0 }] })).toThrow(SroiValidationError);
    });
  });

  it('leaves its input unchanged', () => {
    const frozen = deepFreeze(structuredClone(twoOutcomes));
    monteCarlo(frozen, { iterations: 10 });
    expect(frozen).toEqual(twoOutcomes);
  });
});

describe('portableLog', () => {
  it('agrees with Math.log to about 1e-15 relative', () => {
    for (const x of [1e-300, 1e-10, 0.001, 0.5, 0.7071, 1, 1.5, 2, 10, 12345.678, 1e200]) {
      expect(Math.abs(portableLog(x) - Math.log(x))).toBeLessThanOrEqual(2e-15 * Math.max(1, Math.abs(Math.log(x))));
    }
  });
});
