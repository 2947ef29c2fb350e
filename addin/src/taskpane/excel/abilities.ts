/**
 * What this Excel can do, asked once through `Office.context.requirements.isSetSupported`
 * and said in a commissioner's words when something is missing. The versions are the
 * `[Api set: ExcelApi x.y]` of each member in `@types/office-js`; the Excel releases are
 * Microsoft's requirement-set table (Excel 2019 has ExcelApi 1.8, Excel 2021 has 1.14,
 * Excel on the web and Microsoft 365 have every set).
 */

/** Asks Office whether a requirement set is available, e.g. `('ExcelApi', '1.8')`. */
export type IsSetSupported = (set: string, version: string) => boolean;

/** What the pane may ask of this Excel when writing. */
export interface ExcelAbilities {
  /**
   * Writing the evaluation sheets at all: marking the sheets the add-in makes (worksheet-scoped
   * names, ExcelApi 1.4), frozen headers (1.7) and data validation (1.8).
   */
  readonly write: boolean;
  /** Excel tables over the impact map, inputs and stakeholders (ExcelApi 1.1). */
  readonly tables: boolean;
  /** Native charts with line series on column charts (series.chartType, gapWidth: ExcelApi 1.7). */
  readonly charts: boolean;
  /** Overlapping tornado bars (series.overlap: ExcelApi 1.8). */
  readonly chartOverlap: boolean;
  /** Notes on cells, written as comments (ExcelApi 1.10). */
  readonly notes: boolean;
  /** Holding recalculation while many formulas are written (ExcelApi 1.6). */
  readonly suspendCalculation: boolean;
  /** What this Excel cannot do, as sentences for the commissioner. */
  readonly missing: readonly string[];
}

/** What reading a selection may use (see `read-selection.ts`). */
export interface ReadingAbilities {
  /** The table around a single selected cell (range.getSurroundingRegion: ExcelApi 1.7). */
  readonly surroundingRegion: boolean;
  /** Merged cells (range.getMergedAreasOrNullObject: ExcelApi 1.13). */
  readonly merges: boolean;
}

/** The requirement set each ability needs. */
export const NEEDS = {
  write: '1.8',
  tables: '1.1',
  charts: '1.7',
  chartOverlap: '1.8',
  notes: '1.10',
  suspendCalculation: '1.6',
  surroundingRegion: '1.7',
  merges: '1.13',
} as const;

export const CANNOT_WRITE =
  'This version of Excel cannot write the evaluation sheets: that needs Excel 2019 or later, Microsoft 365 or Excel on the web. The =SROI functions still work.';
export const NO_TABLES = 'Excel tables are not available here; the sheets are written as plain ranges.';
export const NO_CHARTS = 'Charts need Excel 2019 or later; the figures are written without them.';
export const NO_OVERLAP =
  'The tornado chart needs Excel 2019 or later to overlap its bars; they are drawn side by side.';
export const NO_NOTES =
  'Notes on cells (such as where a figure comes from) need Excel 2021 or later; the sheets are written without them.';

/**
 * What this Excel can do for the pane, from its requirement sets.
 *
 * @param isSetSupported - `Office.context.requirements.isSetSupported`, passed in so this stays pure
 * @returns each ability, and what is missing in words
 * @example
 * ```ts
 * excelAbilities((set, version) => set === 'ExcelApi' && Number(version.split('.')[1]) <= 8).missing;
 * //=> ['Notes on cells (such as where a figure comes from) need Excel 2021 or later; ...']
 * ```
 */
export function excelAbilities(isSetSupported: IsSetSupported): ExcelAbilities {
  const has = (version: string): boolean => isSetSupported('ExcelApi', version);
  const write = has(NEEDS.write);
  const tables = write && has(NEEDS.tables);
  const charts = write && has(NEEDS.charts);
  const chartOverlap = charts && has(NEEDS.chartOverlap);
  const notes = write && has(NEEDS.notes);
  const suspendCalculation = has(NEEDS.suspendCalculation);
  const missing = write
    ? [
        ...(tables ? [] : [NO_TABLES]),
        ...(charts ? [] : [NO_CHARTS]),
        ...(charts && !chartOverlap ? [NO_OVERLAP] : []),
        ...(notes ? [] : [NO_NOTES]),
      ]
    : [CANNOT_WRITE];
  return { write, tables, charts, chartOverlap, notes, suspendCalculation, missing };
}

/**
 * What reading a selection may use, from the requirement sets.
 *
 * @example
 * ```ts
 * readingAbilities(() => true); //=> { surroundingRegion: true, merges: true }
 * ```
 */
export function readingAbilities(isSetSupported: IsSetSupported): ReadingAbilities {
  return {
    surroundingRegion: isSetSupported('ExcelApi', NEEDS.surroundingRegion),
    merges: isSetSupported('ExcelApi', NEEDS.merges),
  };
}

/**
 * The reading abilities of the Excel this page runs in, or every one outside Office (tests):
 * the pane's shared runtime needs Excel 2021 or Microsoft 365, which have them all.
 */
export function currentReadingAbilities(): ReadingAbilities {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return readingAbilities((set, version) => requirements?.isSetSupported(set, version) ?? true);
}
