// BENCH montecarlo: 10,000 iterations over 1,000 outcomes through `monteCarlo`
// (default distributions: triangular on quantity, proxy and the four shares),
// against two float64 versions of the same simulation in the same run, each
// drawing the same six triangular changes per outcome and iteration from a
// seeded generator:
// - `ratio`: to the loop written straightforwardly, as someone would by hand
//   (the impact map's objects, Number() on every read, Math.pow year by year).
//   Goal: under 2, and under 2 s.
// - `ratio_tuned`: to a tuned float64 kernel: typed arrays, every figure
//   converted once before the loop, the generator inlined, no allocation in the
//   loop, the annuity by Horner's rule. What a careful hand-written kernel
//   costs; the engine does more per draw (any distribution, per-outcome ranges,
//   values held within their limits, seeded streams that do not depend on the
//   machine).
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

/** A triangular change on [-half, half] with its mode at 0, by the inverse CDF. */
const symmetricTriangular = (u: number, half: number) =>
  u < 0.5 ? half * (Math.sqrt(2 * u) - 1) : half * (1 - Math.sqrt(2 * (1 - u)));
const share = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The tuned kernel: the same simulation on typed arrays, with nothing converted or allocated in the loop. */
function tunedLoops(evaluation: Evaluation, iterations: number): Float64Array {
  const outcomes = evaluation.outcomes;
  const n = outcomes.length;
  const quantity = Float64Array.from(outcomes, (o) => Number(o.quantity));
  const proxy = Float64Array.from(outcomes, (o) => Number(o.proxy.value));
  const deadweight = Float64Array.from(outcomes, (o) => Number(o.deadweight ?? 0));
  const displacement = Float64Array.from(outcomes, (o) => Number(o.displacement ?? 0));
  const attribution = Float64Array.from(outcomes, (o) => Number(o.attribution ?? 0));
  const dropOff = Float64Array.from(outcomes, (o) => Number(o.dropOff ?? 0));
  const first = Int32Array.from(outcomes, (o) => o.startYear ?? 1);
  const last = Int32Array.from(outcomes, (o) => (o.startYear ?? 1) + o.duration - 1);
  const factors = Float64Array.from({ length: Math.max(...last) + 1 }, (_, year) => 1 / 1.035 ** year);
  const inputs = evaluation.inputs.reduce((sum, input) => sum + Number(input.amount), 0);
  const ratios = new Float64Array(iterations);
  // Six uniforms per outcome per iteration, generated in one tight loop (mulberry32, inlined).
  const uniforms = new Float64Array(6 * n);
  let state = 1;
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let k = 0; k < uniforms.length; k++) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      uniforms[k] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    let presentValue = 0;
    for (let i = 0, k = 0; i < n; i++, k += 6) {
      const units = (quantity[i] as number) * (1 + symmetricTriangular(uniforms[k] as number, 0.2));
      const value = (proxy[i] as number) * (1 + symmetricTriangular(uniforms[k + 1] as number, 0.2));
      const dw = share((deadweight[i] as number) + symmetricTriangular(uniforms[k + 2] as number, 0.1));
      const disp = share((displacement[i] as number) + symmetricTriangular(uniforms[k + 3] as number, 0.1));
      const attr = share((attribution[i] as number) + symmetricTriangular(uniforms[k + 4] as number, 0.1));
      const kept = 1 - share((dropOff[i] as number) + symmetricTriangular(uniforms[k + 5] as number, 0.1));
      const start = first[i] as number;
      let annuity = factors[last[i] as number] as number;
      for (let year = (last[i] as number) - 1; year >= start; year--)
        annuity = annuity * kept + (factors[year] as number);
      presentValue += units * value * (1 - dw) * (1 - disp) * (1 - attr) * annuity;
    }
    ratios[iteration] = presentValue / inputs;
  }
  return ratios;
}

// Agreement first: the kernel's base case against the exact engine, and the two float loops with each other.
const run = monteCarlo(evaluation, { iterations: 100, seed: 1 });
const exact = evaluate(evaluation).presentValue.toNumber();
const relative = Math.abs(run.base.presentValue - exact) / exact;
if (relative > 1e-9) throw new Error(`Monte Carlo kernel and exact engine disagree at the base case by ${relative}`);
const [plain, tuned] = [plainLoops(evaluation, 10), tunedLoops(evaluation, 10)];
if (plain.some((ratio, i) => Math.abs(ratio - (tuned[i] as number)) > 1e-9 * ratio))
  throw new Error('the straightforward and the tuned float64 loops do not simulate the same thing');

const monteCarloMs = medianMs(() => monteCarlo(evaluation, { iterations: ITERATIONS, seed: 1 }), 5, 1);
const plainMs = medianMs(() => plainLoops(evaluation, ITERATIONS), 5, 1);
const tunedMs = medianMs(() => tunedLoops(evaluation, ITERATIONS), 5, 1);

console.log(
  `BENCH montecarlo ratio=${fixed(monteCarloMs / plainMs)} goal<2 ratio_tuned=${fixed(monteCarloMs / tunedMs)} ` +
    `montecarlo_ms=${fixed(monteCarloMs)} goal_ms<2000 plain_loops_ms=${fixed(plainMs)} tuned_loops_ms=${fixed(tunedMs)} ` +
    `iterations=${ITERATIONS} outcomes=1000 base_relative_difference=${relative.toExponential(1)}`,
);
