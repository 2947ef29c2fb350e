import type { BaseCase } from '../base-case.js';
import { ESTIMATES, type Estimate } from '../estimates.js';
import { longestDuration } from '../estimates/duration.js';
import type { Column, KernelData } from './kernel.js';
import { FIXED, type PreparedDistribution } from './sampler.js';

/**
 * The impact map and its distributions as the kernel's {@link KernelData}:
 * every figure converted to a double once, here, not in the loop.
 */
export function kernelData(
  base: BaseCase,
  distributionOf: (outcome: number, estimate: Estimate) => PreparedDistribution,
): KernelData {
  const n = base.outcomes.length;
  const columns = ESTIMATES.map((estimate) => column(n, (i) => distributionOf(i, estimate)));
  const durationD = columns[ESTIMATES.indexOf('duration')] as Column;
  const data = {
    subtractive: base.reductions === 'subtractive',
    quantity: new Float64Array(n),
    proxy: new Float64Array(n),
    deadweight: new Float64Array(n),
    displacement: new Float64Array(n),
    attribution: new Float64Array(n),
    dropOff: new Float64Array(n),
    duration: new Int32Array(n),
    longest: new Int32Array(n),
    startYear: new Int32Array(n),
    discountedQuantity: new Float64Array(n).fill(Number.NaN),
    factors: new Float64Array(0),
    columns,
  };
  let lastYear = 0;
  base.outcomes.forEach((outcome, i) => {
    data.quantity[i] = outcome.quantity.toNumber();
    data.proxy[i] = outcome.proxy.toNumber();
    data.deadweight[i] = outcome.deadweight.toNumber();
    data.displacement[i] = outcome.displacement.toNumber();
    data.attribution[i] = outcome.attribution.toNumber();
    data.dropOff[i] = outcome.dropOff.toNumber();
    data.duration[i] = outcome.duration;
    data.startYear[i] = outcome.startYear;
    const longest = longestDuration(base, outcome.startYear);
    data.longest[i] = longest;
    if (outcome.quantityByYear !== null) data.discountedQuantity[i] = outcome.discountedQuantity.toNumber();
    const reach =
      durationD.kind[i] === FIXED
        ? outcome.duration
        : Math.min(
            longest,
            outcome.duration + Math.ceil(Math.abs(durationD.a[i] as number) + Math.abs(durationD.b[i] as number)),
          );
    lastYear = Math.max(lastYear, outcome.startYear + reach - 1);
  });
  return { ...data, factors: base.floatFactors(lastYear) };
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
