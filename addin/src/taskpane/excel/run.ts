/**
 * The one place the pane enters Excel. Every adapter takes the `RequestContext`
 * as an argument, so tests can pass a stand-in instead.
 */

/**
 * Runs `work` in one Excel batch (`Excel.run`) and returns what it returns.
 *
 * @param work - reads and writes through the given context, syncing as it needs
 * @returns what `work` resolves to
 * @example
 * ```ts
 * const sheets = await withExcel((context) => listSheets(context));
 * ```
 */
export function withExcel<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(work);
}
