// The impact maps whose evaluation must not change by a digit when the
// engine is rearranged or made faster (issue 11): the benchmark maps, and
// maps that take each path of the projection (Green Book schedules, every
// timing, subtractive reductions, quantity by year, a rates list, negative
// and string values). Each is built from a seed, so the test rebuilds it.
import type { Evaluation, Outcome } from '@sroi/core';
import { syntheticEvaluation } from '../../../bench/impact-map-data';
import { seededRandom } from '../../../bench/measure';

/** A varied map: strings and numbers, disbenefits, quantity by year, long durations. */
function variedEvaluation(outcomeCount: number, seed: number, sharesUpTo = 1): Evaluation {
  const random = seededRandom(seed);
  const whole = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  // Subtractive reductions need the three shares to stay within 100% together.
  const share = () =>
    random() < 0.3
      ? String(whole(0, Math.round(999 * sharesUpTo)) / 1000)
      : whole(0, Math.round(60 * sharesUpTo)) / 100;
  const outcomes: Outcome[] = Array.from({ length: outcomeCount }, (_, i) => {
    const byYear = i % 7 === 3;
    const duration = whole(1, i % 11 === 0 ? 60 : 12);
    return {
      id: `v${i}`,
      stakeholder: `s${whole(0, 4)}`,
      description: `Varied ${i}`,
      ...(i % 5 === 0 ? {} : { domain: (['economic', 'social', 'environmental'] as const)[whole(0, 2)] }),
      ...(byYear
        ? { quantityByYear: Array.from({ length: duration }, () => whole(0, 300)) }
        : { quantity: random() < 0.2 ? `${whole(1, 99999)}.${whole(0, 99)}` : whole(0, 500) }),
      proxy: {
        value:
          random() < 0.1
            ? -whole(100, 90000) / 100
            : random() < 0.3
              ? `${whole(1, 999999)}.${whole(10, 99)}`
              : whole(1, 5_000_000) / 100,
      },
      deadweight: share(),
      displacement: share(),
      attribution: share(),
      ...(byYear ? {} : { dropOff: random() < 0.2 ? 0 : share() }),
      duration,
      startYear: whole(1, 4),
    };
  });
  return {
    name: `Varied ${outcomeCount}`,
    stakeholders: Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, name: `Stakeholder ${i}` })),
    inputs: [
      { description: 'Grant', amount: 250_000, stakeholder: 's0' },
      { description: 'Year 2', amount: '120000.55', year: 2, stakeholder: 's1' },
      { description: 'Volunteers', amount: 17_500, year: 1 },
    ],
    outcomes,
  };
}

/** Every map, by name. */
export function goldenMaps(): Record<string, Evaluation> {
  const varied = variedEvaluation(400, 11);
  return {
    'bench-1k': syntheticEvaluation(1_000),
    'bench-10k': syntheticEvaluation(10_000),
    'bench-100k': syntheticEvaluation(100_000, 7),
    varied: varied,
    'varied-green-book': { ...varied, discount: { schedule: 'green-book' } },
    'varied-green-book-health': { ...variedEvaluation(300, 12), discount: { schedule: 'green-book-health' } },
    'varied-mid-year': { ...varied, timing: 'mid-year' },
    'varied-start-of-year': { ...varied, timing: 'start-of-year', discount: { rate: '0.0425' } },
    'varied-subtractive': {
      ...variedEvaluation(300, 13, 0.33),
      reductions: 'subtractive',
    },
    'varied-rates-list': {
      ...variedEvaluation(200, 14),
      discount: { rates: Array.from({ length: 80 }, (_, k) => (k % 3 === 0 ? 0.035 : `0.0${(k % 9) + 1}`)) },
      timing: 'mid-year',
    },
  };
}
