import type { Evaluation } from '@sroi/core';

/**
 * The example a blank template starts from: one outcome, the worked check of
 * METHOD.md, with every setting written out so users see the choices.
 */
export const TEMPLATE_EXAMPLE: Evaluation = {
  name: 'My evaluation (replace this example)',
  currency: 'GBP',
  kind: 'forecast',
  timing: 'end-of-year',
  discount: { rate: 0.035 },
  reductions: 'multiplicative',
  stakeholders: [
    { id: 'participants', name: 'Participants' },
    { id: 'commissioner', name: 'Commissioner' },
  ],
  inputs: [{ stakeholder: 'commissioner', description: 'Contract value (example)', amount: 50000, year: 0 }],
  outcomes: [
    {
      id: 'wellbeing',
      stakeholder: 'participants',
      description: 'Improved wellbeing (example row: replace it)',
      indicator: 'Change in a validated wellbeing score',
      source: 'Entry and exit questionnaires',
      domain: 'social',
      quantity: 100,
      duration: 3,
      startYear: 1,
      proxy: {
        value: 1000,
        description: 'Illustrative value per person per year',
        source: 'Illustrative',
        unit: 'per person per year',
        year: 2024,
      },
      deadweight: 0.2,
      displacement: 0.1,
      attribution: 0.25,
      dropOff: 0.5,
    },
  ],
};
