import type { EvaluationResult } from '@sroi/core';

/** Rows of cells (formatted text) shared by the text, Markdown and HTML reports. */
export interface Breakdown {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Index of rows that are totals (shown bold). */
  readonly totals: readonly number[];
  readonly align: readonly ('left' | 'right')[];
}

/** One row per outcome: stakeholder, outcome, domain, impact, years, present value, share. STUB, being written. */
export function outcomeRows(_result: EvaluationResult): Breakdown {
  throw new Error('not yet written');
}
/** One row per year: value, discount factor, present value, cumulative present value, inputs. STUB, being written. */
export function yearRows(_result: EvaluationResult): Breakdown {
  throw new Error('not yet written');
}
