import { evaluate } from '@sroi/core';
import { formatCellProblem, fromWorkbook, type SheetGrid } from '@sroi/workbook';

const messages = (sheets: SheetGrid[]) => fromWorkbook(sheets, { defaultName: 'Test' }).problems.map(formatCellProblem);

/** A commissioner's own sheet: a title, odd headers, a stakeholder group row, a blank row and a totals row. */
const commissionerSheet: SheetGrid = {
  name: 'Value map',
  cells: [
    ['Stage 3 and 4: Value map', null, null],
    [],
    [
      'STAKEHOLDERS',
      'The outcome (what changes)',
      'Quantity',
      'Duration (years)',
      'Financial proxy',
      'Value £',
      'Source',
      'DW',
      'Displacement %',
      'Attribution (%)',
      'Drop off',
      'Impact',
    ],
    ['Patients', null, null, null, null, null, null, null, null, null, null, null],
    [
      null,
      'Less isolated',
      120,
      2,
      'Cost of a befriending service',
      850,
      'Illustrative',
      '20%',
      0,
      0.3,
      '50%',
      { formula: 'C5*F5', result: 999 },
    ],
    [null, 'Fewer GP visits', '1,500', 1, 'GP appointment', '£42.00', 'Illustrative', 0.1, null, '25 %', null, null],
    [null, null, null, null, null, null, null, null, null, null, null, null],
    ['Carers', 'More free time', 40, 3, 'Respite care hour', 18.5, 'Illustrative', 0.25, 0, 0, 0.2, null],
    ['Total', null, null, null, null, null, null, null, null, null, null, 123456],
  ],
};

describe("fromWorkbook on a commissioner's own sheet", () => {
  const read = fromWorkbook([commissionerSheet], { defaultName: 'My map' });

  it('finds the map by its headers and reads every outcome row, skipping title, blank, group and totals rows', () => {
    expect(read.problems).toEqual([]);
    expect(read.evaluation?.outcomes.map((outcome) => outcome.description)).toEqual([
      'Less isolated',
      'Fewer GP visits',
      'More free time',
    ]);
  });

  it('carries a stakeholder down to the rows below it, and makes stakeholders from the names used', () => {
    expect(read.evaluation?.outcomes.map((outcome) => outcome.stakeholder)).toEqual(['Patients', 'Patients', 'Carers']);
    expect(read.evaluation?.stakeholders).toEqual([
      { id: 'Patients', name: 'Patients' },
      { id: 'Carers', name: 'Carers' },
    ]);
  });

  it('reads aliases (DW, Displacement %, Attribution (%), Drop off), 20% text, 0.2 numbers, thousands separators and £', () => {
    const [first, second] = read.evaluation?.outcomes ?? [];
    expect(first).toMatchObject({
      quantity: 120,
      duration: 2,
      deadweight: 0.2,
      displacement: 0,
      attribution: 0.3,
      dropOff: 0.5,
    });
    expect(first?.proxy).toEqual({ value: 850, description: 'Cost of a befriending service', source: 'Illustrative' });
    expect(second).toMatchObject({ quantity: 1500, deadweight: 0.1, attribution: 0.25 });
    expect(second?.proxy.value).toBe(42);
  });

  it('ignores computed columns (Impact) and uses the file name when no name is given', () => {
    expect(read.evaluation?.name).toBe('My map');
    expect(evaluate(read.evaluation!).impact.toNumber()).toBeCloseTo(
      120 * 850 * 0.8 * 0.7 + 1500 * 42 * 0.9 * 0.75 + 40 * 18.5 * 0.75,
      6,
    );
  });
});

