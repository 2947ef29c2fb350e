// impactMapFromRange: the stand-in reader of an impact-map range (to be
// replaced by @sroi/workbook). A pure function over the 2-D array.
import { evaluate } from '@sroi/core';
import { fieldOfHeader, normalHeader } from '../../addin/src/impact-map/headers';
import { impactMapFromRange } from '../../addin/src/impact-map/impact-map-from-range';
import { MAP_HEADERS_WITH_START_YEAR as HEADERS } from './helpers/impact-map-headers';

describe('fieldOfHeader', () => {
  it.each([
    ['Deadweight %', 'deadweight'],
    ['DW', 'deadweight'],
    ['dead weight', 'deadweight'],
    ['Attribution (%)', 'attribution'],
    ['  ATTRIBUTION  ', 'attribution'],
    ['Drop off', 'dropOff'],
    ['Drop-off %', 'dropOff'],
    ['Dropoff', 'dropOff'],
    ['Financial proxy', 'proxy'],
    ['Financial proxy (£)', 'proxy'],
    ['Proxy value', 'proxy'],
    ['Quantity', 'quantity'],
    ['Qty', 'quantity'],
    ['Duration', 'duration'],
    ['Duration (years)', 'duration'],
    ['Start year', 'startYear'],
    ['Start_Year', 'startYear'],
    ['Stakeholder', 'stakeholder'],
    ['Stakeholders', 'stakeholder'],
    ['Outcome', 'outcome'],
    ['Outcome description', 'outcome'],
    ['Displacement', 'displacement'],
  ])('reads %j as %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each(['Indicator', 'Source', 'Impact', 'Notes', '', null, 42])('ignores %j', (header) => {
    expect(fieldOfHeader(header)).toBeUndefined();
  });

  it('normalises case, brackets, % and punctuation', () => {
    expect(normalHeader(' Drop-Off (%) ')).toBe('drop off');
  });
});

