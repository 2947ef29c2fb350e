import type { Evaluation, Outcome } from '@sroi/core';
import { workedCheck } from '../fixtures';

/** A second outcome, starting the year after, for two-outcome examples. */
export const jobs: Outcome = {
  id: 'jobs',
  stakeholder: 'people',
  description: 'Jobs sustained',
  quantity: 10,
  proxy: { value: 3000 },
  deadweight: 0.3,
  attribution: 0.2,
  dropOff: 0.2,
  duration: 4,
  startYear: 2,
};

export const twoOutcomes: Evaluation = {
  ...workedCheck,
  name: 'Two outcomes',
  outcomes: [...workedCheck.outcomes, jobs],
};

/** The evaluation with one field of one outcome replaced. */
export function withOutcome(evaluation: Evaluation, id: string, change: Partial<Outcome>): Evaluation {
  return { ...evaluation, outcomes: evaluation.outcomes.map((o) => (o.id === id ? { ...o, ...change } : o)) };
}

/** Recursively freezes plain data, to prove functions leave their input alone. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export { workedCheck };
