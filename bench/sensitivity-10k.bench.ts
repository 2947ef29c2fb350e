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
import { fixed, medianMs } from './measure.js';

const evaluation = syntheticEvaluation(10_000);
const readTop = (tornado: OneWay) => tornado.rows.slice(0, 20).forEach((row) => row.high.ratio);
const evaluateMs = medianMs(() => evaluate(evaluation), 7, 2);
const sensitivityMs = medianMs(() => readTop(sensitivity(evaluation).oneWay), 5, 1);
const switchingMs = medianMs(() => switchingValues(evaluation), 5, 1);
const oneWayMs = medianMs(() => readTop(oneWay(evaluation)), 5, 1);

// Sanity: the tornado holds every estimate of every outcome and of all outcomes together.
const rows = oneWay(evaluation).rows.length;
if (rows !== 7 * 10_000 + 7) throw new Error(`expected ${7 * 10_000 + 7} tornado rows, got ${rows}`);

console.log(
  `BENCH sensitivity-10k ratio=${fixed(sensitivityMs / evaluateMs)} goal<20 ${sensitivityMs / evaluateMs < 20 ? 'met' : 'OVER'} sensitivity_ms=${fixed(sensitivityMs)} ` +
    `separately_ratio=${fixed((switchingMs + oneWayMs) / evaluateMs)} switching_ms=${fixed(switchingMs)} one_way_ms=${fixed(oneWayMs)} evaluate_ms=${fixed(evaluateMs)}`,
);
