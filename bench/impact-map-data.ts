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
    quantity: whole(1, 1000),
    proxy: { value: whole(1000, 5_000_000) / 100 },
    deadweight: whole(0, 50) / 100,
    displacement: whole(0, 30) / 100,
    attribution: whole(0, 50) / 100,
    dropOff: whole(0, 50) / 100,
    duration: whole(1, 10),
    startYear: whole(1, 2),
  }));
  return {
    name: `Synthetic ${outcomeCount}`,
    stakeholders,
    inputs: [{ description: 'Contract value', amount: outcomeCount * 20_000 }],
    outcomes,
  };
}
