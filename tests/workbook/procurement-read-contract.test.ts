import { monitorDelivery } from '@sroi/core';
import { contractFromSheets, formatCellProblem } from '@sroi/workbook';
import { frozen, testCatalogue } from './procurement-read-fixtures';

const contractSheet = frozen('Contract', [
  ['Contract', 'Community falls service'],
  ['Supplier', 'Acme Care'],
  ['Price year', 2024],
]);
const commitmentsSheet = frozen('Commitments', [
  ['Measure code', 'Quantity'],
  ['EMP-1', 4],
  ['ENV-1', '10'],
]);
const DELIVERY_HEADERS = ['Period', 'Measure code', 'Quantity'];

describe('contractFromSheets', () => {
  it('reads deliveries over periods written as text, as a date serial and as a date cell', () => {
    const deliveries = frozen('Deliveries', [
      DELIVERY_HEADERS,
      ['2025 Q1', 'EMP-1', 1],
      // 45747 is the serial number Excel keeps for 31 March 2025.
      [45747, 'ENV-1', '2.5'],
      [new Date(Date.UTC(2025, 5, 30)), 'EMP-1', 2],
      [2026, 'ENV-1', 0],
    ]);
    const read = contractFromSheets([contractSheet, commitmentsSheet, deliveries]);
    expect(read.problems).toEqual([]);
    expect(read.priceYear).toBe(2024);
    expect(read.value).toEqual({
      name: 'Community falls service',
      supplier: 'Acme Care',
      commitments: [
        { code: 'EMP-1', quantity: 4 },
        { code: 'ENV-1', quantity: 10 },
      ],
      deliveries: [
        { period: '2025 Q1', code: 'EMP-1', quantity: 1 },
        { period: '2025-03-31', code: 'ENV-1', quantity: 2.5 },
        { period: '2025-06-30', code: 'EMP-1', quantity: 2 },
        { period: '2026', code: 'ENV-1', quantity: 0 },
      ],
    });
    expect(read.where('deliveries[1].period')).toBe('Deliveries!A3');
    expect(read.where('commitments[1].quantity')).toBe('Commitments!B3');
    expect(read.where('name')).toBe('Contract!B1');
  });

  it('gives core what it monitors: 3 of 4 EMP-1 delivered is 75%', () => {
    const deliveries = frozen('Deliveries', [DELIVERY_HEADERS, ['2025 Q1', 'EMP-1', 1], ['2025 Q2', 'EMP-1', 2]]);
    const read = contractFromSheets([contractSheet, commitmentsSheet, deliveries]);
    const report = monitorDelivery(read.value!, { catalogue: testCatalogue });
    expect(report.measures[0]?.delivered?.toString()).toBe('0.75');
    // Delivered value by period: 1 x 1,000, then 2 x 1,000, cumulative 3,000.
    expect(report.periods.map((p) => [p.period, p.cumulativeValue.toString()])).toEqual([
      ['2025 Q1', '1000'],
      ['2025 Q2', '3000'],
    ]);
  });

  it('reports a negative quantity, a blank period and a row without a code, each at its cell', () => {
    const deliveries = frozen('Deliveries', [
      DELIVERY_HEADERS,
      ['2025 Q1', 'EMP-1', -1],
      [null, 'EMP-1', 1],
      ['2025 Q2', null, 1],
    ]);
    const read = contractFromSheets([contractSheet, commitmentsSheet, deliveries]);
    expect(read.value).toBeNull();
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Deliveries!C2: quantity must be a number, 0 or more; got -1',
      'Deliveries!A3: the period is required: give the reporting period, e.g. 2025 Q1',
      'Deliveries!B4: this row has no measure code, so it is not read: give the code from the Measures sheet, or clear the row',
    ]);
  });

  it('checks codes against the catalogue at their cells when it is given', () => {
    const deliveries = frozen('Deliveries', [DELIVERY_HEADERS, ['2025 Q1', 'EMP-9', 1]]);
    const read = contractFromSheets([contractSheet, commitmentsSheet, deliveries], { catalogue: testCatalogue });
    expect(read.problems.map((problem) => `${problem.sheet ?? ''}!${problem.cell ?? ''}`)).toEqual(['Deliveries!B2']);
  });

  it("refuses commitments of a bidder other than the contract's supplier", () => {
    const commitments = frozen('Commitments', [
      ['Bidder', 'Measure code', 'Quantity'],
      ['Acme Care', 'EMP-1', 4],
      ['Other Ltd', 'EMP-1', 9],
    ]);
    const deliveries = frozen('Deliveries', [DELIVERY_HEADERS]);
    const read = contractFromSheets([contractSheet, commitments, deliveries]);
    expect(read.problems.map(formatCellProblem)).toEqual([
      "Commitments!A3: this commitment is \"Other Ltd\"'s, but the contract's supplier is \"Acme Care\": a contract's commitments are its supplier's; remove other bidders' rows",
    ]);
  });

  it('reads a contract whose Deliveries table has no rows yet, and names it from the options', () => {
    const read = contractFromSheets([commitmentsSheet, frozen('Deliveries', [DELIVERY_HEADERS])], {
      name: 'falls-contract',
    });
    expect(read.problems).toEqual([]);
    expect(read.value?.name).toBe('falls-contract');
    expect(read.value?.deliveries).toEqual([]);
    expect(read.priceYear).toBeNull();
  });

  it('tells a Deliveries table from a Commitments table on one sheet', () => {
    const csv = frozen('contract', [
      ['Contract', 'Falls'],
      [],
      ['Measure code', 'Quantity'],
      ['EMP-1', 4],
      [],
      DELIVERY_HEADERS,
      ['2025 Q1', 'EMP-1', 1],
    ]);
    const read = contractFromSheets([csv]);
    expect(read.problems).toEqual([]);
    expect(read.value?.commitments).toEqual([{ code: 'EMP-1', quantity: 4 }]);
    expect(read.value?.deliveries).toEqual([{ period: '2025 Q1', code: 'EMP-1', quantity: 1 }]);
  });
});
