import fc from 'fast-check';
import type { Discount, Evaluation, Outcome, Timing } from '@sroi/core';

/** A share as users write them: whole percentages mostly, sometimes finer, as number or string. */
export const share = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
  fc.integer({ min: 0, max: 1000 }).map((permille) => String(permille / 1000)),
);
const money = fc.integer({ min: -500_000, max: 10_000_000 }).map((pence) => pence / 100);
const positiveMoney = fc.integer({ min: 1, max: 10_000_000 }).map((pence) => pence / 100);
const quantity = fc.integer({ min: 0, max: 5000 });

export const timing: fc.Arbitrary<Timing> = fc.constantFrom('end-of-year', 'start-of-year', 'mid-year');

export const discount: fc.Arbitrary<Discount> = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((tenths) => ({ rate: tenths / 1000 })),
  fc.constantFrom({ schedule: 'green-book' as const }, { schedule: 'green-book-health' as const }),
  fc
    .array(fc.integer({ min: 0, max: 80 }), { minLength: 25, maxLength: 25 })
    .map((rates) => ({ rates: rates.map((r) => r / 1000) })),
);

function outcomeArbitrary(id: string, proxy: fc.Arbitrary<number>): fc.Arbitrary<Outcome> {
  return fc
    .record({
      quantity,
      proxy,
      deadweight: share,
      displacement: share,
      attribution: share,
      dropOff: share,
      duration: fc.integer({ min: 1, max: 12 }),
      startYear: fc.integer({ min: 1, max: 3 }),
      byYear: fc.option(fc.array(quantity, { minLength: 12, maxLength: 12 }), { freq: 4 }),
    })
    .map(({ byYear, ...o }): Outcome => {
      const base = {
        id,
        stakeholder: o.quantity % 2 === 0 ? 'people' : 'families',
        description: `Outcome ${id}`,
        domain: (['economic', 'social', 'environmental'] as const)[o.quantity % 3],
        proxy: { value: o.proxy },
        deadweight: o.deadweight,
        displacement: o.displacement,
        attribution: o.attribution,
        duration: o.duration,
        startYear: o.startYear,
      };
      return byYear === null
        ? { ...base, quantity: o.quantity, dropOff: o.dropOff }
        : { ...base, quantityByYear: byYear.slice(0, o.duration) };
    });
}

export function outcomesArbitrary(options: { positive?: boolean } = {}): fc.Arbitrary<Outcome[]> {
  const proxy = options.positive ? positiveMoney : money;
  return fc
    .integer({ min: 1, max: 6 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => outcomeArbitrary(`o${i}`, proxy))));
}

/** Under subtractive reductions the three shares must not add up to more than 1: trims them so they do not. */
function fitSubtractive(outcome: Outcome): Outcome {
  // In whole thousandths (every drawn share is one), so the sum is exact.
  const permille = (share: unknown) => Math.round(Number(share ?? 0) * 1000);
  const deadweight = permille(outcome.deadweight);
  const displacement = Math.min(permille(outcome.displacement), 1000 - deadweight);
  const attribution = Math.min(permille(outcome.attribution), 1000 - deadweight - displacement);
  return {
    ...outcome,
    deadweight: deadweight / 1000,
    displacement: displacement / 1000,
    attribution: attribution / 1000,
  };
}

/**
 * Valid evaluations over every setting. `reductions: 'any'` also draws
 * subtractive reductions (with shares trimmed to add up to at most 1); the
 * default keeps multiplicative ones, where any shares are valid.
 */
export function evaluationArbitrary(
  options: { positive?: boolean; reductions?: 'any' | 'multiplicative' } = {},
): fc.Arbitrary<Evaluation> {
  const reductions =
    options.reductions === 'any'
      ? fc.constantFrom('multiplicative' as const, 'subtractive' as const)
      : fc.constant('multiplicative' as const);
  return fc
    .record({
      outcomes: outcomesArbitrary(options),
      reductions,
      timing,
      discount,
      inputs: fc.array(fc.record({ amount: positiveMoney, year: fc.integer({ min: 0, max: 3 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
    })
    .map(({ outcomes, reductions, timing, discount, inputs }) => ({
      name: 'Generated',
      reductions,
      timing,
      discount,
      stakeholders: [
        { id: 'people', name: 'Participants' },
        { id: 'families', name: 'Families' },
      ],
      inputs: inputs.map((input, i) => ({ description: `Input ${i}`, ...input })),
      outcomes: reductions === 'subtractive' ? outcomes.map(fitSubtractive) : outcomes,
    }));
}
