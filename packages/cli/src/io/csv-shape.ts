/** The separators Excel saves CSV and text files with. */
export type Delimiter = ',' | ';' | '\t';

/** What a CSV file would be with one separator: counted, not parsed, so nothing large is built. */
export interface CsvShape {
  readonly delimiter: Delimiter;
  readonly rows: number;
  readonly cells: number;
  /** The longest field: its characters and the line it starts on. */
  readonly longest: { readonly characters: number; readonly line: number };
  /** The line of a quoted field that runs to the end of the file, if one does. */
  readonly unclosedQuote?: number;
  /** The number of rows split into the most common number of fields, times their separators: see detectDelimiter. */
  readonly consistency: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Counts the rows, fields and longest field of CSV text with one separator,
 * as the CSV parser (csv-parse with relaxed quotes) would split it: a quote
 * opens a field only at its start, `""` inside is one quote, and line breaks
 * are `\r\n`, `\n` or `\r`. A loop over character codes, many times faster
 * than parsing, so a file over the limits is refused in seconds.
 *
 * @param text - the whole file
 * @param delimiter - the separator to try
 * @returns the counts
 * @example
 * csvShape('a;b\n"c;d";e\n', ';').rows //=> 2
 */
export function csvShape(text: string, delimiter: Delimiter): CsvShape {
  const separator = delimiter.charCodeAt(0);
  const rowsByFields = new Map<number, number>();
  let [rows, cells, fields, line] = [0, 0, 0, 1];
  let longest = { characters: 0, line: 1 };
  let unclosedQuote: number | undefined;
  const endRow = () => {
    fields += 1;
    rows += 1;
    cells += fields;
    if (fields > 1) rowsByFields.set(fields, (rowsByFields.get(fields) ?? 0) + 1);
    fields = 0;
  };
  let i = 0;
  while (i < text.length) {
    const start = line;
    let characters = 0;
    if (text.charCodeAt(i) === QUOTE) {
      let closed = false;
      for (i += 1; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (code === QUOTE) {
          if (text.charCodeAt(i + 1) !== QUOTE) {
            closed = true;
            i += 1;
            break;
          }
          i += 1;
        } else if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line += 1;
        characters += 1;
      }
      if (!closed) unclosedQuote = start;
    }
    for (; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === separator || code === LF || code === CR) break;
      characters += 1;
    }
    if (characters > longest.characters) longest = { characters, line: start };
    if (i >= text.length) {
      endRow();
      break;
    }
    if (text.charCodeAt(i) === separator) {
      fields += 1;
      i += 1;
      if (i >= text.length) endRow();
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line += 1;
    endRow();
  }
  let consistency = 0;
  for (const [count, times] of rowsByFields) consistency = Math.max(consistency, times * (count - 1));
  return {
    delimiter,
    rows,
    cells,
    longest,
    ...(unclosedQuote === undefined ? {} : { unclosedQuote }),
    consistency,
  };
}
