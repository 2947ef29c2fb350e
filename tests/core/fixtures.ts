import type { Evaluation, Outcome } from '@sroi/core';

/** METHOD.md's worked check. */
export const workedCheck: Evaluation = {
  name: 'Worked check',
  stakeholders: [{ id: 'people', name: 'Participants' }],
  inputs: [{ description: 'Grant', amount: 50000 }],
  outcomes: [
    {
      id: 'wellbeing',
      stakeholder: 'people',
      description: 'Improved wellbeing',
      quantity: 100,
      proxy: { value: 1000 },
      deadweight: 0.2,
      displacement: 0.1,
      attribution: 0.25,
      dropOff: 0.5,
      duration: 3,
    },
  ],
};

/** An outcome with sensible defaults, for tests that vary one thing. */
export function outcome(overrides: Partial<Outcome> & { id: string }): Outcome {
  return {
    stakeholder: 'people',
    description: `Outcome ${overrides.id}`,
    quantity: 10,
    proxy: { value: 100 },
    duration: 1,
    ...overrides,
  };
}

/** An evaluation around some outcomes, with one stakeholder and a 1,000 grant. */
export function evaluationWith(outcomes: Outcome[], extra: Partial<Evaluation> = {}): Evaluation {
  return {
    name: 'Test',
    stakeholders: [{ id: 'people', name: 'Participants' }],
    inputs: [{ description: 'Grant', amount: 1000 }],
    outcomes,
    ...extra,
  };
}
