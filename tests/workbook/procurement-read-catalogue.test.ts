import { catalogueFromSheets, formatCellProblem, priceIndexFromSheets } from '@sroi/workbook';
import { frozen } from './procurement-read-fixtures';

/** A practitioner's own framework: its own column order and headers, a title, an empty row, amounts as text. */
const practitioners = frozen('TOMs 2025', [
  ['Framework', 'Anytown social value framework 2025'],
  [],
  ['Ref', 'Themes', 'Pillar', 'Outcomes', 'Measures', 'Units', 'Proxy Values (£)', 'Price base', 'Evidence'],
  [
    'EMP-1',
    'Jobs',
    'Economic',
    'More local people in work',
    'Local people employed',
    'person-year',
    '£14,500.50',
    2024,
    'Illustrative',
  ],
  [
    'ENV-1',
    'Carbon',
    'ENVIRONMENTAL',
    'Less carbon',
    'Tonnes CO2e saved',
    'tonne CO2e',
    '1,250',
    '2023',
    'Illustrative',
  ],
  [],
  ['SOC-1', 'Volunteering', 'social', 'More volunteering', 'Hours volunteered', 'hour', 18, 2024, 'Illustrative'],
]);

const HEADERS = ['Code', 'Domain', 'Theme', 'Outcome', 'Measure', 'Unit', 'Proxy value', 'Price year', 'Source'];
const row = (code: unknown, domain: unknown, proxy: unknown) => [
  code,
  domain,
  'Jobs',
  'More local people in work',
  'Local people employed',
  'person-year',
  proxy,
  2024,
  'Illustrative',
];

describe('catalogueFromSheets', () => {
  it("reads a practitioner's framework in its own column order, with aliases, £ signs and thousands separators", () => {
    const read = catalogueFromSheets([practitioners]);
    expect(read.problems).toEqual([]);
    expect(read.value?.name).toBe('Anytown social value framework 2025');
    expect(read.value?.measures.map((m) => [m.code, m.domain, m.theme, m.proxy, m.priceYear, m.unit])).toEqual([
      ['EMP-1', 'economic', 'Jobs', 14500.5, 2024, 'person-year'],
      ['ENV-1', 'environmental', 'Carbon', 1250, 2023, 'tonne CO2e'],
      ['SOC-1', 'social', 'Volunteering', 18, 2024, 'hour'],
    ]);
  });

  it('skips an empty row and says where each measure was read', () => {
    const read = catalogueFromSheets([practitioners]);
    expect(read.value?.measures).toHaveLength(3);
    // SOC-1 is below the empty row: sheet row 7, its proxy in column G.
    expect(read.where('measures[2].proxy')).toBe('TOMs 2025!G7');
    expect(read.where('measures[1].domain')).toBe('TOMs 2025!C5');
    expect(read.where('measures[0]')).toBe('TOMs 2025!A4');
    expect(read.where('name')).toBe('TOMs 2025!B1');
  });

  it("names the catalogue after the sheet (a CSV's file) when no Catalogue or Framework label is given", () => {
    const read = catalogueFromSheets([frozen('measures-2025', [HEADERS, row('EMP-1', 'Economic', 100)])]);
    expect(read.value?.name).toBe('measures-2025');
  });

  it('reads numbers stored as text with decimal commas, as a European CSV writes them', () => {
    const sheet = frozen('measures', [HEADERS, row('A', 'economic', '14.500,50'), row('B', 'social', '1.250')], {
      decimalMark: ',',
    });
    const read = catalogueFromSheets([sheet]);
    expect(read.problems).toEqual([]);
    expect(read.value?.measures.map((m) => m.proxy)).toEqual([14500.5, 1250]);
  });

  it('refuses a number it cannot read, at its cell', () => {
    const read = catalogueFromSheets([frozen('Measures', [HEADERS, row('A', 'economic', 'about 1,000')])]);
    expect(read.value).toBeNull();
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Measures!G2: proxy value must be an amount per unit (negative for a disbenefit); got "about 1,000"',
    ]);
  });

  it('reports missing required columns once, naming the sheet and the headers expected', () => {
    const headers = ['Code', 'Domain', 'Theme', 'Outcome', 'Measure', 'Proxy value', 'Price year'];
    const read = catalogueFromSheets([
      frozen('Measures', [headers, ['A', 'economic', 'Jobs', 'Work', 'People employed', 100, 2024]]),
    ]);
    expect(read.value).toBeNull();
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Measures!A1: the measures table on Measures has no Unit or Source column; it needs Code, Domain, Theme, Outcome, Measure, Unit, Proxy value, Price year and Source',
    ]);
  });

  it('reports a duplicate code, a bad domain and a row without a code, each at its cell, all at once', () => {
    const read = catalogueFromSheets([
      frozen('Measures', [
        HEADERS,
        row('EMP-1', 'Economic', 100),
        row('EMP-1', 'economic', 200),
        row('SOC-1', 'Cultural', 300),
        row(null, 'social', 400),
      ]),
    ]);
    expect(read.value).toBeNull();
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Measures!A3: measure code "EMP-1" is already used by Measures!A2; each code must be unique',
      'Measures!B4: domain must be one of economic, social, environmental; got "Cultural"',
      'Measures!A5: this row has no measure code, so it is not read: give each measure a unique code, or clear the row',
    ]);
    expect(read.problems.every((problem) => problem.sheet !== null && problem.cell !== null)).toBe(true);
  });

  it('places a blank required cell at that cell', () => {
    const blankUnit = row('A', 'economic', 100);
    blankUnit[5] = null;
    const read = catalogueFromSheets([frozen('Measures', [HEADERS, blankUnit])]);
    expect(read.problems.map(formatCellProblem)).toEqual(['Measures!F2: unit is required']);
  });

  it('reads a labelled currency and licence above the table', () => {
    const read = catalogueFromSheets([
      frozen('Measures', [
        ['Catalogue', 'Anytown framework'],
        ['Currency', 'eur'],
        ['Licence', 'Internal use only'],
        [],
        HEADERS,
        row('A', 'economic', '€100'),
      ]),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.value).toMatchObject({ name: 'Anytown framework', currency: 'EUR', licence: 'Internal use only' });
  });

  it('reads a row hidden in Excel like any other, and says so', () => {
    const read = catalogueFromSheets([
      frozen('Measures', [HEADERS, row('A', 'economic', 1), row('B', 'social', 2)], { hiddenRows: [2] }),
    ]);
    expect(read.value?.measures).toHaveLength(2);
    expect(read.warnings.map(formatCellProblem)).toEqual([
      'Measures!A3: this row is hidden in Excel but is read like any other: unhide it to check it, or delete it if it should not count',
    ]);
  });

  it('says so when no sheet holds a measures table', () => {
    const read = catalogueFromSheets([frozen('Notes', [['Nothing here']])]);
    expect(read.value).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message).toMatch(/^no measures table found: no sheet \("Notes"\)/);
  });

  it('warns of a column it does not read, and of amounts in another currency', () => {
    const read = catalogueFromSheets([
      frozen('Measures', [
        [...HEADERS, 'Notes'],
        [...row('A', 'economic', '€100'), 'a note'],
      ]),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.warnings.map(formatCellProblem)).toEqual([
      expect.stringMatching(/^Measures!J1: the column "Notes" is not read/),
      expect.stringMatching(/^Measures!G2: amounts are written in EUR but the catalogue's currency is GBP/),
    ]);
  });
});

