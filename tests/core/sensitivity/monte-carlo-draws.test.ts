import { evaluate, monteCarlo, monteCarloAsync } from '@sroi/core';
import { twoOutcomes, workedCheck } from './fixtures';

/**
 * Excel's PERCENTILE.INC written out from its definition, independently of the
 * engine: the k-th percentile of n values sorted ascending is at rank
 * 1 + k (n - 1), interpolating between the values either side of it.
 */
function percentileInc(values: Float64Array, k: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = 1 + k * (sorted.length - 1);
  const whole = Math.floor(rank);
  const below = sorted[whole - 1] as number;
  const above = sorted[Math.min(whole, sorted.length - 1)] as number;
  return below + (rank - whole) * (above - below);
}

const closeTo = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));

describe('monteCarlo with keepDraws', () => {
  it("keeps each iteration's present value and ratio, one per iteration", () => {
    const run = monteCarlo(workedCheck, { iterations: 1234, seed: 7, keepDraws: true });
    const inputs = evaluate(workedCheck).inputsPresentValue.toNumber();
    expect(run.draws?.presentValue).toHaveLength(1234);
    expect(run.draws?.ratio).toHaveLength(1234);
    run.draws?.presentValue.forEach((value, index) => closeTo(run.draws?.ratio?.[index] as number, value / inputs));
  });

  it('keeps the draws in draw order, not sorted: the first iterations of a longer run are those of a shorter one', () => {
    const short = monteCarlo(workedCheck, { iterations: 50, seed: 3, keepDraws: true });
    const long = monteCarlo(workedCheck, { iterations: 500, seed: 3, keepDraws: true });
    expect(long.draws?.presentValue.slice(0, 50)).toEqual(short.draws?.presentValue);
    const sorted = Float64Array.from(long.draws?.presentValue ?? []).sort();
    expect(long.draws?.presentValue).not.toEqual(sorted);
  });

  it('reports p10 and p90 (and the other percentiles) as PERCENTILE.INC over the kept draws', () => {
    const run = monteCarlo(workedCheck, { iterations: 2001, seed: 11, keepDraws: true });
    const draws = run.draws!;
    const checks = [
      ['p5', 0.05],
      ['p10', 0.1],
      ['p25', 0.25],
      ['p50', 0.5],
      ['p75', 0.75],
      ['p90', 0.9],
      ['p95', 0.95],
    ] as const;
    for (const [key, k] of checks) {
      closeTo(run.presentValue[key], percentileInc(draws.presentValue, k));
      closeTo(run.ratio?.[key] as number, percentileInc(draws.ratio!, k));
    }
    expect(run.presentValue.p5).toBeLessThan(run.presentValue.p10);
    expect(run.presentValue.p10).toBeLessThan(run.presentValue.p25);
    expect(run.presentValue.p75).toBeLessThan(run.presentValue.p90);
    expect(run.presentValue.p90).toBeLessThan(run.presentValue.p95);
  });

  it('interpolates between ranks: with 11 draws p10 is the second smallest and p90 the second largest', () => {
    const run = monteCarlo(twoOutcomes, { iterations: 11, seed: 5, keepDraws: true });
    const sorted = [...run.draws!.presentValue].sort((a, b) => a - b);
    expect(run.presentValue.p10).toBe(sorted[1]);
    expect(run.presentValue.p90).toBe(sorted[9]);
  });

  it('changes no other figure: the same seed gives the same result, draws aside', async () => {
    const options = { iterations: 3000, seed: 42 };
    const without = monteCarlo(workedCheck, options);
    const { draws, ...kept } = monteCarlo(workedCheck, { ...options, keepDraws: true });
    expect(draws).toBeDefined();
    expect(kept).toEqual(without);
    expect(without).not.toHaveProperty('draws');
    const { draws: asyncDraws, ...asyncKept } = await monteCarloAsync(workedCheck, {
      ...options,
      keepDraws: true,
      progressEvery: 700,
    });
    expect(asyncKept).toEqual(without);
    expect(asyncDraws?.presentValue).toEqual(draws?.presentValue);
  });

  it('keeps no ratio draws when the inputs total nothing', () => {
    const noInputs = { ...twoOutcomes, inputs: [] };
    const run = monteCarlo(noInputs, { iterations: 100, seed: 1, keepDraws: true });
    expect(run.ratio).toBeNull();
    expect(run.draws?.ratio).toBeNull();
    expect(run.draws?.presentValue).toHaveLength(100);
  });
});
