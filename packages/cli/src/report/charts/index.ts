import type { EvaluationResult, MonteCarloResult, OneWay } from '@sroi/core';

/** A chart rendered to SVG in Node, with the words that say what it shows (its text alternative). */
export interface Chart {
  /** A standalone <svg> element: no scripts, no outside references. */
  readonly svg: string;
  /** One or two sentences saying what the chart shows, with its key figures (for screen readers and print). */
  readonly description: string;
}

/** Present value by stakeholder (bars, largest first). STUB, being written. */
export declare function stakeholderChart(result: EvaluationResult): Promise<Chart>;
/** Present value by domain. STUB, being written. */
export declare function domainChart(result: EvaluationResult): Promise<Chart>;
/** Present value by year (bars) with the cumulative present value (line) crossing the inputs (rule): the payback picture. STUB. */
export declare function paybackChart(result: EvaluationResult): Promise<Chart>;
/** The tornado: each estimate's ratio (or present value) moved down and up, largest swing first, around the base. STUB. */
export declare function tornadoChart(oneWay: OneWay, result: EvaluationResult, top?: number): Promise<Chart>;
/** Histogram of the Monte Carlo ratio (or present value without inputs) with P10, P50, P90 and the target marked. Needs `keepDraws`. STUB. */
export declare function histogramChart(run: MonteCarloResult, result: EvaluationResult): Promise<Chart>;
