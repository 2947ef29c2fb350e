import { parse } from 'csv-parse/sync';
import type { SheetGrid } from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
import { decodeText, type DecodedText } from './decode-text.js';
import type { CsvShape, Delimiter } from './csv-shape.js';
import { detectDelimiter } from './detect-delimiter.js';
import { LIMITS, overLimit } from './limits.js';
import { COMPOUND, startsWith, ZIP } from './magic.js';

/** A CSV file read as one sheet, and what the user should know about how it was read. */
export interface ReadCsv {
  readonly sheet: SheetGrid;
  /** Sentences for the user: a guessed encoding, a European separator. */
  readonly notes: readonly string[];
}

/**
 * Reads a CSV file as Excel saves it, as one sheet named after the file:
 * UTF-8 ("CSV UTF-8"), UTF-16 ("Unicode Text") or Windows-1252 (UK Excel's
 * "CSV (Comma delimited)"); commas, semicolons (European Excel, whose numbers
 * have decimal commas: the sheet says `decimalMark: ','`) or tabs between
 * fields, chosen from all the rows. Stops at the {@link LIMITS}.
 *
 * @param bytes - the file's bytes
 * @param file - the file as the user named it, for the sheet's name and messages
 * @returns the sheet and notes such as "read as Windows-1252"
 * @throws CliError (exit 4) for a file that is not text, over a limit, or not CSV
 * @example
 * readCsv(new TextEncoder().encode('Quantity;Value\n5;0,5\n'), 'map.csv').sheet
 * //=> { name: 'map.csv', cells: [['Quantity', 'Value'], ['5', '0,5']], decimalMark: ',' }
 */
export function readCsv(bytes: Uint8Array, file: string): ReadCsv {
  refuseBinary(bytes, file);
  const decoded = decodeText(bytes);
  if (decoded.text.includes('\u0000')) {
    throw new CliError(
      `${file} is not a text file (it holds binary data), so it cannot be read as CSV`,
      EXIT.unreadable,
    );
  }
  const shape = detectDelimiter(decoded.text);
  refuseOverLimits(shape, file);
  const name = file.split(/[\\/]/).pop() ?? file;
  const cells = parseCells(decoded.text, shape.delimiter, file);
  return {
    sheet: shape.delimiter === ';' ? { name, cells, decimalMark: ',' } : { name, cells },
    notes: notes(decoded, shape.delimiter, file),
  };
}

/** The limits are checked on the counted shape, before the parser builds anything. */
function refuseOverLimits(shape: CsvShape, file: string): void {
  const line = (at: number) => `line ${at.toLocaleString('en-GB')}`;
  if (shape.unclosedQuote !== undefined) {
    throw new CliError(
      `${file} has a quote (") on ${line(shape.unclosedQuote)} that is never closed, so the rest of the file would be one cell; ` +
        'check the quotes there, or save the sheet again from Excel',
      EXIT.unreadable,
    );
  }
  if (shape.rows > LIMITS.rows) throw overLimit(file, 'rows');
  if (shape.cells > LIMITS.cells) throw overLimit(file, 'cells');
  if (shape.longest.characters > LIMITS.text) throw overLimit(file, 'text', false, `on ${line(shape.longest.line)}`);
}

/** Parses with csv-parse, whose quoting rules the shape was counted by. */
function parseCells(text: string, delimiter: Delimiter, file: string): string[][] {
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    const where = lines === undefined ? '' : ` (near line ${lines.toLocaleString('en-GB')})`;
    // Never the parser's message: it quotes the row, which may be huge or private.
    throw new CliError(
      `${file} could not be read as CSV${where}: its quotes (") do not pair up; check them, or save the sheet again from Excel`,
      EXIT.unreadable,
    );
  }
}

/** A workbook saved with a .csv name: say so rather than read its zip bytes as text. */
function refuseBinary(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, ZIP) || startsWith(bytes, COMPOUND)) {
    throw new CliError(
      `${file} is an Excel workbook (or another zip or Office file), not CSV text; rename it to .xlsx, or save it from Excel as "CSV UTF-8"`,
      EXIT.unreadable,
    );
  }
}

function notes(decoded: DecodedText, delimiter: Delimiter, file: string): string[] {
  const said: string[] = [];
  if (decoded.encoding === 'windows-1252') {
    said.push(
      `${file} is not UTF-8: read as Windows-1252 (UK Excel's "CSV (Comma delimited)"); save as "CSV UTF-8" to avoid this`,
    );
  }
  if (decoded.guessed) {
    const order = decoded.encoding === 'utf-16be' ? 'big-endian' : 'little-endian';
    said.push(`${file} has no byte order mark: read as UTF-16 (${order}), as its bytes suggest`);
  }
  if (delimiter === ';') {
    said.push(`${file}: read with semicolons between fields and decimal commas (European Excel)`);
  }
  return said;
}
