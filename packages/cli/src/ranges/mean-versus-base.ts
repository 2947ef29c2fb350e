import {
  ESTIMATE_LABELS,
  ESTIMATES,
  toDecimal,
  type Distribution,
  type Distributions,
  type Estimate,
  type Evaluation,
  type MonteCarloResult,
} from '@sroi/core';

/** What a run's mean says against its base case, and why they differ when they do. */
export interface MeanVersusBase {
  /** The figure compared: the ratio, or the present value when there are no inputs. */
  readonly figure: 'ratio' | 'presentValue';
  readonly mean: number;
  readonly base: number;
  /** Three standard errors of the mean: a difference within it is sampling noise. */
  readonly noise: number;
  readonly differs: boolean;
  /** Why, from what was drawn (empty when it does not differ, or nothing drawn explains it). */
  readonly reasons: readonly string[];
}

/** 2 x 1.645: the 5th to 95th percentile of a normal distribution spans 3.29 standard deviations. */
const NORMAL_SPAN_5_TO_95 = 3.29;

/**
 * Whether the run's mean differs from the base case by more than sampling
 * noise, and what drawn explains it. The rule (docs/sensitivity.md): the
 * standard deviation is estimated as (P95 - P5) / 3.29, the standard error
 * as that over the square root of the iterations, and the mean differs when
 * it is more than three standard errors from the base. The reasons:
 * ranges whose mean change is not 0; shares, quantities or durations that a
 * range would take beyond their limits (held there, so they can only move
 * one way); drop-off and duration, which enter the value non-linearly.
 *
 * @param evaluation - the impact map run
 * @param result - core's result (its `distributions` are those for every outcome)
 * @param byOutcome - the distributions that replace them for some outcomes
 */
export function meanVersusBase(
  evaluation: Evaluation,
  result: MonteCarloResult,
  byOutcome: Readonly<Record<string, Distributions>> = {},
): MeanVersusBase {
  const useRatio = result.ratio !== null && result.base.ratio !== null;
  const spread = useRatio && result.ratio !== null ? result.ratio : result.presentValue;
  const base = useRatio && result.base.ratio !== null ? result.base.ratio : result.base.presentValue;
  const noise = (3 * (spread.p95 - spread.p5)) / NORMAL_SPAN_5_TO_95 / Math.sqrt(result.iterations);
  // Summing equal draws in float64 can move the last digits: that is not a difference either.
  const differs = Math.abs(spread.mean - base) > Math.max(noise, 1e-9 * Math.abs(base));
  return {
    figure: useRatio ? 'ratio' : 'presentValue',
    mean: spread.mean,
    base,
    noise,
    differs,
    reasons: differs ? reasonsOf(evaluation, result.distributions, byOutcome) : [],
  };
}

interface Found {
  /** Outcome ids, in map order. */
  readonly outcomes: string[];
}

