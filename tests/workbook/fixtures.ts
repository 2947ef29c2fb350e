import type { Evaluation, Outcome } from '@sroi/core';
import { workedCheck } from '../core/fixtures';

const outcome = (id: string, fields: Partial<Outcome>): Outcome => ({
  id,
  stakeholder: 'patients',
  description: `Outcome ${id}`,
  quantity: 40,
  proxy: { value: 1250.5 },
  duration: 4,
  ...fields,
});

/** A richer map: several stakeholders, domains, start year 2, a disbenefit, inputs over years. */
const rich: Evaluation = {
  name: 'Community health programme',
  currency: 'GBP',
  kind: 'forecast',
  stakeholders: [
    { id: 'patients', name: 'Patients referred by GPs' },
    { id: 'nhs', name: 'NHS Cheshire and Merseyside' },
    { id: 'residents', name: 'Local residents' },
  ],
  inputs: [
    { stakeholder: 'nhs', description: 'Contract, year 0', amount: 120000 },
    { stakeholder: 'nhs', description: 'Contract, year 1', amount: 80000, year: 1 },
    { description: 'Volunteer time (in kind)', amount: 15250.75, year: 2 },
  ],
  outcomes: [
    outcome('wellbeing', {
      domain: 'social',
      deadweight: 0.2,
      displacement: 0.05,
      attribution: 0.255,
      dropOff: 0.215,
      indicator: 'WEMWBS +3',
      source: 'Exit survey',
    }),
    outcome('gp-visits', {
      stakeholder: 'nhs',
      domain: 'economic',
      quantity: 310,
      proxy: {
        value: 42,
        description: 'GP appointment avoided',
        source: 'Illustrative',
        unit: 'per appointment',
        year: 2024,
      },
      deadweight: 0.3,
      attribution: 0.1,
      duration: 2,
    }),
    outcome('employment', {
      domain: 'economic',
      quantity: 6,
      proxy: { value: 9800 },
      startYear: 2,
      duration: 3,
      dropOff: 0.3,
      deadweight: 0.4,
    }),
    outcome('traffic', {
      stakeholder: 'residents',
      domain: 'environmental',
      quantity: 1200,
      proxy: { value: -3.75, description: 'Extra car journeys (disbenefit)' },
      duration: 5,
    }),
    outcome('confidence', { quantity: 25, proxy: { value: 300 }, duration: 1, attribution: 0.5 }),
  ],
};

/** A long-lived outcome that crosses the Green Book's 30-year band. */
const longLived: Evaluation = {
  ...rich,
  name: 'Long-lived outcomes',
  outcomes: [
    ...rich.outcomes,
    outcome('housing', {
      stakeholder: 'residents',
      quantity: 3,
      proxy: { value: 5000 },
      duration: 40,
      dropOff: 0.02,
      startYear: 2,
    }),
  ],
};

/** Every timing, discount form and reductions mode, with start year 2 and a disbenefit. */
export const SCENARIOS: Readonly<Record<string, Evaluation>> = {
  'worked-check': workedCheck,
  'end-of-year': { ...rich, timing: 'end-of-year' },
  'start-of-year': { ...rich, timing: 'start-of-year', discount: { rate: 0.05 } },
  'mid-year': { ...rich, timing: 'mid-year', discount: { rate: 0.035 } },
  'green-book': { ...longLived, discount: { schedule: 'green-book' } },
  'green-book-health-mid-year': { ...longLived, timing: 'mid-year', discount: { schedule: 'green-book-health' } },
  'rates-list': { ...rich, discount: { rates: [0.035, 0.03, 0.05, 0.02, 0.01, 0.04, 0.06] } },
  'rates-start-of-year': { ...rich, timing: 'start-of-year', discount: { rates: [0.04, 0.03, 0.02, 0.01, 0.015] } },
  subtractive: { ...rich, reductions: 'subtractive', kind: 'evaluative' },
  'quantity-by-year': {
    ...rich,
    currency: 'EUR',
    outcomes: [
      ...rich.outcomes,
      {
        id: 'measured',
        stakeholder: 'patients',
        description: 'Measured each year',
        quantityByYear: [30, 22, 15.5],
        proxy: { value: 700 },
        duration: 3,
        startYear: 2,
        deadweight: 0.1,
      },
    ],
  },
  'no-inputs': { ...workedCheck, name: 'No inputs', inputs: [] },
  'never-paid-back': {
    ...workedCheck,
    name: 'Never paid back',
    currency: 'NOK',
    inputs: [{ description: 'Big grant', amount: 1e6, year: 1 }],
  },
  'formula-like-text': {
    ...workedCheck,
    name: '=HYPERLINK("http://example.com","click")',
    stakeholders: [{ id: '+people', name: '-Participants @home' }],
    inputs: [{ stakeholder: '+people', description: '@grant', amount: 50000 }],
    outcomes: [
      {
        ...(workedCheck.outcomes[0] as Outcome),
        stakeholder: '+people',
        id: '=1+1',
        description: '=SUM(A1:A9)',
        indicator: '+44 20 7946 0000',
        source: '-from survey',
        proxy: { value: 1000, description: '@proxy', source: '=cmd|calc', unit: '-per person' },
      },
    ],
  },
};

export { workedCheck };
