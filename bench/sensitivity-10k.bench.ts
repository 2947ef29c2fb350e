// BENCH sensitivity-10k: full switching values and the tornado (one-way) for
// 10,000 outcomes, as a ratio to one `evaluate` of the same evaluation, in the
// same run. Each outcome's change is local (the total moves by that outcome's
// difference), so the goal is under 20; re-evaluating per change would be
// about 10,000 times slower.
//
// The figure is `sensitivity()`, the one call every sensitivity page, sheet and
// report makes (both results from one set of base figures); the two functions
// called on their own are printed beside it. The tornado's bars work out their
// ratios when read, so the run reads the first 20 bars, as a chart or sheet does.
import { evaluate, oneWay, sensitivity, switchingValues, type OneWay } from '@sroi/core';
import { syntheticEvaluation } from './impact-map-data.js';
import { fixed, median, medianMs } from './measure.js';

const evaluation = syntheticEvaluation(10_000);
const readTop = (tornado: OneWay) => tornado.rows.slice(0, 20).forEach((row) => row.high.ratio);
const tasks = {
  evaluate: () => evaluate(evaluation),
  sensitivity: () => readTop(sensitivity(evaluation).oneWay),
  switching: () => switchingValues(evaluation),
  oneWay: () => readTop(oneWay(evaluation)),
};
// Every task warmed up first, then the tasks in turn, round after round, so that none is measured before
// the engine's code is compiled and a busy moment on a shared machine falls on all of them alike. (A full
// collection before each was tried: evaluate then measured 3 to 8 times slower than without it.)
for (let i = 0; i < 2; i += 1) Object.values(tasks).forEach((task) => task());
const times: Record<keyof typeof tasks, number[]> = { evaluate: [], sensitivity: [], switching: [], oneWay: [] };
for (let round = 0; round < 7; round += 1) {
  for (const [name, task] of Object.entries(tasks) as [keyof typeof tasks, () => unknown][]) {
    times[name].push(medianMs(task, 1, 0));
  }
}
const [evaluateMs, sensitivityMs, switchingMs, oneWayMs] = (
  ['evaluate', 'sensitivity', 'switching', 'oneWay'] as const
).map((name) => median(times[name])) as [number, number, number, number];

// Sanity: the tornado holds every estimate of every outcome and of all outcomes together.
const rows = oneWay(evaluation).rows.length;
if (rows !== 7 * 10_000 + 7) throw new Error(`expected ${7 * 10_000 + 7} tornado rows, got ${rows}`);

console.log(
  `BENCH sensitivity-10k ratio=${fixed(sensitivityMs / evaluateMs)} goal<20 ${sensitivityMs / evaluateMs < 20 ? 'met' : 'OVER'} sensitivity_ms=${fixed(sensitivityMs)} ` +
    `separately_ratio=${fixed((switchingMs + oneWayMs) / evaluateMs)} switching_ms=${fixed(switchingMs)} one_way_ms=${fixed(oneWayMs)} evaluate_ms=${fixed(evaluateMs)}`,
);