function reasonsOf(
  evaluation: Evaluation,
  shared: Readonly<Record<Estimate, Distribution>>,
  byOutcome: Readonly<Record<string, Distributions>>,
): string[] {
  // By estimate and mean change: outcomes with other ranges are named with their own change.
  const offCentre = new Map<string, Found & { estimate: Estimate; change: number }>();
  const held = new Map<string, Found>();
  const nonLinear = new Map<Estimate, Found>();
  const note = <T extends Found>(map: Map<string, T> | Map<Estimate, T>, key: string, id: string, make: () => T) => {
    const table = map as Map<string, T>;
    const entry = table.get(key) ?? make();
    entry.outcomes.push(id);
    table.set(key, entry);
  };
  for (const outcome of evaluation.outcomes) {
    const byYear = outcome.quantityByYear !== undefined;
    for (const estimate of ESTIMATES) {
      // A quantity measured each year has no drop-off or duration to draw.
      if (byYear && (estimate === 'dropOff' || estimate === 'duration')) continue;
      const distribution = byOutcome[outcome.id]?.[estimate] ?? shared[estimate];
      if (distribution.type === 'fixed') continue;
      // Drop-off acts from the second year: it cannot move an outcome of one year whose duration is not drawn.
      const durationDrawn = (byOutcome[outcome.id]?.duration ?? shared.duration).type !== 'fixed';
      if (estimate === 'dropOff' && outcome.duration <= 1 && !durationDrawn) continue;
      const change = meanChange(distribution);
      if (Math.abs(change) > 1e-12)
        note(offCentre, `${estimate}|${change}`, outcome.id, () => ({ outcomes: [], estimate, change }));
      const limit = beyondLimit(estimate, baseOf(outcome, estimate), distribution);
      if (limit !== null) note(held, `${estimate}|${limit}`, outcome.id, () => ({ outcomes: [] }));
      const [low, high] = reach(distribution);
      if ((estimate === 'dropOff' || estimate === 'duration') && high > low)
        note(nonLinear, estimate, outcome.id, () => ({ outcomes: [] }));
    }
  }
  const reasons: string[] = [];
  const total = evaluation.outcomes.length;
  if (offCentre.size > 0) {
    const ranges = [...offCentre.values()].map(
      (found) =>
        `${ESTIMATE_LABELS[found.estimate]} of ${which(found.outcomes, total)}: a mean change of ${showChange(found.estimate, found.change)}`,
    );
    reasons.push(`ranges not centred on the base (${ranges.join('; ')})`);
  }
  if (held.size > 0) {
    const limits = [...held].map(([key, found]) => {
      const [estimate, limit] = key.split('|') as [Estimate, string];
      return `${ESTIMATE_LABELS[estimate]} of ${which(found.outcomes, total)} would go ${limit}`;
    });
    reasons.push(`values held at their limits, so they move more one way than the other (${limits.join('; ')})`);
  }
  if (nonLinear.size > 0) {
    const names = [...nonLinear.keys()].map((estimate) => ESTIMATE_LABELS[estimate]).join(' and ');
    reasons.push(`${names} entering the value non-linearly, through each later year`);
  }
  return reasons;
}

/** "every outcome", "outcome "GP-1"", "3 outcomes ("GP-1", "GP-2", …)". */
function which(outcomes: readonly string[], total: number): string {
  if (outcomes.length === total && total > 1) return 'every outcome';
  if (outcomes.length === 1) return `outcome ${JSON.stringify(outcomes[0])}`;
  const named = outcomes
    .slice(0, 3)
    .map((id) => JSON.stringify(id))
    .join(', ');
  return `${outcomes.length} outcomes (${named}${outcomes.length > 3 ? ', …' : ''})`;
}

/** The mean of a distribution's change (PERT's with lambda 4). */
function meanChange(distribution: Distribution): number {
  switch (distribution.type) {
    case 'fixed':
      return 0;
    case 'normal':
      return distribution.mean ?? 0;
    case 'uniform':
      return (distribution.min + distribution.max) / 2;
    case 'triangular':
      return (
        (distribution.min + (distribution.mode ?? (distribution.min + distribution.max) / 2) + distribution.max) / 3
      );
    case 'pert':
      return (
        (distribution.min + 4 * (distribution.mode ?? (distribution.min + distribution.max) / 2) + distribution.max) / 6
      );
  }
}

/** The lowest and highest change a distribution draws (a normal's within three standard deviations). */
function reach(distribution: Distribution): [number, number] {
  if (distribution.type === 'fixed') return [0, 0];
  if (distribution.type === 'normal') {
    const mean = distribution.mean ?? 0;
    return [mean - 3 * distribution.sd, mean + 3 * distribution.sd];
  }
  return [distribution.min, distribution.max];
}

function baseOf(outcome: Evaluation['outcomes'][number], estimate: Estimate): number {
  if (estimate === 'duration') return outcome.duration;
  if (estimate === 'quantity' || estimate === 'proxy') return 1;
  return toDecimal(outcome[estimate] ?? 0).toNumber();
}

/** Where a range takes an estimate past what it can be: "below 0%", "above 100%", "below 0", "below 1 year". */
function beyondLimit(estimate: Estimate, base: number, distribution: Distribution): string | null {
  const [low, high] = reach(distribution);
  if (estimate === 'proxy') return null;
  if (estimate === 'quantity') return 1 + low < 0 ? 'below 0' : null;
  if (estimate === 'duration') return base + low < 1 ? 'below 1 year' : null;
  if (base + low < 0) return 'below 0%';
  if (base + high > 1) return 'above 100%';
  return null;
}

function showChange(estimate: Estimate, change: number): string {
  const sign = change > 0 ? '+' : '';
  if (estimate === 'duration') return `${sign}${Number(change.toFixed(2))} years`;
  const scaled = Number((change * 100).toFixed(2));
  return `${sign}${scaled}${estimate === 'quantity' || estimate === 'proxy' ? '%' : ' points'}`;
}
