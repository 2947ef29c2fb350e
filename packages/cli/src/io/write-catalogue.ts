import type { Catalogue, Measure } from '@sroi/core';
import { CATALOGUE_ROWS, MEASURE_COLUMNS } from '@sroi/workbook';

/** A catalogue as JSON, as core reads it (`--catalogue file.json`). */
export function catalogueJson(catalogue: Catalogue): string {
  return JSON.stringify(catalogue, null, 2) + '\n';
}

/**
 * A catalogue as CSV: its name (and currency and licence, when given) in
 * labelled rows, a blank row, then one row per measure under the Measures
 * sheet's headers; UTF-8 with a byte order mark so that Excel shows "£" as
 * "£". Text that Excel would take for a formula (starting =, +, - or @) is
 * written after an apostrophe, so that opening the file never runs anything.
 *
 * @example
 * ```ts
 * catalogueCsv({ name: 'Test framework', measures: [] });
 * //=> '\uFEFFCatalogue,Test framework\r\n\r\nCode,Domain,Theme,Outcome,Measure,Unit,Proxy value,Price year,Source,Licence,Objective,Target\r\n'
 * ```
 */
export function catalogueCsv(catalogue: Catalogue): string {
  // The labelled rows the catalogue reader takes above the table.
  const labelled = CATALOGUE_ROWS.flatMap(({ field: key, label }) =>
    catalogue[key] === undefined ? [] : [`${label},${text(catalogue[key])}`],
  );
  const header = MEASURE_COLUMNS.map((column) => field(column.header));
  const rows = catalogue.measures.map((measure) =>
    MEASURE_COLUMNS.map((column) => cell(measure, column.field)).join(','),
  );
  return '\uFEFF' + [...labelled, '', header.join(','), ...rows].join('\r\n') + '\r\n';
}

function cell(measure: Measure, key: keyof Measure): string {
  const value = measure[key];
  if (value === undefined) return '';
  // Numbers stay numbers: a negative proxy is a value, not a formula.
  if (key === 'proxy' || key === 'priceYear' || key === 'target') return field(String(value));
  return text(String(value));
}

/** Text as a field, defused: Excel runs a cell that starts with =, +, - or @ as a formula. */
function text(value: string): string {
  return field(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

function field(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