describe('fromWorkbook problems', () => {
  const header = [
    'Stakeholder',
    'Outcome',
    'Quantity',
    'Duration',
    'Proxy value',
    'Deadweight',
    'Attribution',
    'Drop-off',
    'Start year',
  ];
  const sheet = (...rows: unknown[][]): SheetGrid => ({ name: 'Impact Map', cells: [['Impact map'], header, ...rows] });

  it('reports a share over 100% with its sheet and cell', () => {
    expect(messages([sheet(['p', 'x', 10, 1, 100, 1.2, 0, 0])])).toEqual([
      'Impact Map!F3: deadweight 1.2 is over 100%: did you mean 1.2%? Enter it as 1.2% or 0.012',
    ]);
  });

  it('asks about a bare 20 rather than guessing 20%', () => {
    expect(messages([sheet(['p', 'x', 10, 1, 100, 0, 20, 0])])).toEqual([
      'Impact Map!G3: attribution 20 is over 100%: did you mean 20%? Enter it as 20% or 0.2',
    ]);
  });

  it('reports every problem at once, in reading order, each at its cell', () => {
    const problems = messages([
      sheet(
        ['p', 'x', 'many', 1, 100, 0, 0, 0],
        ['p', 'y', 10, 1.5, 100, '-5%', 0, '150%'],
        ['p', null, 10, 0, 'free', 0, 0, 0, 0],
      ),
    ]);
    expect(problems).toEqual([
      'Impact Map!C3: quantity must be a number, 0 or more; got "many"',
      'Impact Map!D4: duration must be a whole number of years from 1 to 1000; got 1.5',
      'Impact Map!F4: deadweight -5% is below 0%; enter a share from 0% to 100%, such as 20% or 0.2',
      'Impact Map!H4: drop-off 150% is over 100%; enter a share from 0% to 100%, such as 20% or 0.2',
      'Impact Map!B5: outcome description must be text; got nothing',
      'Impact Map!D5: duration must be a whole number of years from 1 to 1000; got 0',
      'Impact Map!E5: proxy value must be a number (negative for a disbenefit); got "free"',
      'Impact Map!I5: start year must be a whole number from 1 (the year of the activity) to 1000, or During / After; got 0',
    ]);
  });

  it("places the engine's own checks on cells: unknown stakeholders, duplicate ids, subtractive sums", () => {
    const problems = messages([
      {
        name: 'Settings',
        cells: [
          ['Name', 'X'],
          ['Reductions', 'Subtractive'],
        ],
      },
      {
        name: 'Stakeholders',
        cells: [
          ['ID', 'Name'],
          ['p', 'Patients'],
        ],
      },
      {
        name: 'Impact Map',
        cells: [
          [
            'Stakeholder',
            'Outcome ID',
            'Outcome',
            'Quantity',
            'Duration',
            'Proxy value',
            'DW',
            'Displacement',
            'Attribution',
          ],
          ['q', 'a', 'x', 1, 1, 1, 0, 0, 0],
          ['Patients', 'a', 'y', 1, 1, 1, 0.5, 0.4, 0.3],
        ],
      },
    ]);
    expect(problems).toEqual([
      'Impact Map!A2: stakeholder "q" is not in the stakeholders list; known stakeholders: "p"',
      'Impact Map!B3: outcome id "a" is used twice; ids must be unique',
      'Impact Map!C3: deadweight + displacement + attribution is 120%, over 100%, which subtractive reductions cannot take; lower them or use multiplicative reductions',
    ]);
  });

  it('says when there is no impact map, naming the sheets searched', () => {
    const read = fromWorkbook([
      { name: 'Sheet1', cells: [['Hello', 'world']] },
      { name: 'Notes', cells: [] },
    ]);
    expect(read.evaluation).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({
        sheet: null,
        code: 'no-impact-map',
        message: expect.stringContaining('sheets: Sheet1, Notes'),
      }),
    ]);
  });

  it('says when the impact map is empty, at its header row', () => {
    const read = fromWorkbook([sheet([], ['Total', null, null])], { defaultName: 'x' });
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Impact Map!A2: the impact map has no outcomes: add one row per outcome below the headers',
    ]);
    expect(read.problems[0]?.code).toBe('empty-impact-map');
  });

  it('reports cells showing errors and formulas without saved results', () => {
    expect(messages([sheet(['p', 'x', { error: '#REF!' }, 1, { formula: 'A1*2' }, 0, 0, 0])])).toEqual([
      'Impact Map!C3: quantity: the cell shows the error #REF!',
      'Impact Map!E3: proxy value: the cell is a formula with no saved result; open and save the file in Excel or LibreOffice, or type the value',
    ]);
  });

  it('reads settings and inputs stacked in one sheet, as in a CSV file', () => {
    const read = fromWorkbook([
      {
        name: 'map.csv',
        cells: [
          ['Name', 'Befriending pilot'],
          ['Timing', 'Mid year'],
          ['Discount rate', '3.5%'],
          [],
          ['Stakeholder', 'Description', 'Amount', 'Year'],
          ['ICB', 'Grant', '40000', ''],
          ['ICB', 'Grant', '10000', '1'],
          [],
          ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Value', 'Deadweight %'],
          ['Patients', 'Less isolated', '100', '2', '500', '20%'],
        ],
      },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.evaluation).toEqual({
      name: 'Befriending pilot',
      timing: 'mid-year',
      discount: { rate: 0.035 },
      stakeholders: [
        { id: 'Patients', name: 'Patients' },
        { id: 'ICB', name: 'ICB' },
      ],
      inputs: [
        { stakeholder: 'ICB', description: 'Grant', amount: 40000 },
        { stakeholder: 'ICB', description: 'Grant', amount: 10000, year: 1 },
      ],
      outcomes: [
        {
          id: 'row-10',
          stakeholder: 'Patients',
          description: 'Less isolated',
          quantity: 100,
          duration: 2,
          proxy: { value: 500 },
          deadweight: 0.2,
        },
      ],
    });
  });

  it('reads the value map\'s "Financial proxy" as the proxy\'s description when a "Value" column is there', () => {
    const read = fromWorkbook(
      [
        {
          name: 'Impact',
          cells: [
            ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Financial proxy', 'Value', 'Source'],
            ['p', 'x', 1, 1, 'GP visit', 42, 'PSSRU'],
          ],
        },
      ],
      { defaultName: 'x' },
    );
    // A Source column after the proxy's columns is the proxy's source, as in the value map.
    expect(read.evaluation?.outcomes[0]?.proxy).toEqual({ value: 42, description: 'GP visit', source: 'PSSRU' });
    expect(read.evaluation?.outcomes[0]?.source).toBeUndefined();
  });

  it('reports a second column with the same meaning instead of silently reading one', () => {
    expect(
      messages([
        {
          name: 'Impact Map',
          cells: [
            ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Proxy value', 'DW', 'Deadweight'],
            ['p', 'x', 1, 1, 1, 0, 0.5],
          ],
        },
      ]),
    ).toEqual([
      'Impact Map!G1: a second Deadweight column (the first is F1): which one holds the deadweight? Rename the other, or say which with a column mapping',
    ]);
  });

  it('points a place to put a missing required column', () => {
    expect(
      messages([
        {
          name: 'Impact Map',
          cells: [
            ['Stakeholder', 'Outcome', 'Quantity', 'Proxy value'],
            ['p', 'x', 1, 1],
            ['p', 'y', 2, 2],
          ],
        },
      ]),
    ).toEqual([
      'Impact Map!A1: the impact map has no Duration column; add one (Years the outcome lasts: a whole number, at least 1.)',
    ]);
  });
});
