// A seeded, realistic-looking impact map of any size, shared by benchmarks.
import type { Evaluation, Outcome } from '@sroi/core';
import { seededRandom } from './measure.js';

const DOMAINS = ['economic', 'social', 'environmental'] as const;

export function syntheticEvaluation(outcomeCount: number, seed = 42): Evaluation {
  const random = seededRandom(seed);
  const whole = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const stakeholders = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: `Stakeholder ${i}` }));
  const outcomes: Outcome[] = Array.from({ length: outcomeCount }, (_, i) => ({
    id: `o${i}`,
    stakeholder: `s${whole(0, 19)}`,
    description: `Outcome ${i}`,
    domain: DOMAINS[whole(0, 2)],
    quantity: whole(1, 200),
    proxy: { value: whole(1000, 500_000) / 100 },
    deadweight: whole(0, 50) / 100,
    displacement: whole(0, 30) / 100,
    attribution: whole(0, 50) / 100,
    dropOff: whole(0, 50) / 100,
    duration: whole(1, 10),
    startYear: whole(1, 2),
  }));
  // Inputs set so that the ratio is near the published median (3.56 : 1),
  // so sensitivity has real switching values to find.
  const roughPresentValue = outcomes.reduce((sum, o) => {
    const keep = (1 - Number(o.deadweight)) * (1 - Number(o.displacement)) * (1 - Number(o.attribution));
    let years = 0;
    for (let k = 0; k < o.duration; k++) years += (1 - Number(o.dropOff)) ** k / 1.035 ** ((o.startYear ?? 1) + k);
    return sum + Number(o.quantity) * Number(o.proxy.value) * keep * years;
  }, 0);
  return {
    name: `Synthetic ${outcomeCount}`,
    stakeholders,
    inputs: [{ description: 'Contract value', amount: Math.round(roughPresentValue / 3.5) }],
    outcomes,
  };
}
