// BENCH evaluate-10k: the exact engine against a plain float64 implementation
// that produces the same breakdowns (per outcome impact, yearly values and
// present value; per year; per stakeholder and domain), in the same run.
import { evaluate, type Evaluation } from '@sroi/core';
import { syntheticEvaluation } from './impact-map-data.js';
import { fixed, median, medianMs } from './measure.js';

/** What a straightforward float64 loop over the impact map looks like. */
function floatEvaluate(evaluation: Evaluation) {
  const years = new Map<number, number>();
  const stakeholders = new Map<string, number>();
  const domains = new Map<string, number>();
  let presentValue = 0;
  let impactTotal = 0;
  const outcomes = evaluation.outcomes.map((o) => {
    const impact =
      Number(o.quantity) *
      Number(o.proxy.value) *
      (1 - Number(o.deadweight ?? 0)) *
      (1 - Number(o.displacement ?? 0)) *
      (1 - Number(o.attribution ?? 0));
    const values: number[] = [];
    let pv = 0;
    for (let k = 1; k <= o.duration; k++) {
      const value = impact * Math.pow(1 - Number(o.dropOff ?? 0), k - 1);
      const year = (o.startYear ?? 1) + k - 1;
      values.push(value);
      years.set(year, (years.get(year) ?? 0) + value);
      pv += value / Math.pow(1.035, year);
    }
    presentValue += pv;
    impactTotal += impact;
    stakeholders.set(o.stakeholder, (stakeholders.get(o.stakeholder) ?? 0) + pv);
    domains.set(o.domain ?? 'unassigned', (domains.get(o.domain ?? 'unassigned') ?? 0) + pv);
    return { id: o.id, impact, values, presentValue: pv };
  });
  const inputs = evaluation.inputs.reduce((sum, input) => sum + Number(input.amount), 0);
  return { presentValue, impactTotal, ratio: presentValue / inputs, outcomes, years, stakeholders, domains };
}

const evaluation = syntheticEvaluation(10_000);

// The two must agree before their speeds are worth comparing.
const difference = Math.abs(evaluate(evaluation).presentValue.toNumber() - floatEvaluate(evaluation).presentValue);
if (difference > 0.01) throw new Error(`engine and float loop disagree by ${difference}`);

// Rounds alternate the engine and the float loop, so both meet the same load
// on a shared machine; the figure is the median of the rounds' ratios.
const rounds = Array.from({ length: 9 }, () => {
  const exactMs = medianMs(() => evaluate(evaluation), 3, 1);
  const floatMs = medianMs(() => floatEvaluate(evaluation), 9, 2);
  return { exactMs, floatMs, ratio: exactMs / floatMs };
});
console.log(
  `BENCH evaluate-10k ratio=${fixed(median(rounds.map((r) => r.ratio)))} goal<=10 exact_ms=${fixed(median(rounds.map((r) => r.exactMs)))} float64_ms=${fixed(median(rounds.map((r) => r.floatMs)))}`,
);

const large = syntheticEvaluation(100_000, 7);
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const result = evaluate(large);
const largeMs = performance.now() - start;
const heapAfter = process.memoryUsage().heapUsed;
// Its ratio: time per outcome at 100,000 against at 10,000 (1 means it scales linearly).
const perOutcome10k = median(rounds.map((r) => r.exactMs)) / 10_000;
console.log(
  `BENCH evaluate-100k ratio=${fixed(largeMs / 100_000 / perOutcome10k)} ms=${fixed(largeMs, 0)} result_heap_mb=${fixed((heapAfter - heapBefore) / 2 ** 20, 1)} peak_rss_mb=${fixed(process.resourceUsage().maxRSS / 1024, 0)} outcomes=${result.outcomes.length}`,
);
