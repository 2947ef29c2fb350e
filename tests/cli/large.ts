import type { Evaluation, Outcome } from '@sroi/core';

/** A deterministic impact map with many outcomes, as a large commissioner's map. */
export function largeEvaluation(outcomes: number): Evaluation {
  const stakeholders = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: `Stakeholder group ${i}` }));
  const domains = ['economic', 'social', 'environmental'] as const;
  return {
    name: `Large map (${outcomes} outcomes)`,
    stakeholders,
    inputs: Array.from({ length: 50 }, (_, i) => ({
      stakeholder: `s${i % 20}`,
      description: `Input ${i}`,
      amount: 1000 + i * 37.5,
      year: i % 3,
    })),
    outcomes: Array.from({ length: outcomes }, (_, i): Outcome => ({
      id: `o${i}`,
      stakeholder: `s${i % 20}`,
      description: `Outcome ${i}`,
      domain: domains[i % 3],
      quantity: 1 + (i % 97),
      proxy: { value: 10 + ((i * 7919) % 5000) / 4, source: 'Illustrative' },
      deadweight: (i % 5) / 10,
      attribution: (i % 4) / 10,
      dropOff: (i % 3) / 10,
      duration: 1 + (i % 5),
      startYear: 1 + (i % 2),
    })),
  };
}
