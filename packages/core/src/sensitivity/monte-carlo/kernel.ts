import { floatAnnuity } from '../../projection/float-annuity.js';
import { FIXED, NORMAL, PERT, pert, TRIANGULAR, triangular, UNIFORM } from './sampler.js';
import { seededNormal, seededStream, type UniformStream } from './random.js';

/**
 * Iterations per block. Block k (iterations 500k to 500k + 499) draws from
 * streams 2k and 2k + 1 of the seed, whatever ran before it, so blocks can run
 * in any order on any thread and the run gives the same numbers. Fixed: a
 * different size would give other numbers for the same seed.
 */
export const BLOCK_ITERATIONS = 500;

/** One estimate's prepared distributions, one per outcome, as flat arrays. */
export interface Column {
  readonly kind: Uint8Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

/**
 * What the kernel needs of an impact map, converted to doubles once
 * (`kernelData`): typed arrays and plain values only, so that it can be
 * posted to a worker thread (structured clone), and a worker needs neither
 * the evaluation nor decimals.
 */
export interface KernelData {
  readonly subtractive: boolean;
  readonly quantity: Float64Array;
  readonly proxy: Float64Array;
  readonly deadweight: Float64Array;
  readonly displacement: Float64Array;
  readonly attribution: Float64Array;
  readonly dropOff: Float64Array;
  readonly duration: Int32Array;
  /** The longest duration the discount table allows from the outcome's start year. */
  readonly longest: Int32Array;
  readonly startYear: Int32Array;
  /** For quantityByYear rows, the sum of quantity x discount factor (drop-off and duration do not apply); else NaN. */
  readonly discountedQuantity: Float64Array;
  /** Discount factors by year, up to the last year any draw can reach. */
  readonly factors: Float64Array;
  /** Each estimate's distributions, in `ESTIMATES` order. */
  readonly columns: readonly Column[];
}

/**
 * One outcome's present value from its (drawn or base) estimates, in float64:
 * `quantity x proxy x reduction x annuity` (METHOD.md steps 1-3), the annuity
 * by the projection's one formula; for a quantityByYear row, its discounted
 * quantity x proxy x reduction. The base case and every draw go through it.
 */
function presentValueOf(
  data: KernelData,
  i: number,
  quantity: number,
  proxy: number,
  deadweight: number,
  displacement: number,
  attribution: number,
  dropOff: number,
  duration: number,
): number {
  let reduction = data.subtractive
    ? 1 - deadweight - displacement - attribution
    : (1 - deadweight) * (1 - displacement) * (1 - attribution);
  if (reduction < 0) reduction = 0;
  const discounted = data.discountedQuantity[i] as number;
  // Not NaN: a quantityByYear row, whose `quantity` is the drawn change's factor (1 at the base).
  if (discounted === discounted) return quantity * discounted * proxy * reduction;
  return quantity * proxy * reduction * floatAnnuity(dropOff, data.factors, data.startYear[i] as number, duration);
}

/** The present value with every estimate at its base, by the kernel's formula. */
export function basePresentValue(data: KernelData): number {
  let total = 0;
  for (let i = 0; i < data.quantity.length; i += 1) {
    const byYear = data.discountedQuantity[i] === data.discountedQuantity[i];
    total += presentValueOf(
      data,
      i,
      byYear ? 1 : (data.quantity[i] as number),
      data.proxy[i] as number,
      data.deadweight[i] as number,
      data.displacement[i] as number,
      data.attribution[i] as number,
      data.dropOff[i] as number,
      data.duration[i] as number,
    );
  }
  return total;
}

/**
 * The float64 Monte Carlo kernel: the evaluation's present value for sampled
 * estimates, iteration after iteration. Per iteration and outcome it draws
 * each uncertain estimate and computes the outcome's present value
 * ({@link presentValueOf}). The numbers of an iteration depend only on the
 * seed and the iteration (see {@link BLOCK_ITERATIONS}), however the run is
 * split into chunks, blocks or threads.
 */
export interface Kernel {
  /** Fills `into[0..to-from)` with the present values of iterations `from..to-1`. */
  run(into: Float64Array, from: number, to: number): void;
}

export function createKernel(data: KernelData, seed: number): Kernel {
  const n = data.quantity.length;
  const [quantityD, proxyD, deadweightD, displacementD, attributionD, dropOffD, durationD] = data.columns as [
    Column,
    Column,
    Column,
    Column,
    Column,
    Column,
    Column,
  ];
  const { quantity, proxy, deadweight, displacement, attribution, dropOff, duration, longest, discountedQuantity } =
    data;

  // One uniform per sampled estimate per outcome, drawn in bulk for each iteration (the block's even
  // stream); PERT and normal draws need a varying number, so they take theirs from its odd stream.
  let draws: UniformStream = seededStream(seed, 0);
  let extra: UniformStream = seededStream(seed, 1);
  const uniform = () => extra.next();
  let normalOfBlock = seededNormal(uniform);
  const normal = () => normalOfBlock();
  /** The iteration the streams are ready to draw. */
  let position = 0;
  const startBlock = (block: number) => {
    draws = seededStream(seed, 2 * block);
    extra = seededStream(seed, 2 * block + 1);
    // The polar method makes normals in pairs: a spare from the last block must not carry over.
    normalOfBlock = seededNormal(uniform);
    position = block * BLOCK_ITERATIONS;
  };

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
    if (discountedQuantity[i] !== discountedQuantity[i])
      perIteration += Number(sampleDropOff !== null) + Number(sampleDuration !== null);
  }
  const buffer = new Float64Array(perIteration);
  let cursor = 0;

