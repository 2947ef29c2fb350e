/**
 * Loads tests/e2e/excel-stand-in.js (the in-page Excel of the browser tests) into a fresh
 * `vm` context with a fake `window`, so the adapters can run against it in Node.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export interface StandInSheet {
  readonly name: string;
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  readonly columnWidths: Record<string, number>;
  readonly boldRows: number[];
  readonly frozen: { rows: number; columns: number };
  readonly validations: { address: string; rule?: Record<string, unknown>; errorAlert?: Record<string, unknown> }[];
  readonly comments: { address: string; content: string }[];
  readonly tables: { name: string; range: string; hasHeaders: boolean }[];
  readonly names: { name: string; formula: string; comment: string }[];
  readonly charts: {
    type: string;
    data: string;
    title: string;
    valueAxis: string;
    categoryAxis: string;
    position: string | null;
    series: { chartType: string; overlap?: number; gapWidth?: number }[];
  }[];
}

export interface StandIn {
  readonly Excel: { run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  readonly excel: {
    seed(workbook: {
      sheets: {
        name: string;
        cells?: unknown[][];
        merges?: string[];
        names?: string[];
        /** Rows hidden or filtered out, 0-based. */
        hiddenRows?: number[];
        /** The user's own tables, headers in their first row. */
        tables?: { name: string; range: string }[];
      }[];
      selection?: { sheet: string; address: string };
    }): void;
    dump(): { active: string; selection: { sheet: string; address: string }; sheets: StandInSheet[] };
    readonly syncs: number;
    readonly largestSyncBytes: number;
  };
}

const SCRIPT = readFileSync(path.join(__dirname, '../../e2e/excel-stand-in.js'), 'utf8');

/** A fresh stand-in of Excel with an empty workbook (one sheet, Sheet1). */
export function loadStandIn(): StandIn {
  const window: Record<string, unknown> = { TextEncoder };
  vm.runInNewContext(SCRIPT, { window });
  return { Excel: window['Excel'] as StandIn['Excel'], excel: window['__excel'] as StandIn['excel'] };
}
