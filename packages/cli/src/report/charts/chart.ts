/** A chart rendered to SVG in Node, with the words that say what it shows (its text alternative). */
export interface Chart {
  /** A standalone <svg> element: no scripts, no outside references. */
  readonly svg: string;
  /** One or two sentences saying what the chart shows, with its key figures (for screen readers and print). */
  readonly description: string;
}
