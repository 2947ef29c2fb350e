// Every function in the built functions.json, checked against Microsoft's
// rules for custom function metadata ("Custom functions naming guidelines" and
// "Manually create JSON metadata for custom functions"), written out here so
// that the check needs no network. Excel refuses or misreads a function that
// breaks them, and a name cannot change once workbooks use it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readBuilt, ROOT } from './helpers/built-addin';

interface Parameter {
  name?: unknown;
  description?: unknown;
  optional?: unknown;
  repeating?: unknown;
}
interface FunctionMetadata {
  id?: unknown;
  name?: unknown;
  description?: unknown;
  helpUrl?: unknown;
  parameters?: Parameter[];
  result?: { dimensionality?: unknown };
  options?: Record<string, unknown>;
}
interface Metadata {
  functions: FunctionMetadata[];
  [option: string]: unknown;
}

/**
 * Excel's built-in worksheet functions that a short or financial name could
 * take: all the financial functions, and the common ones near our vocabulary.
 * (IMPACT, RATIO, VALUES, PAYBACK and TORNADO are not built-in.)
 */
const BUILT_IN_FUNCTIONS = new Set(
  [
    // Financial.
    'ACCRINT ACCRINTM AMORDEGRC AMORLINC COUPDAYBS COUPDAYS COUPDAYSNC COUPNCD COUPNUM COUPPCD CUMIPMT CUMPRINC DB DDB',
    'DISC DOLLARDE DOLLARFR DURATION EFFECT FV FVSCHEDULE INTRATE IPMT IRR ISPMT MDURATION MIRR NOMINAL NPER NPV',
    'ODDFPRICE ODDFYIELD ODDLPRICE ODDLYIELD PDURATION PMT PPMT PRICE PRICEDISC PRICEMAT PV RATE RECEIVED RRI SLN SYD',
    'TBILLEQ TBILLPRICE TBILLYIELD VDB XIRR XNPV YIELD YIELDDISC YIELDMAT',
    // Maths, statistics, lookup, text, logic and dynamic arrays.
    'ABS AVERAGE CEILING CHOOSE COUNT COUNTIF DAYS DATE DELTA EDATE EXP FACT FLOOR FORECAST GROWTH INT LN LOG MAX MEDIAN',
    'MIN MOD PERCENTILE PERCENTOF PERCENTRANK POWER PRODUCT QUARTILE RAND RANK ROUND SIGN SLOPE SQRT STDEV SUM',
    'SUMPRODUCT TREND VAR YEAR YEARFRAC TODAY NOW INDEX MATCH LOOKUP XLOOKUP VLOOKUP HLOOKUP OFFSET INDIRECT ROWS',
    'COLUMNS TEXT VALUE VALUETOTEXT ARRAYTOTEXT N T NA IF IFS AND OR NOT XOR TRUE FALSE ERROR.TYPE ISERROR ISNA',
    'FILTER SORT SORTBY UNIQUE SEQUENCE LET LAMBDA MAP REDUCE SCAN MAKEARRAY BYROW BYCOL TAKE DROP EXPAND HSTACK',
    'VSTACK TOCOL TOROW WRAPROWS WRAPCOLS GROUPBY PIVOTBY TRIMRANGE IMAGE TABLE',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Excel 4.0 macro functions (XLM), which Excel still recognises in names
 * and formulas: function names must not equal any of them.
 */
const EXCEL4_MACRO_FUNCTIONS = new Set(
  [
    'ABSREF ACTIVE.CELL ADD.BAR ADD.COMMAND ADD.MENU ADD.TOOLBAR ALERT APP.TITLE ARGUMENT BEEP BREAK CALCULATE.NOW',
    'CALCULATION CALLER CANCEL.KEY CHECK.COMMAND CLOSE COPY CREATE.OBJECT CUSTOM.REPEAT CUSTOM.UNDO DELETE.BAR',
    'DELETE.COMMAND DELETE.MENU DELETE.TOOLBAR DEREF DIALOG.BOX DIRECTORY DOCUMENTS ECHO ELSE ELSE.IF ENABLE.COMMAND',
    'ENABLE.TOOL END.IF ERROR EVALUATE EXEC EXECUTE FCLOSE FILES FOPEN FOR FOR.CELL FORMULA FORMULA.ARRAY',
    'FORMULA.CONVERT FORMULA.FILL FPOS FREAD FREADLN FSIZE FWRITE FWRITELN GET.BAR GET.CELL GET.CHART.ITEM GET.DEF',
    'GET.DOCUMENT GET.FORMULA GET.LINK.INFO GET.NAME GET.NOTE GET.OBJECT GET.PIVOT.FIELD GET.PIVOT.ITEM',
    'GET.PIVOT.TABLE GET.TOOL GET.TOOLBAR GET.WINDOW GET.WORKBOOK GET.WORKSPACE GOTO HALT HELP INITIATE INPUT',
    'LAST.ERROR LINKS MESSAGE MOVE.TOOL NAMES NEXT NOTE OPEN OPEN.DIALOG PAUSE POKE PRESS.TOOL QUIT REFTEXT REGISTER',
    'REGISTER.ID RELREF RENAME.COMMAND REQUEST RESET.TOOLBAR RESTART RESULT RESUME RETURN RUN SAVE SAVE.AS',
    'SAVE.DIALOG SAVE.TOOLBAR SELECT SELECTION SET.NAME SET.VALUE SHOW.BAR SPELLING.CHECK STEP TERMINATE TEXTREF',
    'UNREGISTER VOLATILE WAIT WHILE WINDOW.TITLE WINDOWS',
  ]
    .join(' ')
    .split(' '),
);

/** Excel's last column (XFD) and row: a name such as ABC1 would read as a cell. */
const LAST_COLUMN = 16384;
const LAST_ROW = 1048576;

function columnNumber(letters: string): number {
  return [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
}

/** Whether a name reads as a cell in A1 (A1 to XFD1048576) or R1C1 (R1C1 to R1048576C16384) style. */
function isCellReference(name: string): boolean {
  const a1 = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(name);
  if (a1 !== null) return columnNumber(a1[1] as string) <= LAST_COLUMN && Number(a1[2]) <= LAST_ROW;
  const r1c1 = /^R([1-9][0-9]{0,6})?C([1-9][0-9]{0,4})?$/.exec(name);
  return r1c1 !== null && Number(r1c1[1] ?? 1) <= LAST_ROW && Number(r1c1[2] ?? 1) <= LAST_COLUMN;
}

/** What the metadata option for Excel's data types (CustomFunctionsRuntime 1.4) is called. */
const DATA_TYPES_OPTION = 'allowCustomDataForDataTypeAny';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Every way one function breaks the rules, each as a sentence. */
function problemsOf(item: FunctionMetadata, spills: boolean): string[] {
  const problems: string[] = [];
  const { id, name } = item;
  for (const [key, value] of [
    ['id', id],
    ['name', name],
  ] as const) {
    if (typeof value !== 'string') {
      problems.push(`${key} is missing`);
      continue;
    }
    if (!/^[A-Z0-9._]+$/.test(value)) problems.push(`${key} ${value} has characters other than A-Z, 0-9, . and _`);
    if (!/^[A-Z]/.test(value)) problems.push(`${key} ${value} does not start with a letter`);
    if (value.length < 3) problems.push(`${key} ${value} is shorter than 3 characters`);
    if (value.length > 128) problems.push(`${key} ${value} is longer than 128 characters`);
  }
  if (typeof name === 'string') {
    if (BUILT_IN_FUNCTIONS.has(name)) problems.push(`name ${name} is an Excel built-in function`);
    if (EXCEL4_MACRO_FUNCTIONS.has(name)) problems.push(`name ${name} is an Excel 4.0 macro function`);
    if (isCellReference(name)) problems.push(`name ${name} is a cell reference`);
  }
  if (!isText(item.description)) problems.push('has no description');
  if (typeof item.helpUrl !== 'string' || !/^https:\/\/[^/\s]+\/\S*$/.test(item.helpUrl))
    problems.push(`helpUrl is not an https address: ${String(item.helpUrl)}`);
  const parameters = item.parameters ?? [];
  const seen = new Set<string>();
  let optionalSeen = false;
  for (const [index, parameter] of parameters.entries()) {
    const label = typeof parameter.name === 'string' ? parameter.name : `parameter ${index + 1}`;
    if (typeof parameter.name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(parameter.name))
      problems.push(`${label}: the name is not a letter followed by letters, digits or _`);
    else if (seen.has(parameter.name.toLowerCase())) problems.push(`${label}: the name is used twice`);
    else seen.add(parameter.name.toLowerCase());
    if (!isText(parameter.description)) problems.push(`${label} has no description`);
    if (parameter.optional === true) optionalSeen = true;
    else if (optionalSeen) problems.push(`${label} is required but comes after an optional parameter`);
    if (parameter.repeating === true && index !== parameters.length - 1)
      problems.push(`${label} repeats but is not the last parameter`);
  }
  const dimensionality = item.result?.dimensionality;
  if (spills && dimensionality !== 'matrix') problems.push('spills but its result is not a matrix');
  if (!spills && dimensionality === 'matrix') problems.push('returns a matrix but is not documented as spilling');
  if (item.options !== undefined && DATA_TYPES_OPTION in item.options) problems.push(`sets ${DATA_TYPES_OPTION}`);
  if (DATA_TYPES_OPTION in item) problems.push(`sets ${DATA_TYPES_OPTION}`);
  return problems;
}

/**
 * Every way a functions.json breaks the rules, as "NAME: problem"; none for a
 * valid one. `spilling` names the functions whose result spills.
 */
function metadataProblems(metadata: Metadata, spilling: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (DATA_TYPES_OPTION in metadata)
    problems.push(`${DATA_TYPES_OPTION} is set, which needs CustomFunctionsRuntime 1.4 (the manifest asks for 1.2)`);
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const item of metadata.functions) {
    const label = typeof item.name === 'string' ? item.name : String(item.id);
    problems.push(...problemsOf(item, spilling.has(label)).map((problem) => `${label}: ${problem}`));
    if (typeof item.id === 'string') {
      if (ids.has(item.id)) problems.push(`${label}: id ${item.id} is used twice`);
      ids.add(item.id);
    }
    if (typeof item.name === 'string') {
      if (names.has(item.name)) problems.push(`${label}: name ${item.name} is used twice`);
      names.add(item.name);
    }
  }
  return problems;
}

/** The functions docs/excel-functions.md's table marks "(spills)". */
function documentedSpilling(): Set<string> {
  const docs = readFileSync(path.join(ROOT, 'docs/excel-functions.md'), 'utf8');
  return new Set(
    [...docs.matchAll(/^\| \[`SROI\.([A-Z0-9._]+)`\]\(#[a-z0-9]+\)\s*\|[^|\n]*\(spills\)/gm)].map(
      (match) => match[1] as string,
    ),
  );
}

/** A function that keeps every rule, to break one at a time. */
const VALID: FunctionMetadata = {
  id: 'OUTCOMEVALUE',
  name: 'OUTCOMEVALUE',
  description: 'The value of an outcome.',
  helpUrl: 'https://example.org/help#outcomevalue',
  parameters: [
    { name: 'quantity', description: 'How many.' },
    { name: 'rate', description: 'A rate.', optional: true },
  ],
  result: {},
};
const lint = (change: Partial<FunctionMetadata>, spills = false) =>
  metadataProblems({ functions: [{ ...VALID, ...change }] }, new Set(spills ? ['OUTCOMEVALUE'] : []));

describe('the metadata rules', () => {
  it('find nothing wrong with a function that keeps them', () => {
    expect(lint({})).toEqual([]);
    expect(lint({ result: { dimensionality: 'matrix' } }, true)).toEqual([]);
  });

  it.each([
    ['PV', 'is shorter than 3 characters'],
    ['PV', 'is an Excel built-in function'],
    ['NPV', 'is an Excel built-in function'],
    ['RATE', 'is an Excel built-in function'],
    ['EVALUATE', 'is an Excel 4.0 macro function'],
    ['GET.CELL', 'is an Excel 4.0 macro function'],
    ['FILES', 'is an Excel 4.0 macro function'],
    ['ABC1', 'is a cell reference'],
    ['XFD1048576', 'is a cell reference'],
    ['R1C1', 'is a cell reference'],
    ['Impact', 'has characters other than A-Z, 0-9, . and _'],
    ['SROI-PV', 'has characters other than A-Z, 0-9, . and _'],
    ['1YEAR', 'does not start with a letter'],
    ['A'.repeat(129), 'is longer than 128 characters'],
  ])('refuse the name %s: it %s', (name, problem) => {
    expect(lint({ id: name, name })).toEqual(
      expect.arrayContaining([expect.stringContaining(`name ${name} ${problem}`)]),
    );
  });

  it.each(['IMPACT', 'RESULTS', 'PRESENTVALUE', 'XFE1', 'ABC1048577', 'SROI_2'])('accept the name %s', (name) => {
    expect(lint({ id: name, name })).toEqual([]);
  });

  it('refuse a function without a description, an https help address or described parameters', () => {
    expect(lint({ description: ' ' })).toEqual(['OUTCOMEVALUE: has no description']);
    expect(lint({ helpUrl: 'http://example.org/help' })).toEqual([
      'OUTCOMEVALUE: helpUrl is not an https address: http://example.org/help',
    ]);
    expect(lint({ parameters: [{ name: 'quantity' }] })).toEqual(['OUTCOMEVALUE: quantity has no description']);
  });

  it('refuse parameters with invalid or repeated names, or required after optional', () => {
    expect(lint({ parameters: [{ name: 'drop off', description: 'x' }] })).toEqual([
      'OUTCOMEVALUE: drop off: the name is not a letter followed by letters, digits or _',
    ]);
    expect(
      lint({
        parameters: [
          { name: 'rate', description: 'x' },
          { name: 'Rate', description: 'x' },
        ],
      }),
    ).toEqual(['OUTCOMEVALUE: Rate: the name is used twice']);
    expect(
      lint({
        parameters: [
          { name: 'rate', description: 'x', optional: true },
          { name: 'quantity', description: 'x' },
        ],
      }),
    ).toEqual(['OUTCOMEVALUE: quantity is required but comes after an optional parameter']);
  });

  it('refuse a spilling function whose result is not a matrix, and the other way round', () => {
    expect(lint({}, true)).toEqual(['OUTCOMEVALUE: spills but its result is not a matrix']);
    expect(lint({ result: { dimensionality: 'matrix' } })).toEqual([
      'OUTCOMEVALUE: returns a matrix but is not documented as spilling',
    ]);
  });

  it('refuse the data-types option anywhere, and a repeated id or name', () => {
    expect(metadataProblems({ [DATA_TYPES_OPTION]: true, functions: [VALID] }, new Set())).toHaveLength(1);
    expect(lint({ options: { [DATA_TYPES_OPTION]: true } })).toEqual([`OUTCOMEVALUE: sets ${DATA_TYPES_OPTION}`]);
    expect(metadataProblems({ functions: [VALID, VALID] }, new Set())).toEqual([
      'OUTCOMEVALUE: id OUTCOMEVALUE is used twice',
      'OUTCOMEVALUE: name OUTCOMEVALUE is used twice',
    ]);
  });
});

describe('the built functions.json', () => {
  it('keeps every rule for every function', () => {
    const metadata = JSON.parse(readBuilt('functions.json')) as Metadata;
    expect(metadata.functions.length).toBeGreaterThan(0);
    expect(metadataProblems(metadata, documentedSpilling())).toEqual([]);
  });

  it('reads the spilling functions from the documentation', () => {
    expect([...documentedSpilling()].sort()).toEqual(expect.arrayContaining(['TORNADO', 'VALUES']));
  });

  it('never mentions the data-types option, which breaks Excel 2021 and LTSC', () => {
    expect(readBuilt('functions.json')).not.toContain(DATA_TYPES_OPTION);
  });
});
