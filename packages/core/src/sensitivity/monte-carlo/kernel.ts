import type { BaseCase } from '../base-case.js';
import { ESTIMATES, type Estimate } from '../estimates.js';
import { longestDuration } from '../moves.js';
import { FIXED, NORMAL, PERT, pert, TRIANGULAR, triangular, UNIFORM, type PreparedDistribution } from './sampler.js';
import { seededNormal, seededStream } from './random.js';

/** One estimate's prepared distributions, one per outcome, as flat arrays. */
interface Column {
  readonly kind: Uint8Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

/**
 * The float64 Monte Carlo kernel: the evaluation's present value for sampled
 * estimates, iteration after iteration, from a seeded stream (the same seed
 * gives the same numbers, however the run is split into chunks).
 *
 * Per outcome it keeps the base estimates as doubles; per iteration and
 * outcome it draws each uncertain estimate and computes
 * `quantity x proxy x reduction x annuity`, the annuity by Horner's rule over
 * the outcome's discount factors (drop-off changes it on every draw). This is
 * the same algorithm as the exact engine (METHOD.md steps 1-3) in float64.
 */
export interface Kernel {
  /** The present value with every estimate at its base, computed by this kernel. */
  readonly basePresentValue: number;
  /** Fills `into[from..to)` with the present values of the next iterations. */
  run(into: Float64Array, from: number, to: number): void;
}

export function createKernel(
  base: BaseCase,
  distributionOf: (outcome: number, estimate: Estimate) => PreparedDistribution,
  seed: number,
): Kernel {
  const n = base.outcomes.length;
  const columns = ESTIMATES.map((estimate) => column(n, (i) => distributionOf(i, estimate)));
  const [quantityD, proxyD, deadweightD, displacementD, attributionD, dropOffD, durationD] = columns as [
    Column,
    Column,
    Column,
    Column,
    Column,
    Column,
    Column,
  ];
  const quantity = new Float64Array(n);
  const proxy = new Float64Array(n);
  const deadweight = new Float64Array(n);
  const displacement = new Float64Array(n);
  const attribution = new Float64Array(n);
  const dropOff = new Float64Array(n);
  const duration = new Int32Array(n);
  const longest = new Int32Array(n);
  const startYear = new Int32Array(n);
  // For quantityByYear rows: sum of quantity x discount factor (drop-off and duration do not apply).
  const byYear = new Float64Array(n).fill(Number.NaN);
  let lastYear = 0;
  base.outcomes.forEach((outcome, i) => {
    quantity[i] = outcome.quantity.toNumber();
    proxy[i] = outcome.proxy.toNumber();
    deadweight[i] = outcome.deadweight.toNumber();
    displacement[i] = outcome.displacement.toNumber();
    attribution[i] = outcome.attribution.toNumber();
    dropOff[i] = outcome.dropOff.toNumber();
    duration[i] = outcome.duration;
    startYear[i] = outcome.startYear;
    longest[i] = longestDuration(base, outcome.startYear);
    if (outcome.quantityByYear !== null) byYear[i] = outcome.discountedQuantity.toNumber();
    const reach =
      durationD.kind[i] === FIXED
        ? outcome.duration
        : Math.min(
            longest[i] as number,
            outcome.duration + Math.ceil(Math.abs(durationD.a[i] as number) + Math.abs(durationD.b[i] as number)),
          );
    lastYear = Math.max(lastYear, outcome.startYear + reach - 1);
  });
  const factors = base.floatFactors(lastYear);
  const subtractive = base.reductions === 'subtractive';
  // One uniform per sampled estimate per outcome, drawn in bulk for each iteration (stream 0);
  // PERT and normal draws need a varying number, so they take theirs from stream 1.
  const draws = seededStream(seed, 0);
  const extra = seededStream(seed, 1);
  const uniform = () => extra.next();
  const normal = seededNormal(uniform);

  const sampleQuantity = samplerOf(quantityD, uniform, normal);
  const sampleProxy = samplerOf(proxyD, uniform, normal);
  const sampleDeadweight = samplerOf(deadweightD, uniform, normal);
  const sampleDisplacement = samplerOf(displacementD, uniform, normal);
  const sampleAttribution = samplerOf(attributionD, uniform, normal);
  const sampleDropOff = samplerOf(dropOffD, uniform, normal);
  const sampleDuration = samplerOf(durationD, uniform, normal);

  // How many uniforms one iteration uses: which estimates are sampled does not depend on the draws.
  const sampledLinear = [sampleQuantity, sampleProxy, sampleDeadweight, sampleDisplacement, sampleAttribution];
  let perIteration = 0;
  for (let i = 0; i < n; i += 1) {
    perIteration += sampledLinear.filter((sampler) => sampler !== null).length;
    if (byYear[i] !== byYear[i]) perIteration += Number(sampleDropOff !== null) + Number(sampleDuration !== null);
  }
  const buffer = new Float64Array(perIteration);
  let cursor = 0;

  // Each estimate has its own sampler and call site, so the engine can inline each one.
  const presentValueOf = (i: number): number => {
    const units = sampleQuantity !== null ? 1 + sampleQuantity(i, buffer[cursor++] as number, -1, Infinity) : 1;
    const value =
      (proxy[i] as number) *
      (sampleProxy !== null ? 1 + sampleProxy(i, buffer[cursor++] as number, -Infinity, Infinity) : 1);
    let dw = deadweight[i] as number;
    if (sampleDeadweight !== null) dw += sampleDeadweight(i, buffer[cursor++] as number, -dw, 1 - dw);
    let disp = displacement[i] as number;
    if (sampleDisplacement !== null) disp += sampleDisplacement(i, buffer[cursor++] as number, -disp, 1 - disp);
    let attr = attribution[i] as number;
    if (sampleAttribution !== null) attr += sampleAttribution(i, buffer[cursor++] as number, -attr, 1 - attr);
    let reduction = subtractive ? 1 - dw - disp - attr : (1 - dw) * (1 - disp) * (1 - attr);
    if (reduction < 0) reduction = 0;
    const discounted = byYear[i] as number;
    if (discounted === discounted) return units * discounted * value * reduction; // not NaN: a quantityByYear row
    let lost = dropOff[i] as number;
    if (sampleDropOff !== null) lost += sampleDropOff(i, buffer[cursor++] as number, -lost, 1 - lost);
    const kept = 1 - lost;
    let years = duration[i] as number;
    if (sampleDuration !== null) {
      years = Math.round(
        years + sampleDuration(i, buffer[cursor++] as number, 1 - years, (longest[i] as number) - years),
      );
    }
    const start = startYear[i] as number;
    let annuity = factors[start + years - 1] as number;
    for (let k = years - 2; k >= 0; k -= 1) annuity = annuity * kept + (factors[start + k] as number);
    return (quantity[i] as number) * units * value * reduction * annuity;
  };

  // The base case by the same formula, with every estimate at its base value.
  let basePresentValue = 0;
  for (let i = 0; i < n; i += 1) {
    let reduction = subtractive
      ? 1 - (deadweight[i] as number) - (displacement[i] as number) - (attribution[i] as number)
      : (1 - (deadweight[i] as number)) * (1 - (displacement[i] as number)) * (1 - (attribution[i] as number));
    if (reduction < 0) reduction = 0;
    const discounted = byYear[i] as number;
    if (discounted === discounted) {
      basePresentValue += discounted * (proxy[i] as number) * reduction;
      continue;
    }
    const start = startYear[i] as number;
    const kept = 1 - (dropOff[i] as number);
    let annuity = factors[start + (duration[i] as number) - 1] as number;
    for (let k = (duration[i] as number) - 2; k >= 0; k -= 1) annuity = annuity * kept + (factors[start + k] as number);
    basePresentValue += (quantity[i] as number) * (proxy[i] as number) * reduction * annuity;
  }

  return {
    basePresentValue,
    run(into, from, to) {
      for (let iteration = from; iteration < to; iteration += 1) {
        draws.fill(buffer, perIteration);
        cursor = 0;
        let total = 0;
        for (let i = 0; i < n; i += 1) total += presentValueOf(i);
        into[iteration] = total;
      }
    },
  };
}

type Sampler = (i: number, u: number, low: number, high: number) => number;

/**
 * A sampler for one estimate: null when it is fixed for every outcome; a
 * closure over constants when every outcome shares one distribution (the
 * usual case, and the fast one); otherwise one that reads each outcome's.
 * Samples are held within [low, high], the change that keeps the value valid.
 */
function samplerOf(col: Column, uniform: () => number, normal: () => number): Sampler | null {
  const n = col.kind.length;
  if (col.kind.every((kind) => kind === FIXED)) return null;
  const shared =
    n > 0 &&
    col.kind.every(
      (kind, i) =>
        kind === col.kind[0] &&
        col.a[i] === col.a[0] &&
        col.b[i] === col.b[0] &&
        col.c[i] === col.c[0] &&
        col.d[i] === col.d[0],
    );
  const clamp = (x: number, low: number, high: number) => (x < low ? low : x > high ? high : x);
  if (shared) {
    const [kind, a, b, c] = [col.kind[0], col.a[0], col.b[0], col.c[0]] as number[] as [number, number, number, number];
    if (kind === UNIFORM) return (_i, u, low, high) => clamp(a + b * u, low, high);
    if (kind === TRIANGULAR) {
      const range = b - a;
      const rising = range * range * c;
      const falling = range * range * (1 - c);
      return (_i, u, low, high) => {
        return clamp(u < c ? a + Math.sqrt(u * rising) : b - Math.sqrt((1 - u) * falling), low, high);
      };
    }
  }
  return (i, u, low, high) => {
    const kind = col.kind[i] as number;
    const a = col.a[i] as number;
    const b = col.b[i] as number;
    let x: number;
    if (kind === UNIFORM) x = a + b * u;
    else if (kind === TRIANGULAR) x = triangular(u, a, b, col.c[i] as number);
    else if (kind === PERT) x = pert(a, b, col.c[i] as number, col.d[i] as number, uniform, normal);
    else if (kind === NORMAL) {
      // Truncated to the valid range by redrawing; a range the normal barely reaches falls back to its edge.
      x = a + b * normal();
      for (let tries = 0; (x < low || x > high) && tries < 100; tries += 1) x = a + b * normal();
    } else return 0;
    return clamp(x, low, high);
  };
}

function column(n: number, distributionOf: (outcome: number) => PreparedDistribution): Column {
  const result = {
    kind: new Uint8Array(n),
    a: new Float64Array(n),
    b: new Float64Array(n),
    c: new Float64Array(n),
    d: new Float64Array(n),
  };
  for (let i = 0; i < n; i += 1) {
    const prepared = distributionOf(i);
    result.kind[i] = prepared.kind;
    result.a[i] = prepared.a;
    result.b[i] = prepared.b;
    result.c[i] = prepared.c;
    result.d[i] = prepared.d;
  }
  return result;
}