describe('priceIndexFromSheets', () => {
  const index = frozen('Price Index', [
    ['Index', 'GDP deflator (illustrative)'],
    ['Source', 'HM Treasury, June 2025'],
    [],
    ['Year', 'Index'],
    [2023, 100],
    [2024, '102.5'],
  ]);

  it('reads the Year/Index table and its labelled name and source', () => {
    const read = priceIndexFromSheets([index]);
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual({
      name: 'GDP deflator (illustrative)',
      source: 'HM Treasury, June 2025',
      values: [
        { year: 2023, index: 100 },
        { year: 2024, index: 102.5 },
      ],
    });
  });

  it('takes the name from the options, then the sheet, when no Index label gives one', () => {
    const table = frozen('deflator', [
      ['Year', 'Index'],
      [2024, 1],
    ]);
    expect(priceIndexFromSheets([table], { name: 'ONS deflator' }).value?.name).toBe('ONS deflator');
    expect(priceIndexFromSheets([table]).value?.name).toBe('deflator');
  });

  it('reports a year given twice at its cell', () => {
    const read = priceIndexFromSheets([
      frozen('Price Index', [
        ['Year', 'Index'],
        [2023, 100],
        [2024, 102.5],
        ['2024', 103],
      ]),
    ]);
    expect(read.value).toBeNull();
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Price Index!A4: the index gives 2024 twice; give each year once',
    ]);
  });

  it('reports an index of 0 at its cell', () => {
    const read = priceIndexFromSheets([
      frozen('Price Index', [
        ['Year', 'Index'],
        [2023, 0],
      ]),
    ]);
    expect(read.problems.map((problem) => `${problem.sheet ?? ''}!${problem.cell ?? ''}`)).toEqual(['Price Index!B2']);
  });
});
