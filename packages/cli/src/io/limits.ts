import { CliError, EXIT } from '../errors.js';

/**
 * What sroi reads at most from one file, checked while reading, so that a
 * damaged or hostile file is refused in seconds instead of exhausting memory.
 * Each admits the project's own 10,000-outcome workbooks (`sroi evaluate
 * --out`: a 2.7 MB file that inflates to 20 MB, with 10,134 rows and 260,605
 * cells) many times over; docs/workbook-and-cli.md, "Limits", lists them.
 */
export const LIMITS = {
  /** Bytes of a file, and of an .xlsx workbook's parts once decompressed, together. */
  bytes: 256 * 1024 * 1024,
  /** Rows of all sheets together: Excel's limit for one sheet. */
  rows: 1_048_576,
  /** Cells of all sheets together: exceljs needs about 1.2 GB at its peak for 2,000,000 numbers, so half that; the 10k-outcome workbook has 260,605. */
  cells: 1_000_000,
  /** Characters of one cell: Excel's limit. */
  text: 32_767,
} as const;

export type Limit = keyof typeof LIMITS;

const WHAT: Record<Exclude<Limit, 'bytes'>, string> = {
  rows: `has more than ${LIMITS.rows.toLocaleString('en-GB')} rows`,
  cells: `has more than ${LIMITS.cells.toLocaleString('en-GB')} cells`,
  text: `has a cell of more than ${LIMITS.text.toLocaleString('en-GB')} characters (Excel's limit)`,
};

/**
 * The error for a file over one of the {@link LIMITS}, saying which and what to do.
 *
 * @param file - the file as the user named it
 * @param limit - which limit it is over
 * @param decompressed - whether the bytes are an .xlsx workbook's parts once decompressed
 * @param where - where in the file, for a cell (`on line 12`)
 * @returns a CliError with exit code 4
 * @example
 * throw overLimit('map.csv', 'rows');
 * //=> sroi: map.csv has more than 1,048,576 rows, more than sroi reads; it may be damaged or ...
 */
export function overLimit(file: string, limit: Limit, decompressed = false, where = ''): CliError {
  const megabytes = `${LIMITS.bytes / 1024 / 1024} MB`;
  const what =
    limit !== 'bytes'
      ? WHAT[limit]
      : decompressed
        ? `holds more than ${megabytes} once decompressed`
        : `is larger than ${megabytes}`;
  const advice =
    limit === 'text' ? 'shorten the cell or remove it' : 'keep only the impact map, settings and inputs in it';
  return new CliError(
    `${file} ${what}${where === '' ? '' : ` ${where}`}, more than sroi reads; it may be damaged or not an impact map: ${advice}`,
    EXIT.unreadable,
  );
}
