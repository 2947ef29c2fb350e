import { SroiValidationError } from '@sroi/core';
import { CONTRACT_ROWS, DELIVERY_COLUMNS, monitoringWorkbook } from '@sroi/workbook';
import { catalogue, contract, formulaAt, priceBase, resultAt, sheetOf } from './procurement-write-fixtures';

describe('monitoringWorkbook', () => {
  const layout = monitoringWorkbook(contract, { catalogue, priceBase });
  const monitoring = sheetOf(layout, 'Monitoring');
  const row = (r: number, columns: string) => [...columns].map((c) => resultAt(monitoring, `${c}${r}`));

  it('lays a contract out as Contract, Monitoring, Commitments, Deliveries, Measures and Price Index', () => {
    expect(layout.sheets.map((sheet) => sheet.name)).toEqual([
      'Contract',
      'Monitoring',
      'Commitments',
      'Deliveries',
      'Measures',
      'Price Index',
    ]);
  });

  it('writes the Contract sheet\u2019s labelled rows with named values', () => {
    const sheet = sheetOf(layout, 'Contract');
    expect(sheet.cells.map((cells) => cells.slice(0, 2))).toEqual([
      [CONTRACT_ROWS[0].label, 'Estates maintenance 2025-28'],
      [CONTRACT_ROWS[1].label, 'Anytown Facilities Ltd'],
      [CONTRACT_ROWS[2].label, 2025],
    ]);
    expect(sheet.namedCells?.map((named) => named.name)).toEqual(['ContractName', 'Supplier', 'ContractPriceYear']);
  });

  it('writes the commitments without a bidder, and the deliveries as reported, as Excel tables', () => {
    const commitments = sheetOf(layout, 'Commitments');
    expect(commitments.cells.slice(1)).toEqual([
      ['Measure code', 'Quantity'],
      ['EMP-1', 4],
      ['ENV-1', 100],
    ]);
    expect(commitments.table).toEqual({ range: 'A2:B4', name: 'Commitments' });
    const deliveries = sheetOf(layout, 'Deliveries');
    expect(deliveries.cells[1]).toEqual([
      ...DELIVERY_COLUMNS.map((column) => column.header),
      'Proxy in 2025 prices',
      'Value in 2025 prices',
    ]);
    expect(deliveries.cells[2]?.slice(0, 3)).toEqual(['2025 Q1', 'EMP-1', 1]);
    expect(deliveries.table).toEqual({ range: 'A2:E9', name: 'Deliveries' });
  });

  it('heads the Monitoring table so that no header reads as a Commitments or Deliveries column', () => {
    expect(monitoring.cells[1]).toEqual([
      'Measure code',
      'Domain',
      'Measure',
      'Unit',
      'Quantity committed',
      'Quantity delivered',
      'Proxy in 2025 prices',
      'Committed value',
      'Delivered value',
      'Delivered (%)',
      'Shortfall quantity',
      'Shortfall value',
    ]);
    expect(monitoring.table).toEqual({ range: 'A2:L5', name: 'Monitoring' });
  });

  it('sums each measure\u2019s quantities over rows whose code matches exactly', () => {
    expect(formulaAt(monitoring, 'E3')).toBe('SUMPRODUCT(--EXACT(Commitments!$A$3:$A$4,$A3),Commitments!$B$3:$B$4)');
    expect(formulaAt(monitoring, 'F3')).toBe('SUMPRODUCT(--EXACT(Deliveries!$B$3:$B$9,$A3),Deliveries!$C$3:$C$9)');
    expect(formulaAt(monitoring, 'G3')).toMatch(/^IF\(SUMPRODUCT\(--EXACT\(Measures!\$A\$3:\$A\$7,\$A3\)\)=1,INDEX\(/);
  });

  it('values commitments and deliveries, the share delivered and a shortfall never below 0', () => {
    expect(formulaAt(monitoring, 'H3')).toBe('$E3*$G3');
    expect(formulaAt(monitoring, 'I3')).toBe('$F3*$G3');
    expect(formulaAt(monitoring, 'J3')).toBe('IF($E3=0,"",$F3/$E3)');
    expect(formulaAt(monitoring, 'K3')).toBe('MAX(0,$E3-$F3)');
    expect(formulaAt(monitoring, 'L3')).toBe('$K3*$G3');
  });

  it('stores the hand-worked figures: EMP-1 under-delivered, ENV-1 over, EMP-2 delivered without a commitment', () => {
    expect(row(3, 'ABEFGHIJKL')).toEqual(['EMP-1', 'economic', 4, 2.5, 1250, 5000, 3125, 0.625, 1.5, 1875]);
    expect(row(4, 'ABEFGHIJKL')).toEqual(['ENV-1', 'environmental', 100, 120, 50, 5000, 6000, 1.2, 0, 0]);
    expect(row(5, 'ABEFGHIJKL')).toEqual(['EMP-2', 'economic', 0, 2, 300, 0, 600, '', 0, 0]);
  });

  it('totals by domain with SUMIFS and overall, shortfalls summed measure by measure', () => {
    expect(row(7, 'ABCDE')).toEqual([
      'By domain',
      'Committed value',
      'Delivered value',
      'Delivered (%)',
      'Shortfall value',
    ]);
    expect(formulaAt(monitoring, 'B8')).toBe('SUMIFS($H$3:$H$5,$B$3:$B$5,"economic")');
    expect(row(8, 'ABCDE')).toEqual(['economic', 5000, 3725, 0.745, 1875]);
    expect(row(9, 'ABCDE')).toEqual(['environmental', 5000, 6000, 1.2, 0]);
    expect(formulaAt(monitoring, 'B10')).toBe('SUM($H$3:$H$5)');
    expect(row(10, 'ABCDE')).toEqual(['Total', 10000, 9725, 0.9725, 1875]);
    expect(monitoring.namedCells?.map((named) => [named.name, named.cell])).toEqual([
      ['CommittedValue', 'B10'],
      ['DeliveredValue', 'C10'],
      ['DeliveredShare', 'D10'],
      ['ShortfallValue', 'E10'],
    ]);
  });

  it('gives delivered value by period in first-seen order with a running total', () => {
    expect(formulaAt(monitoring, 'B13')).toBe('SUMPRODUCT(--EXACT(Deliveries!$A$3:$A$9,$A13),Deliveries!$E$3:$E$9)');
    expect(formulaAt(monitoring, 'C14')).toBe('B14+C13');
    expect([13, 14, 15].map((r) => row(r, 'ABC'))).toEqual([
      ['2025 Q1', 2750, 2750],
      ['2025 Q2', 4350, 7100],
      ['2025 Q3', 2625, 9725],
    ]);
  });

  it('formats shares as percentages and values as money', () => {
    expect(monitoring.numberFormats[2]?.[9]).toBe('0.0%');
    expect(monitoring.numberFormats[9]?.[3]).toBe('0.0%');
    expect(monitoring.numberFormats[2]?.[7]).toBe('"£"#,##0.00;[Red]-"£"#,##0.00');
  });

  it('checks that every commitment and delivery has a row and that none was typed below the tables', () => {
    expect(row(17, 'AB')).toEqual(['Check', 'Every commitment and delivery is counted above']);
    expect(formulaAt(monitoring, 'B18')).toMatch(
      /^IF\(COUNTA\(Commitments!A5:B504\)\+COUNTA\(Deliveries!A10:C509\)=0,/,
    );
    expect(row(18, 'AB')).toEqual(['Check', 'Every row of Commitments and Deliveries is counted']);
  });

  it('throws every problem with its path when a delivery names an unknown measure', () => {
    const bad = { ...contract, deliveries: [{ period: 'Q1', code: 'NOPE', quantity: 1 }] };
    expect(() => monitoringWorkbook(bad, { catalogue, priceBase })).toThrow(SroiValidationError);
    expect(() => monitoringWorkbook(bad, { catalogue, priceBase })).toThrow(
      /deliveries\[0\]\.code: unknown measure code "NOPE"/,
    );
  });
});
