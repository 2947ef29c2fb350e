/**
 * An independent, deliberately plain float64 implementation of METHOD.md,
 * written from the method text and not from the engine's code. Tests compare
 * the engine with it to the cent.
 */
import type { Evaluation } from '@sroi/core';

const GREEN_BOOK: [number, number, number][] = [
  [30, 0.035, 0.015],
  [75, 0.03, 0.0129],
  [125, 0.025, 0.0107],
  [200, 0.02, 0.0086],
  [300, 0.015, 0.0064],
  [Infinity, 0.01, 0.0043],
];

function rate(evaluation: Evaluation, k: number): number {
  const discount = evaluation.discount ?? { rate: 0.035 };
  if ('rate' in discount) return Number(discount.rate);
  if ('rates' in discount) return Number(discount.rates[k - 1]);
  const band = GREEN_BOOK.find(([through]) => k <= through)!;
  return discount.schedule === 'green-book' ? band[1] : band[2];
}

/** DF for exponent e: product over whole years, then a part-year at the next year's rate. */
export function referenceDiscountFactor(evaluation: Evaluation, year: number): number {
  if (year === 0) return 1;
  const timing = evaluation.timing ?? 'end-of-year';
  const exponent = timing === 'end-of-year' ? year : timing === 'start-of-year' ? year - 1 : year - 0.5;
  let factor = 1;
  const whole = Math.floor(exponent);
  for (let k = 1; k <= whole; k++) factor /= 1 + rate(evaluation, k);
  const part = exponent - whole;
  if (part > 0) factor *= Math.pow(1 + rate(evaluation, whole + 1), -part);
  return factor;
}

export interface ReferenceResult {
  /** Months, or null; undefined when the crossing is too close to a year's end to call in floats. */
  paybackMonths: number | null;
  discountedPaybackMonths: number | null | undefined;
  presentValue: number;
  inputsPresentValue: number;
  impact: number;
  ratio: number | null;
  outcomePresentValues: number[];
  yearValues: Map<number, number>;
}

export function referenceEvaluate(evaluation: Evaluation): ReferenceResult {
  const subtractive = evaluation.reductions === 'subtractive';
  let presentValue = 0;
  let impact = 0;
  const outcomePresentValues: number[] = [];
  const yearValues = new Map<number, number>();
  for (const outcome of evaluation.outcomes) {
    const dw = Number(outcome.deadweight ?? 0);
    const dp = Number(outcome.displacement ?? 0);
    const at = Number(outcome.attribution ?? 0);
    // Shares are decimal fractions: rounding to 12 places removes float subtraction's noise
    // (1 - 0.496 - 0.27 - 0.234 is not 0 in float64), which would flip the sign of a zero impact.
    const keep = Math.round((subtractive ? 1 - dw - dp - at : (1 - dw) * (1 - dp) * (1 - at)) * 1e12) / 1e12;
    const proxy = Number(outcome.proxy.value);
    const start = outcome.startYear ?? 1;
    const dropOff = Number(outcome.dropOff ?? 0);
    let pv = 0;
    for (let k = 1; k <= outcome.duration; k++) {
      const value = outcome.quantityByYear
        ? Number(outcome.quantityByYear[k - 1]) * proxy * keep
        : Number(outcome.quantity) * proxy * keep * Math.pow(1 - dropOff, k - 1);
      if (k === 1) impact += value;
      const year = start + k - 1;
      yearValues.set(year, (yearValues.get(year) ?? 0) + value);
      pv += value * referenceDiscountFactor(evaluation, year);
    }
    outcomePresentValues.push(pv);
    presentValue += pv;
  }
  let inputsPresentValue = 0;
  for (const input of evaluation.inputs) {
    inputsPresentValue += Number(input.amount) * referenceDiscountFactor(evaluation, input.year ?? 0);
  }
  const paybackMonths = inputsPresentValue > 0 && impact > 0 ? inputsPresentValue / (impact / 12) : null;
  // Discounted payback: the first year whose cumulative present value reaches the inputs, interpolated.
  let discountedPaybackMonths: number | null | undefined = null;
  if (inputsPresentValue > 0) {
    let cumulative = 0;
    const lastYear = Math.max(0, ...yearValues.keys());
    for (let year = 1; year <= lastYear; year++) {
      const value = (yearValues.get(year) ?? 0) * referenceDiscountFactor(evaluation, year);
      const next = cumulative + value;
      if (Math.abs(next - inputsPresentValue) < 1e-6) {
        discountedPaybackMonths = undefined;
        break;
      }
      if (next >= inputsPresentValue && value > 0) {
        discountedPaybackMonths = 12 * (year - 1 + (inputsPresentValue - cumulative) / value);
        break;
      }
      cumulative = next;
    }
  }
  return {
    paybackMonths,
    discountedPaybackMonths,
    presentValue,
    inputsPresentValue,
    impact,
    ratio: inputsPresentValue > 0 ? presentValue / inputsPresentValue : null,
    outcomePresentValues,
    yearValues,
  };
}
