/**
 * What a cell holds, whatever brought it: Office.js values, exceljs cell
 * values (formulas with results, rich text, hyperlinks, errors, dates), CSV
 * text. Readers only ever see these five kinds.
 */
export type ReadCell =
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly number: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'bad'; readonly why: string };

const BLANK: ReadCell = { kind: 'blank' };

/** A lone dash is how accounting formats and many sheets show "nothing". */
const DASH = /^[-\u2013\u2014]$/;

/** Excel's limit on the characters in one cell; longer text is refused, not read. */
export const MAX_CELL_TEXT = 32_767;

const NUMBER_TEXT = /^[(]?[£$€]?\s*[+-]?[£$€]?\s*[\d][\d,.\s\u00a0\u202f']*\s*%?[)]?$/;

/**
 * Whether text looks like a number ("1,234.50", "£1,200", "20 %", "1.650,00"),
 * so a row holding it is data, not headers.
 */
export function isNumberText(text: string): boolean {
  return NUMBER_TEXT.test(text);
}

/**
 * Classifies any cell value.
 *
 * @example
 * ```ts
 * readCell('  20% ');                          //=> { kind: 'text', text: '20%' }
 * readCell({ formula: 'A1*2', result: 4 });     //=> { kind: 'number', number: 4 }
 * readCell({ error: '#DIV/0!' });              //=> { kind: 'bad', why: 'the cell shows the error #DIV/0!' }
 * ```
 */
export function readCell(value: unknown): ReadCell {
  if (value === null || value === undefined) return BLANK;
  // Numbers first: most cells of a map hold them.
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { kind: 'number', number: value }
      : { kind: 'bad', why: `the cell holds ${String(value)}, not a number` };
  }
  if (typeof value === 'string') {
    if (value.length > MAX_CELL_TEXT) {
      return {
        kind: 'bad',
        why: `the cell holds ${value.length.toLocaleString('en-GB')} characters; a cell may hold at most ${MAX_CELL_TEXT.toLocaleString('en-GB')} (Excel's limit)`,
      };
    }
    const text = value.trim();
    return text === '' || (text.length === 1 && DASH.test(text)) ? BLANK : { kind: 'text', text };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'bad', why: 'the cell holds a date' };
  if (typeof value !== 'object') return { kind: 'bad', why: 'the cell holds a value that cannot be read' };
  const record = value as Record<string, unknown>;
  if (typeof record['error'] === 'string') {
    // Excel's errors are short codes (#N/A, #DIV/0!); anything longer is not echoed.
    const error = record['error'].length <= 16 ? ` ${record['error']}` : '';
    return { kind: 'bad', why: `the cell shows the error${error}` };
  }
  if (typeof record['formula'] === 'string' || typeof record['sharedFormula'] === 'string') {
    const result = record['result'];
    if (result === undefined || result === null) {
      return {
        kind: 'bad',
        why: 'the cell is a formula with no saved result; open and save the file in Excel or LibreOffice, or type the value',
      };
    }
    return readCell(result);
  }
  if (Array.isArray(record['richText'])) {
    const parts = record['richText'] as unknown[];
    return readCell(
      parts
        .map((part) =>
          typeof part === 'object' && part !== null ? String((part as { text?: unknown }).text ?? '') : '',
        )
        .join(''),
    );
  }
  if (typeof record['text'] === 'string') return readCell(record['text']);
  return { kind: 'bad', why: 'the cell holds a value that cannot be read' };
}

/** The cell as text for messages and header matching ('' when blank or unreadable). */
export function cellText(cell: ReadCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.number);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return '';
  }
}