  // Each estimate has its own sampler and call site, so the engine can inline each one.
  const drawnPresentValueOf = (i: number): number => {
    const byYear = discountedQuantity[i] === discountedQuantity[i];
    const units =
      (byYear ? 1 : (quantity[i] as number)) *
      (sampleQuantity !== null ? 1 + sampleQuantity(i, buffer[cursor++] as number, -1, Infinity) : 1);
    const value =
      (proxy[i] as number) *
      (sampleProxy !== null ? 1 + sampleProxy(i, buffer[cursor++] as number, -Infinity, Infinity) : 1);
    let dw = deadweight[i] as number;
    if (sampleDeadweight !== null) dw += sampleDeadweight(i, buffer[cursor++] as number, -dw, 1 - dw);
    let disp = displacement[i] as number;
    if (sampleDisplacement !== null) disp += sampleDisplacement(i, buffer[cursor++] as number, -disp, 1 - disp);
    let attr = attribution[i] as number;
    if (sampleAttribution !== null) attr += sampleAttribution(i, buffer[cursor++] as number, -attr, 1 - attr);
    // Drop-off and duration do not apply to a quantityByYear row: no draws for them.
    if (byYear) return presentValueOf(data, i, units, value, dw, disp, attr, 0, 0);
    let lost = dropOff[i] as number;
    if (sampleDropOff !== null) lost += sampleDropOff(i, buffer[cursor++] as number, -lost, 1 - lost);
    let years = duration[i] as number;
    if (sampleDuration !== null) {
      years = Math.round(
        years + sampleDuration(i, buffer[cursor++] as number, 1 - years, (longest[i] as number) - years),
      );
    }
    return presentValueOf(data, i, units, value, dw, disp, attr, lost, years);
  };

  const iterate = (): number => {
    if (position % BLOCK_ITERATIONS === 0) startBlock(position / BLOCK_ITERATIONS);
    draws.fill(buffer, perIteration);
    cursor = 0;
    let total = 0;
    for (let i = 0; i < n; i += 1) total += drawnPresentValueOf(i);
    position += 1;
    return total;
  };

  return {
    run(into, from, to) {
      if (from !== position) {
        // Not where the last call stopped (another thread ran the iterations between): go to
        // the start of from's block and draw up to it.
        startBlock(Math.floor(from / BLOCK_ITERATIONS));
        while (position < from) iterate();
      }
      for (let iteration = from; iteration < to; iteration += 1) into[iteration - from] = iterate();
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
