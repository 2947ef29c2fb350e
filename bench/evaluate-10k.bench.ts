// BENCH evaluate-10k: the exact engine against a plain float64 implementation
// that produces the same breakdowns (per outcome impact, yearly values and
// present value; per year; per stakeholder and domain), in the same run. The
// engine builds an outcome's yearly values when they are first read, so the
// headline figure reads every outcome's values; the figure without reading
// them, and a totals-only figure against a float loop that computes only the
// totals, are printed beside it (issue 11).
import { evaluate, type Evaluation, type EvaluationResult, type Outcome } from '@sroi/core';
import { syntheticEvaluation } from './impact-map-data.js';
import { fixed, median, medianMs } from './measure.js';

/** An outcome's first-year value in float64, as both float loops below take it. */
function floatImpact(o: Outcome): number {
  return (
    Number(o.quantity) *
    Number(o.proxy.value) *
    (1 - Number(o.deadweight ?? 0)) *
    (1 - Number(o.displacement ?? 0)) *
    (1 - Number(o.attribution ?? 0))
  );
}

/** What a straightforward float64 loop over the impact map looks like. */
function floatEvaluate(evaluation: Evaluation) {
  const years = new Map<number, number>();
  const stakeholders = new Map<string, number>();
  const domains = new Map<string, number>();
  let presentValue = 0;
  let impactTotal = 0;
  const outcomes = evaluation.outcomes.map((o) => {
    const impact = floatImpact(o);
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

/** The float loop for the totals alone: present value, inputs and ratio, no breakdowns. */
function floatTotals(evaluation: Evaluation) {
  let presentValue = 0;
  for (const o of evaluation.outcomes) {
    const impact = floatImpact(o);
    const keep = 1 - Number(o.dropOff ?? 0);
    let share = 1;
    for (let k = 0; k < o.duration; k++) {
      presentValue += (impact * share) / Math.pow(1.035, (o.startYear ?? 1) + k);
      share *= keep;
    }
  }
  const inputs = evaluation.inputs.reduce((sum, input) => sum + Number(input.amount), 0);
  return { presentValue, inputs, ratio: presentValue / inputs };
}

/** Reads every outcome's yearly values, as a report or a workbook does. */
function readValues(result: EvaluationResult): number {
  let count = 0;
  for (const outcome of result.outcomes) count += outcome.values.length;
  return count;
}

const evaluation = syntheticEvaluation(10_000);

// The engine and the float loops must agree before their speeds are worth comparing.
const exactPresentValue = evaluate(evaluation).presentValue.toNumber();
for (const floatPresentValue of [floatEvaluate(evaluation).presentValue, floatTotals(evaluation).presentValue]) {
  const difference = Math.abs(exactPresentValue - floatPresentValue);
  if (difference > 0.01) throw new Error(`engine and float loop disagree by ${difference}`);
}

// Rounds alternate the engine and the float loops, so all meet the same load
// on a shared machine; each figure is the median of the rounds' ratios.
const rounds = Array.from({ length: 9 }, () => {
  const readMs = medianMs(() => readValues(evaluate(evaluation)), 3, 1);
  const unreadMs = medianMs(() => evaluate(evaluation), 3, 1);
  const floatMs = medianMs(() => floatEvaluate(evaluation), 9, 2);
  const totalsMs = medianMs(() => floatTotals(evaluation), 9, 2);
  return { readMs, unreadMs, floatMs, totalsMs };
});
const middle = (figure: (round: (typeof rounds)[number]) => number) => fixed(median(rounds.map(figure)));
console.log(
  `BENCH evaluate-10k ratio=${middle((r) => r.readMs / r.floatMs)} goal<=10 exact_ms=${middle((r) => r.readMs)} float64_ms=${middle((r) => r.floatMs)} values=read`,
);
console.log(
  `BENCH evaluate-10k-values-unread ratio=${middle((r) => r.unreadMs / r.floatMs)} goal<=10 exact_ms=${middle((r) => r.unreadMs)} float64_ms=${middle((r) => r.floatMs)} values=unread`,
);
console.log(
  `BENCH evaluate-10k-totals-only ratio=${middle((r) => r.unreadMs / r.totalsMs)} exact_ms=${middle((r) => r.unreadMs)} float64_totals_ms=${middle((r) => r.totalsMs)}`,
);

// Memory of the result of 100,000 outcomes: what it holds after a collection,
// with the yearly values unread, then once every outcome's values are read.
const large = syntheticEvaluation(100_000, 7);
const heapMb = (bytes: number) => fixed(bytes / 2 ** 20, 1);
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const result = evaluate(large);
const largeMs = performance.now() - start;
globalThis.gc?.();
const heapUnread = process.memoryUsage().heapUsed - heapBefore;
readValues(result);
globalThis.gc?.();
const heapRead = process.memoryUsage().heapUsed - heapBefore;
// Its ratio: time per outcome at 100,000 against at 10,000 (1 means it scales linearly).
const perOutcome10k = median(rounds.map((r) => r.unreadMs)) / 10_000;
console.log(
  `BENCH evaluate-100k ratio=${fixed(largeMs / 100_000 / perOutcome10k)} ms=${fixed(largeMs, 0)} result_heap_mb=${heapMb(heapUnread)} result_heap_mb_values_read=${heapMb(heapRead)} bytes_per_outcome=${fixed(heapUnread / 100_000, 0)} bytes_per_outcome_values_read=${fixed(heapRead / 100_000, 0)} peak_rss_mb=${fixed(process.resourceUsage().maxRSS / 1024, 0)} outcomes=${result.outcomes.length}`,
);