describe('impactMapFromRange', () => {
  it('reads the worked check row with its stakeholder', () => {
    const reading = impactMapFromRange([
      HEADERS,
      ['Participants', 'Improved wellbeing', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3, 1],
    ]);
    expect(reading).toEqual({
      ok: true,
      stakeholders: [{ id: 'Participants', name: 'Participants' }],
      outcomes: [
        {
          id: 'row-2',
          stakeholder: 'Participants',
          description: 'Improved wellbeing',
          quantity: '100',
          proxy: { value: '1000' },
          deadweight: '0.2',
          displacement: '0.1',
          attribution: '0.25',
          dropOff: '0.5',
          duration: 3,
          startYear: 1,
        },
      ],
    });
  });

  it('gives outcomes the engine evaluates to the worked check figures', () => {
    const reading = impactMapFromRange([HEADERS, ['P', 'W', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3, null]]);
    if (!reading.ok) throw new Error('expected a reading');
    const result = evaluate({
      name: 'x',
      stakeholders: reading.stakeholders,
      inputs: [{ description: 'grant', amount: 50000 }],
      outcomes: reading.outcomes,
    });
    expect(result.presentValue.toFixed(2)).toBe('89554.93');
    expect(result.ratio?.toFixed(4)).toBe('1.7911');
  });

  it('finds columns in any order, ignores unknown ones and defaults the optional ones', () => {
    const reading = impactMapFromRange([
      ['Notes', 'Duration', 'Proxy', 'Indicator', 'Qty'],
      ['a note', 2, 50, 'visits', 10],
    ]);
    expect(reading.ok && reading.outcomes[0]).toMatchObject({
      quantity: '10',
      proxy: { value: '50' },
      deadweight: 0,
      displacement: 0,
      attribution: 0,
      dropOff: 0,
      duration: 2,
      startYear: 1,
      stakeholder: 'Stakeholders',
      description: 'Outcome in row 2',
    });
  });

  it('skips empty rows, rows of text only and total rows', () => {
    const reading = impactMapFromRange([
      HEADERS,
      ['Patients', null, null, null, null, null, null, null, null, null],
      ['Patients', 'Wellbeing', 10, 100, 0, 0, 0, 0, 1, 1],
      ['', '', '', '', '', '', '', '', '', ''],
      ['Total', '', 10, 100, '', '', '', '', '', ''],
    ]);
    expect(reading.ok && reading.outcomes.map((outcome) => outcome.id)).toEqual(['row-3']);
  });

  it('reads doubles at 15 significant digits', () => {
    const reading = impactMapFromRange([HEADERS, ['P', 'W', 100, 1000, 0.1 + 0.2, 0, 0, 0, 3, 1]]);
    expect(reading.ok && reading.outcomes[0]?.deadweight).toBe('0.3');
  });

  it('lists every problem with its row', () => {
    const reading = impactMapFromRange([
      HEADERS,
      ['P', 'A', -1, 1000, 0.2, 0, 0, 0, 3, 1],
      ['P', 'B', 10, 1000, 20, 0, 0, 0, 2.5, 1],
      ['P', 'C', 10, null, 0, 0, 0, 0, 1, 1],
    ]);
    expect(reading).toEqual({
      ok: false,
      problems: [
        { row: 2, column: 'Quantity', message: 'quantity must be 0 or more; got -1 in row 2' },
        {
          row: 3,
          column: 'Deadweight',
          message: 'deadweight must be between 0% and 100%; got 2000% in row 3. Did you mean 20%? Type 20% or 0.2',
        },
        { row: 3, column: 'Duration', message: 'duration must be a whole number from 1 to 1000; got 2.5 in row 3' },
        { row: 4, column: 'Financial proxy', message: 'proxy is missing in row 4' },
      ],
    });
  });

  it('names the required columns that are missing and the headers it found', () => {
    expect(
      impactMapFromRange([
        ['Outcome', 'Qty'],
        ['x', 1],
      ]),
    ).toEqual({
      ok: false,
      problems: [
        {
          row: 1,
          message:
            'the impact map needs "Financial proxy", "Duration" columns in its first row; found "Outcome", "Qty"',
        },
      ],
    });
    expect(impactMapFromRange([])).toMatchObject({
      ok: false,
      problems: [{ row: 1, message: expect.stringContaining('found no headers') }],
    });
  });

  it('refuses two columns for the same field', () => {
    const reading = impactMapFromRange([
      ['Quantity', 'Qty', 'Proxy', 'Duration'],
      [1, 2, 3, 4],
    ]);
    expect(reading).toEqual({
      ok: false,
      problems: [{ row: 1, column: 'Qty', message: 'two columns are "Quantity": keep one' }],
    });
  });

  it('leaves its input unchanged', () => {
    const range = [HEADERS, ['P', 'W', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3, 1]];
    const copy = structuredClone(range);
    impactMapFromRange(range);
    expect(range).toEqual(copy);
  });
});

describe('the SROI Network value map headers', () => {
  it('takes "Value £" (the template\'s proxy value column) as the financial proxy', () => {
    expect(fieldOfHeader('Value £')).toBe('proxy');
  });

  it('reads "Financial proxy" as the description when a "Value £" column holds the number', () => {
    const reading = impactMapFromRange([
      ['Stakeholder', 'Outcome', 'Quantity', 'Financial proxy', 'Value £', 'Deadweight %', 'Duration'],
      ['Patients', 'Improved wellbeing', 100, 'Illustrative value of wellbeing', 1000, 0.2, 3],
    ]);
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(reading.outcomes[0]?.proxy.value).toBe('1000');
  });

  it('still takes "Financial proxy" as the number when there is no value column', () => {
    const reading = impactMapFromRange([
      ['Stakeholder', 'Outcome', 'Quantity', 'Financial proxy', 'Duration'],
      ['Patients', 'Improved wellbeing', 100, 1000, 3],
    ]);
    expect(reading.ok && reading.outcomes[0]?.proxy.value).toBe('1000');
  });
});
