import { SHEETS } from '../layout/names.js';

/** Which sheet of the layout: `settings`, `stakeholders`, `inputs`, `impactMap`, `quantityByYear`, `discounting`, `results`. */
export type SheetKey = keyof typeof SHEETS;

/** The name of every sheet of the layout. */
export type SheetNames = Readonly<Record<SheetKey, string>>;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/;
/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;
/** Excel keeps this name for its change history: no sheet may take it. */
export const RESERVED_SHEET_NAME = 'History';

/**
 * The layout's sheet names with the wanted ones in place of the defaults
 * ({@link SHEETS}), checked against Excel's rules so a workbook written with
 * them opens: 1 to 31 characters, none of `: \ / ? * [ ]`, not starting or
 * ending with an apostrophe, not `History`, and all distinct ignoring case.
 *
 * @param wanted - names by sheet, e.g. `{ impactMap: 'Impact Map (2)' }`; sheets left out keep their default
 * @returns every sheet's name
 * @throws RangeError naming each bad name and what a valid one is
 *
 * @example
 * ```ts
 * sheetNamesOf({ results: 'Results 2' }).results;  //=> 'Results 2'
 * sheetNamesOf({ results: 'Results 2' }).settings; //=> 'Settings'
 * sheetNamesOf({ results: 'a/b' });                //=> throws RangeError
 * ```
 */
export function sheetNamesOf(wanted: Partial<Record<SheetKey, string>> = {}): SheetNames {
  const problems: string[] = [];
  const keys = Object.keys(SHEETS) as SheetKey[];
  for (const key of Object.keys(wanted)) {
    if (!(keys as string[]).includes(key))
      problems.push(`sheetNames.${key}: not a sheet of the layout; the sheets are ${keys.join(', ')}`);
  }
  const names = Object.fromEntries(
    keys.map((key) => [key, wanted[key] === undefined ? SHEETS[key] : wanted[key]]),
  ) as Record<SheetKey, string>;
  for (const key of keys) {
    if (wanted[key] === undefined) continue;
    const problem = sheetNameProblem(names[key]);
    if (problem !== null) problems.push(`sheetNames.${key}: ${problem}`);
  }
  const seen = new Map<string, SheetKey>();
  for (const key of keys) {
    if (typeof names[key] !== 'string') continue;
    const folded = names[key].toLocaleLowerCase('en');
    const first = seen.get(folded);
    if (first === undefined) seen.set(folded, key);
    else
      problems.push(
        `sheetNames.${key}: ${JSON.stringify(names[key])} is also the ${first} sheet's name (${JSON.stringify(names[first])}); Excel needs every sheet's name to differ, ignoring case`,
      );
  }
  if (problems.length > 0) throw new RangeError(problems.join('\n'));
  return names;
}

/** What is wrong with a sheet name under Excel's rules, or null when it is valid. */
function sheetNameProblem(name: unknown): string | null {
  const valid = `a sheet name is 1 to ${MAX_SHEET_NAME} characters, none of : \\ / ? * [ ], neither starting nor ending with an apostrophe, and not "History"`;
  if (typeof name !== 'string') return `${String(name)} is not text; ${valid}`;
  const quoted = JSON.stringify(name);
  if (name.length === 0) return `the name is empty; ${valid}`;
  if (name.length > MAX_SHEET_NAME) return `${quoted} has ${name.length} characters; ${valid}`;
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden !== null) return `${quoted} has ${forbidden[0]}; ${valid}`;
  if (name.startsWith("'") || name.endsWith("'")) return `${quoted} starts or ends with an apostrophe; ${valid}`;
  if (name.toLocaleLowerCase('en') === RESERVED_SHEET_NAME.toLocaleLowerCase('en'))
    return `${quoted} is kept by Excel for its change history; ${valid}`;
  return null;
}

/**
 * A name Excel accepts for a sheet, made from any text: the characters it
 * refuses become spaces, apostrophes at either end go, and the name is cut to
 * {@link MAX_SHEET_NAME} characters; nothing left gives "Sheet". (It does not
 * make the name unique: see the task pane's `uniqueSheetNames`.)
 *
 * @example
 * ```ts
 * excelSheetName("'a/b:c'"); //=> 'a b c'
 * excelSheetName('');        //=> 'Sheet'
 * ```
 */
export function excelSheetName(wanted: string): string {
  const clean = wanted
    .replace(new RegExp(FORBIDDEN.source, 'g'), ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return clean === '' ? 'Sheet' : clean;
}
