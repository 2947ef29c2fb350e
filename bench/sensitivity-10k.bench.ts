// BENCH sensitivity-10k: full switching values and the tornado (one-way) for
// 10,000 outcomes, as a ratio to one `evaluate` of the same evaluation, in the
// same run. Each outcome's change is local (the total moves by that outcome's
// difference), so the goal is under 20; re-evaluating per change would be
// about 10,000 times slower.
import { evaluate, oneWay, switchingValues } from '@sroi/core';
import { syntheticEvaluation } from './impact-map-data.js';
import { fixed, medianMs } from './measure.js';

const evaluation = syntheticEvaluation(10_000);
const evaluateMs = medianMs(() => evaluate(evaluation), 7, 2);
const switchingMs = medianMs(() => switchingValues(evaluation), 5, 1);
const oneWayMs = medianMs(() => oneWay(evaluation), 5, 1);
const sensitivityMs = switchingMs + oneWayMs;

// Sanity: the tornado holds every estimate of every outcome and of all outcomes together.
const rows = oneWay(evaluation).rows.length;
if (rows !== 7 * 10_000 + 7) throw new Error(`expected ${7 * 10_000 + 7} tornado rows, got ${rows}`);

console.log(
  `BENCH sensitivity-10k ratio=${fixed(sensitivityMs / evaluateMs)} goal<20 sensitivity_ms=${fixed(sensitivityMs)} switching_ms=${fixed(switchingMs)} one_way_ms=${fixed(oneWayMs)} evaluate_ms=${fixed(evaluateMs)}`,
);
