// What the reader says besides problems: warnings at cells, the mapping it
// used, an explicit column mapping, and numbers written with decimal commas.
// Expected figures are worked by hand in the comments.
import { formatCellProblem, fromWorkbook, type SheetGrid } from '@sroi/workbook';

const read = (sheets: SheetGrid[], options = {}) => fromWorkbook(sheets, { defaultName: 'Test', ...options });
// Most maps here have no inputs; that warning has a test of its own.
const NO_INPUTS = /^no inputs were found/;
const warningsOf = (sheets: SheetGrid[], options = {}) =>
  read(sheets, options)
    .warnings.map(formatCellProblem)
    .filter((warning) => !NO_INPUTS.test(warning));

const HEADERS = ['Stakeholder', 'Outcome', 'Quantity', 'Proxy value', 'Duration', 'Deadweight', 'Displacement'];

describe('fromWorkbook warnings', () => {
  it('names the reductions it found no column for, once, at the header row', () => {
    expect(warningsOf([{ name: 'Map', cells: [HEADERS, ['P', 'W', 10, 100, 1, 0.2, 0]] }])).toEqual([
      'Map!A1: no Attribution or Drop-off column was found, so each is taken as 0% for every outcome; add the column, or name it with a column mapping if it is there under another header',
    ]);
  });

  it("checks the sheet's own Impact against the engine and names subtractive reductions as the likely reason", () => {
    // 10 x 100 x (1 - 0.2)(1 - 0.1)(1 - 0.25) = 540; subtracted: 10 x 100 x (1 - 0.55) = 450.
    const cells = [
      [...HEADERS, 'Attribution', 'Drop-off', 'Impact'],
      ['P', 'W', 10, 100, 1, 0.2, 0.1, 0.25, 0, 450],
      ['P', 'X', 10, 100, 1, 0.2, 0.1, 0.25, 0, 540],
    ];
    const warnings = warningsOf([{ name: 'Map', cells }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Map!J2: the sheet's impact 450\.00 differs from the engine's 540\.00 .*subtracts the reductions/,
    );
  });

  it('checks the Stage 5 total present value and ratio, naming a year 1 left undiscounted', () => {
    // One outcome of 1,000 in year 1; inputs 500. End of year: PV 1,000 / 1.035 = 966.18, ratio 1.9324.
    // Start of year (year 1 undiscounted): PV 1,000, ratio 2.
    const cells = [
      [...HEADERS, 'Attribution', 'Drop-off'],
      ['P', 'W', 10, 100, 1, 0, 0, 0, 0],
      [],
      ['Discount rate (%)', 0.035],
      ['Total Present Value (PV)', 1000],
      ['Social Return £ per £', 1.9324],
    ];
    const sheets = [
      { name: 'Map', cells },
      {
        name: 'Inputs',
        cells: [
          ['Description', 'Amount'],
          ['Grant', 500],
        ],
      },
    ];
    expect(warningsOf(sheets)).toEqual([
      "Map!B5: the sheet's total present value 1,000.00 differs from the engine's 966.18; likely reason: the sheet does not discount year 1 (start-of-year timing); set Timing to start-of-year if that is meant",
    ]);
  });

  it('says when no inputs were found, naming an Inputs sheet it could not read', () => {
    const sheets = [
      { name: 'Map', cells: [HEADERS, ['P', 'W', 10, 100, 1, 0, 0]] },
      {
        name: 'Budget',
        cells: [
          ['Item', 'Total cost to us'],
          ['Staff', 30000],
        ],
      },
    ];
    expect(read(sheets).warnings.map(formatCellProblem)).toContain(
      'no inputs were found (the sheet "Budget" has no table sroi recognises), so there is no SROI ratio: add an Inputs table with Description and Amount (or Cost) columns, or the value map\'s Inputs columns',
    );
  });

  it('says when a column of figures has a header it does not know, so it is not read', () => {
    const cells = [
      [...HEADERS, 'Attribution', 'Drop-off', 'Benefit starts', 'Notes'],
      ['P', 'W', 10, 100, 1, 0, 0, 0, 0, 2, 'from the survey'],
    ];
    expect(warningsOf([{ name: 'Map', cells }])).toEqual([
      'Map!J1: the column "Benefit starts" holds figures but is not read: no field has that header; if it is one (a quantity, value, share, amount or year), rename it or name it with a column mapping',
    ]);
  });

  it('says when a setting is written twice, and which one is read', () => {
    const sheets = [
      { name: 'Settings', cells: [['Discount rate', 0.035]] },
      {
        name: 'Map',
        cells: [
          [...HEADERS, 'Attribution', 'Drop-off'],
          ['P', 'W', 10, 100, 1, 0, 0, 0, 0],
          [],
          ['Discount rate', 0.03],
        ],
      },
    ];
    const result = read(sheets);
    expect(result.evaluation?.discount).toEqual({ rate: 0.035 });
    expect(result.warnings.map(formatCellProblem).filter((w) => !NO_INPUTS.test(w))).toEqual([
      'Map!B4: the discount rate is written twice: Settings!B1 (0.035) is read and this one (0.03) is not; keep one',
    ]);
  });

  it('says when a setting is written where it is not read', () => {
    const sheets = [
      {
        name: 'Map',
        cells: [
          [...HEADERS, 'Attribution', 'Drop-off'],
          ['P', 'W', 10, 100, 1, 0, 0, 0, 0],
          [],
          ['Discount rate', null, 0.03],
        ],
      },
    ];
    const result = read(sheets);
    expect(result.evaluation?.discount).toBeUndefined();
    expect(result.warnings.map(formatCellProblem).filter((w) => !NO_INPUTS.test(w))).toEqual([
      'Map!C4: this looks like the discount rate but is not read: the value must be in the cell right of its label (Map!B4); the default is used',
    ]);
  });
});

describe('fromWorkbook settings', () => {
  it('refuses a prototype key as a choice', () => {
    const sheets = [
      {
        name: 'Settings',
        cells: [
          ['Discount', 'constructor'],
          ['Timing', '__proto__'],
        ],
      },
      { name: 'Map', cells: [HEADERS, ['P', 'W', 10, 100, 1, 0, 0]] },
    ];
    expect(read(sheets).problems.map(formatCellProblem)).toEqual([
      'Settings!B1: discount must be one of constant, green-book, green-book-health, rates; got "constructor"',
      'Settings!B2: timing must be one of end-of-year, start-of-year, mid-year; got "__proto__"',
    ]);
  });

  it('reads a rate written in the Discount row as that constant rate, and the Green Book by its full name', () => {
    const map = { name: 'Map', cells: [HEADERS, ['P', 'W', 10, 100, 1, 0, 0]] };
    expect(read([{ name: 'Settings', cells: [['Discount', '3%']] }, map]).evaluation?.discount).toEqual({ rate: 0.03 });
    expect(
      read([{ name: 'Settings', cells: [['Discount', 'HM Treasury Green Book']] }, map]).evaluation?.discount,
    ).toEqual({
      schedule: 'green-book',
    });
    expect(read([{ name: 'Settings', cells: [['Social discount rate', 0.015]] }, map]).evaluation?.discount).toEqual({
      rate: 0.015,
    });
  });

  it('asks about a discount rate of 1 rather than discounting at 100% a year', () => {
    const map = { name: 'Map', cells: [HEADERS, ['P', 'W', 10, 100, 1, 0, 0]] };
    expect(read([{ name: 'Settings', cells: [['Discount rate', 1]] }, map]).problems.map(formatCellProblem)).toEqual([
      'Settings!B1: discount rate 1 is 100% a year: did you mean 1%? Enter it as 1% or 0.01',
    ]);
  });

  it('asks the same about a discount rate written as the text "1", as a CSV holds it', () => {
    const map = { name: 'Map', cells: [HEADERS, ['P', 'W', 10, 100, 1, 0, 0]] };
    expect(read([{ name: 'Settings', cells: [['Discount rate', '1']] }, map]).problems.map(formatCellProblem)).toEqual([
      'Settings!B1: discount rate 1 is 100% a year: did you mean 1%? Enter it as 1% or 0.01',
    ]);
  });

  it('says when an outcome row is hidden in Excel', () => {
    const cells = [HEADERS, ['P', 'W', 10, 100, 1, 0, 0], ['P', 'Old outcome', 999, 100, 1, 0, 0]];
    expect(warningsOf([{ name: 'Map', cells, hiddenRows: [2] }])).toContain(
      'Map!A3: this row is hidden in Excel but is read like any other: unhide it to check it, or delete it if it should not count',
    );
  });

  it('reads a Year row written as text (a CSV) for rates by year', () => {
    const cells = [
      ['Discount', 'rates'],
      ['Year', '1', '2'],
      ['Rate', '3%', '2%'],
      [],
      HEADERS,
      ['P', 'W', '10', '100', '2', '0', '0'],
    ];
    expect(read([{ name: 'map.csv', cells }]).evaluation?.discount).toEqual({ rates: [0.03, 0.02] });
  });
});

describe('fromWorkbook numbers written with decimal commas', () => {
  const rows = (quantity: string, value: string) => [HEADERS, ['P', 'W', quantity, value, '1', '20,5%', '0']];

  it('reads "1.450" as 1,450 and "1.650,00" as 1,650 where the sheet writes decimal commas', () => {
    const outcome = read([{ name: 'eu.csv', cells: rows('1.450', '1.650,00'), decimalMark: ',' }]).evaluation
      ?.outcomes[0];
    expect(outcome).toMatchObject({ quantity: 1450, proxy: { value: 1650 }, deadweight: 0.205 });
  });

  it('refuses a number that reads two ways where the sheet writes numbers both ways, giving both readings', () => {
    const cells = [...rows('1.450', '1.650,00'), ['P', 'X', '2', '12.5', '1', '0', '0']];
    expect(read([{ name: 'mixed.csv', cells, decimalMark: ',' }]).problems.map(formatCellProblem)).toContain(
      'mixed.csv!C2: quantity "1.450" could be 1450 or 1.450, and this sheet writes numbers both ways ("1.650,00" and "12.5"); write it without a thousands separator (1450 or 1.450)',
    );
  });
});

describe('fromWorkbook with an explicit column mapping', () => {
  const cells = [
    ['Who', 'What changes', 'Headcount', 'Worth', 'Lasts', 'DW'],
    ['Tenants', 'Stay housed', 12, 2500, 2, 0.25],
  ];

  it('reads the fields it names from their columns, by letter or header, and finds the rest by their headers', () => {
    const result = read([{ name: 'Own', cells }], {
      columns: { columns: { quantity: 'C', proxyValue: 'Worth', duration: 'E', description: 'B' } },
    });
    expect(result.problems).toEqual([]);
    expect(result.evaluation?.outcomes[0]).toMatchObject({
      stakeholder: 'Tenants',
      description: 'Stay housed',
      quantity: 12,
      proxy: { value: 2500 },
      duration: 2,
      deadweight: 0.25,
    });
    const quantity = result.mapping[0]?.columns.find((column) => column.column === 'C');
    expect(quantity).toEqual({ field: 'quantity', column: 'C', header: 'Headcount', how: 'mapping' });
  });

  it('names what is wrong with a mapping and what would be valid', () => {
    const messages = read([{ name: 'Own', cells }], {
      columns: { sheet: 'Costs', columns: { quantity: 'C' } },
    }).problems.map(formatCellProblem);
    expect(messages[0]).toBe('column mapping: no sheet is named "Costs"; the sheets are "Own"');
    const unknown = read([{ name: 'Own', cells }], { columns: { columns: { qty: 'C', proxyValue: 'Nope' } } }).problems;
    expect(unknown.map(formatCellProblem).slice(0, 2)).toEqual([
      expect.stringMatching(/^column mapping: "qty" is not a field; use one of stakeholder, id, description/),
      expect.stringMatching(/^Own!A1: column mapping: no column is headed "Nope" in row 1; the headers are "Who"/),
    ]);
  });
});

describe('fromWorkbook on the template as some editions lay it out', () => {
  // Labels, then the template's questions (asked as "you") in a row of their own, then data.
  const cells = [
    ['Organisation name:', 'Northside Trust'],
    [],
    ['Stakeholders', 'Inputs', null, 'The Outcomes (what changes)', null, null, null, 'Deadweight %', 'Impact'],
    [null, 'Description', 'Value £', 'Description', 'Quantity', 'Duration', 'Value £', null, null],
    [
      'Who do we have an effect on? Who has an effect on us?',
      'What do they invest?',
      null,
      'How would the stakeholder describe the changes?',
      'How much change was there?',
      'How long does it last?',
      'What is the value of the change?',
      'What would have happened without the activity?',
      'Quantity times financial proxy, less deadweight, displacement and attribution',
    ],
    ['Tenants', 'Grant', '1000', 'Stay housed', '10', '3 years', '£100', '20%', '800'],
  ];

  it('takes the question row as part of the header, "3 years" as 3, and the organisation as the name', () => {
    const result = read([{ name: 'map.csv', cells }]);
    expect(result.problems).toEqual([]);
    expect(result.evaluation?.name).toBe('Northside Trust');
    expect(result.evaluation?.outcomes[0]).toMatchObject({ quantity: 10, duration: 3, deadweight: 0.2 });
    expect(result.evaluation?.inputs).toEqual([{ stakeholder: 'Tenants', description: 'Grant', amount: 1000 }]);
  });

  it("checks the sheet's own Impact in a CSV, where it is text", () => {
    // 10 x 100 x (1 - 0.2) = 800 agrees; 900 does not.
    expect(read([{ name: 'map.csv', cells }]).warnings.map(formatCellProblem)).toEqual([
      expect.stringMatching(/^map\.csv!A5: no Displacement, Attribution or Drop-off column was found/),
    ]);
    const wrong = cells.map((row, index) => (index === 5 ? [...row.slice(0, 8), '900'] : row));
    expect(read([{ name: 'map.csv', cells: wrong }]).warnings.map(formatCellProblem)).toContainEqual(
      expect.stringMatching(/^map\.csv!I6: the sheet's impact 900\.00 differs from the engine's 800\.00/),
    );
  });
});
