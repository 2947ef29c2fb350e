/**
 * The annuity factor of annuity.ts on float64 numbers, written out for the Monte Carlo
 * kernel's inner loop, where the generic version's calls through a calculator
 * cost more than the arithmetic: the same operations in the same order as
 * `annuity(floatCalculator, …)`, so it gives the same double (a test checks
 * it on random outcomes). One formula, in two spellings side by side.
 *
 * @example
 * ```ts
 * floatAnnuity(0.5, Float64Array.of(1, 1 / 1.035, 1 / 1.035 ** 2, 1 / 1.035 ** 3), 1, 3); //=> 1.6584...
 * ```
 */
export function floatAnnuity(
  dropOff: number,
  discountFactors: Float64Array,
  startYear: number,
  duration: number,
): number {
  const kept = 1 - dropOff;
  let share = 1;
  let sum = 0;
  for (let k = 0; k < duration; k += 1) {
    sum += share * (discountFactors[startYear + k] as number);
    // One multiplication more than needed in the last year: it changes nothing and saves a branch.
    share *= kept;
  }
  return sum;
}
