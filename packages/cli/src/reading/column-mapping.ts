import { readFile } from 'node:fs/promises';
import type { ColumnMapping } from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';

const USAGE =
  'give --columns as field=column pairs, e.g. --columns "quantity=D,proxyValue=Value per person (£),sheet=Costs", ' +
  'or the name of a .json mapping file ({ "sheet": "Costs", "headerRow": 3, "columns": { "quantity": "D" } })';

/**
 * The explicit column mapping of `--columns`: inline `field=column` pairs
 * (a column by letter or by its header text; `sheet=` and `headerRow=` say
 * where the map is), or a JSON file of the same {@link ColumnMapping}.
 *
 * @example
 * ```ts
 * await readColumnsOption('quantity=D,proxyValue=Unit value'); //=> { columns: { quantity: 'D', proxyValue: 'Unit value' } }
 * ```
 */
export async function readColumnsOption(text: string): Promise<ColumnMapping> {
  if (/\.json$/i.test(text.trim())) return fromFile(text.trim());
  const columns: Record<string, string> = {};
  let sheet: string | undefined;
  let headerRow: number | undefined;
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.indexOf('=');
    if (at <= 0)
      throw new CliError(
        `--columns: ${JSON.stringify(pair.trim().slice(0, 60))} is not field=column; ${USAGE}`,
        EXIT.usage,
      );
    const key = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (value === '') throw new CliError(`--columns: ${key} has no column; ${USAGE}`, EXIT.usage);
    if (key === 'sheet') sheet = value;
    else if (key === 'headerRow') headerRow = wholeRow(value);
    else columns[key] = value;
  }
  return { columns, ...(sheet === undefined ? {} : { sheet }), ...(headerRow === undefined ? {} : { headerRow }) };
}

function wholeRow(text: string): number {
  const row = Number(text);
  if (!Number.isInteger(row) || row < 1)
    throw new CliError(
      `--columns: headerRow must be a row number such as 3; got ${JSON.stringify(text.slice(0, 20))}`,
      EXIT.usage,
    );
  return row;
}

async function fromFile(file: string): Promise<ColumnMapping> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? 'not valid JSON' : 'cannot be read';
    throw new CliError(`--columns ${file}: ${why}; ${USAGE}`, EXIT.usage);
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const columns = record['columns'];
  const problems: string[] = [];
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
    problems.push('"columns" must be an object of field: column');
  else
    for (const [field, column] of Object.entries(columns))
      if (typeof column !== 'string') problems.push(`columns.${field} must be text (a letter or a header)`);
  if (record['sheet'] !== undefined && typeof record['sheet'] !== 'string') problems.push('"sheet" must be text');
  if (
    record['headerRow'] !== undefined &&
    (!Number.isInteger(record['headerRow']) || (record['headerRow'] as number) < 1)
  )
    problems.push('"headerRow" must be a row number, 1 or more');
  if (problems.length > 0) throw new CliError(`--columns ${file}: ${problems.join('; ')}`, EXIT.usage);
  return {
    columns: columns as Record<string, string>,
    ...(record['sheet'] === undefined ? {} : { sheet: record['sheet'] as string }),
    ...(record['headerRow'] === undefined ? {} : { headerRow: record['headerRow'] as number }),
  };
}
