// BENCH montecarlo: 10,000 iterations over 1,000 outcomes through `monteCarlo`
// (default distributions: triangular on quantity, proxy and the four shares),
// as a ratio to the same number of plain float64 present-value loops written
// straightforwardly, in the same run: for each iteration and outcome, draw the
// same six triangular changes from a seeded generator and compute the present
// value year by year with Math.pow. Goal: ratio under 2 and under 2 s.
import { evaluate, monteCarlo, type Evaluation } from '@sroi/core';
import { syntheticEvaluation } from './impact-map-data.js';
import { fixed, medianMs, seededRandom } from './measure.js';

const ITERATIONS = 10_000;
const evaluation = syntheticEvaluation(1_000);

/** The straightforward loop: what someone would write by hand for the same simulation. */
function plainLoops(evaluation: Evaluation, iterations: number): Float64Array {
  const random = seededRandom(1);
  const triangular = (half: number) => {
    const u = random();
    return u < 0.5
      ? -half + Math.sqrt(u * 2 * half * half * 2) / Math.SQRT2
      : half - Math.sqrt((1 - u) * 2 * half * half * 2) / Math.SQRT2;
  };
  const clamp = (share: number) => Math.min(1, Math.max(0, share));
  const inputs = evaluation.inputs.reduce((sum, input) => sum + Number(input.amount), 0);
  const ratios = new Float64Array(iterations);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let presentValue = 0;
    for (const o of evaluation.outcomes) {
      const quantity = Number(o.quantity) * (1 + triangular(0.2));
      const proxy = Number(o.proxy.value) * (1 + triangular(0.2));
      const deadweight = clamp(Number(o.deadweight ?? 0) + triangular(0.1));
      const displacement = clamp(Number(o.displacement ?? 0) + triangular(0.1));
      const attribution = clamp(Number(o.attribution ?? 0) + triangular(0.1));
      const dropOff = clamp(Number(o.dropOff ?? 0) + triangular(0.1));
      const impact = quantity * proxy * (1 - deadweight) * (1 - displacement) * (1 - attribution);
      for (let k = 1; k <= o.duration; k++) {
        const year = (o.startYear ?? 1) + k - 1;
        presentValue += (impact * Math.pow(1 - dropOff, k - 1)) / Math.pow(1.035, year);
      }
    }
    ratios[iteration] = presentValue / inputs;
  }
  return ratios;
}

// Agreement first: the kernel's base case against the exact engine.
const run = monteCarlo(evaluation, { iterations: 100, seed: 1 });
const exact = evaluate(evaluation).presentValue.toNumber();
const relative = Math.abs(run.base.presentValue - exact) / exact;
if (relative > 1e-9) throw new Error(`Monte Carlo kernel and exact engine disagree at the base case by ${relative}`);

const monteCarloMs = medianMs(() => monteCarlo(evaluation, { iterations: ITERATIONS, seed: 1 }), 5, 1);
const plainMs = medianMs(() => plainLoops(evaluation, ITERATIONS), 5, 1);

console.log(
  `BENCH montecarlo ratio=${fixed(monteCarloMs / plainMs)} goal<2 montecarlo_ms=${fixed(monteCarloMs)} goal_ms<2000 plain_loops_ms=${fixed(plainMs)} iterations=${ITERATIONS} outcomes=1000 base_relative_difference=${relative.toExponential(1)}`,
);
