import type { EvaluationResult, MonteCarloResult, OneWay } from '@sroi/core';

/** A chart rendered to SVG in Node, with the words that say what it shows (its text alternative). */
export interface Chart {
  /** A standalone <svg> element: no scripts, no outside references. */
  readonly svg: string;
  /** One or two sentences saying what the chart shows, with its key figures (for screen readers and print). */
  readonly description: string;
}

/** Present value by stakeholder (bars, largest first). STUB, being written. */
export function stakeholderChart(_result: EvaluationResult): Promise<Chart> {
  throw new Error('not yet written');
}
/** Present value by domain. STUB, being written. */
export function domainChart(_result: EvaluationResult): Promise<Chart> {
  throw new Error('not yet written');
}
/** Present value by year (bars) with the cumulative present value (line) crossing the inputs (rule): the payback picture. STUB. */
export function paybackChart(_result: EvaluationResult): Promise<Chart> {
  throw new Error('not yet written');
}
/** The tornado: each estimate's ratio (or present value) moved down and up, largest swing first, around the base. STUB. */
export function tornadoChart(_oneWay: OneWay, _result: EvaluationResult, _top?: number): Promise<Chart> {
  throw new Error('not yet written');
}
/** Histogram of the Monte Carlo ratio (or present value without inputs) with P10, P50, P90 and the target marked. Needs `keepDraws`. STUB. */
export function histogramChart(_run: MonteCarloResult, _result: EvaluationResult): Promise<Chart> {
  throw new Error('not yet written');
}
