import { SroiValidationError, type Tender } from '@sroi/core';
import { BID_COLUMNS, COMMITMENT_COLUMNS, MEASURE_COLUMNS, TENDER_ROWS, tenderWorkbook } from '@sroi/workbook';
import {
  bothTender,
  cellAt,
  committedOptions,
  committedTender,
  formulaAt,
  resultAt,
  sheetOf,
  tiedTender,
  workedExample,
} from './procurement-write-fixtures';

describe('tenderWorkbook', () => {
  const layout = tenderWorkbook(workedExample);
  const tender = sheetOf(layout, 'Tender');
  const bids = sheetOf(layout, 'Bids');
  const scores = sheetOf(layout, 'Scores');

  it('lays a tender without commitments out as Tender, Bids and Scores', () => {
    expect(layout.sheets.map((sheet) => sheet.name)).toEqual(['Tender', 'Bids', 'Scores']);
  });

  it('writes each labelled row of the Tender sheet with its label in column A and its value in column B', () => {
    expect(tender.cells.slice(0, TENDER_ROWS.length).map((row) => row.slice(0, 2))).toEqual([
      ['Tender', 'Community falls service'],
      ['Currency', 'GBP'],
      ['Price weight (%)', 60],
      ['Quality weight (%)', 30],
      ['Social value weight (%)', 10],
      ['Price method', 'lowest-price'],
      ['Social value method', 'monetised'],
      ['Monetised share of social value (%)', null],
      ['Qualitative share of social value (%)', null],
      ['Price year', null],
    ]);
  });

  it('names the Tender sheet\u2019s value cells so a formula can say PriceWeight', () => {
    expect(tender.namedCells?.map((named) => [named.name, named.cell])).toEqual([
      ['TenderName', 'B1'],
      ['TenderCurrency', 'B2'],
      ['PriceWeight', 'B3'],
      ['QualityWeight', 'B4'],
      ['SocialValueWeight', 'B5'],
      ['PriceMethod', 'B6'],
      ['SocialValueMethod', 'B7'],
      ['MonetisedShare', 'B8'],
      ['QualitativeShare', 'B9'],
      ['TenderPriceYear', 'B10'],
    ]);
  });

  it('bounds the weights and shares to 0\u2013100 and offers the methods as lists', () => {
    const byRange = Object.fromEntries(tender.validations.map((v) => [v.range, v]));
    for (const address of ['B3', 'B4', 'B5', 'B8', 'B9'])
      expect(byRange[address]).toMatchObject({ type: 'decimal', min: 0, max: 100 });
    expect(byRange['B6']).toMatchObject({ type: 'list', values: ['lowest-price', 'linear'] });
    expect(byRange['B7']).toMatchObject({ type: 'list', values: ['monetised', 'qualitative', 'both'] });
  });

  it('adds up the weights and says in words whether they sum to 100', () => {
    expect(formulaAt(tender, 'B12')).toBe('SUM(B3,B4,B5)');
    expect(resultAt(tender, 'B12')).toBe(100);
    expect(formulaAt(tender, 'B13')).toMatch(/^IF\(ROUND\(B12,9\)<>100,"The weights must sum to 100/);
    expect(resultAt(tender, 'B13')).toBe('The weights sum to 100');
  });

  it('writes the bids as an Excel table under the BID_COLUMNS headers, with the values given', () => {
    expect(bids.cells[1]).toEqual(BID_COLUMNS.map((column) => column.header));
    expect(bids.cells.slice(2)).toEqual([
      ['A', 10000, 80, 50000, null],
      ['B', 8000, 70, 20000, null],
    ]);
    expect(bids.table).toEqual({ range: 'A2:E4', name: 'Bids' });
    expect(bids.numberFormats[2]?.[0]).toBe('@');
  });

  it('scores price by the Tender sheet\u2019s method against the lowest and highest prices below the bids', () => {
    expect(formulaAt(scores, 'B7')).toBe('MIN(Bids!$B$3:$B$4)');
    expect(formulaAt(scores, 'B8')).toBe('MAX(Bids!$B$3:$B$4)');
    expect(formulaAt(scores, 'B3')).toBe(
      'IF(Tender!$B$6="linear",IF($B$8=$B$7,Tender!$B$3,($B$8-Bids!$B$3)/($B$8-$B$7)*Tender!$B$3),$B$7/Bids!$B$3*Tender!$B$3)',
    );
  });

  it('scores quality out of 100 and social value against the highest offer', () => {
    expect(formulaAt(scores, 'C3')).toBe('Bids!$C$3/100*Tender!$B$4');
    expect(formulaAt(scores, 'B9')).toBe('MAX(Bids!$D$3:$D$4)');
    expect(formulaAt(scores, 'B10')).toBe(
      'IF(Tender!$B$7="qualitative",0,IF(Tender!$B$7="both",Tender!$B$5*Tender!$B$8/100,Tender!$B$5))',
    );
    expect(formulaAt(scores, 'B11')).toBe('Tender!$B$5-$B$10');
    expect(formulaAt(scores, 'D3')).toBe('IF($B$9=0,0,Bids!$D$3/$B$9*$B$10)+Bids!$E$3/100*$B$11');
  });

  it('ranks on totals rounded to 10 places, as the engine ranks ties', () => {
    expect(formulaAt(scores, 'E3')).toBe('SUM(B3:D3)');
    expect(formulaAt(scores, 'F3')).toBe('1+SUMPRODUCT(--(ROUND($E$3:$E$4,10)>ROUND(E3,10)))');
    expect(formulaAt(scores, 'G3')).toBe('IF(Bids!$D$3="","n/a",Bids!$D$3/Bids!$B$3)');
  });

  it('stores the worked example\u2019s scores as results: A 48 + 24 + 10 = 82, B 60 + 21 + 4 = 85, B first', () => {
    const row = (r: number) => ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => resultAt(scores, `${c}${r}`));
    expect(row(3)).toEqual(['A', 48, 24, 10, 82, 2, 5]);
    expect(row(4)).toEqual(['B', 60, 21, 4, 85, 1, 2.5]);
  });

  it('formats points with two decimals and the figures as money', () => {
    expect(scores.numberFormats[2]?.slice(1, 5)).toEqual(['0.00', '0.00', '0.00', '0.00']);
    expect(scores.numberFormats[6]?.[1]).toBe('"£"#,##0.00;[Red]-"£"#,##0.00');
    expect(bids.numberFormats[2]?.[1]).toBe('"£"#,##0.00;[Red]-"£"#,##0.00');
  });

  it('gives tied bids the same rank in the stored results', () => {
    const tied = sheetOf(tenderWorkbook(tiedTender), 'Scores');
    expect([3, 4, 5].map((r) => resultAt(tied, `F${r}`))).toEqual([1, 1, 3]);
  });

  it('writes the split of the both method and stores each part of the social value points', () => {
    const layout = tenderWorkbook(bothTender);
    expect(resultAt(sheetOf(layout, 'Tender'), 'B8')).toBe(50);
    const both = sheetOf(layout, 'Scores');
    // P: 30,000 / 45,000 x 10 + 80 / 100 x 10; Q: 10 + 4.
    expect(resultAt(both, 'D3')).toBeCloseTo(20 / 3 + 8, 12);
    expect(resultAt(both, 'D4')).toBe(14);
    expect([resultAt(both, 'B10'), resultAt(both, 'B11')]).toEqual([10, 10]);
  });

  it('throws every problem with its path when the tender is invalid', () => {
    const bad: Tender = {
      weights: { price: 60, quality: 30, socialValue: 20 },
      bids: [{ bidder: 'A', price: 0, quality: 80, socialValue: 1 }],
    };
    expect(() => tenderWorkbook(bad)).toThrow(SroiValidationError);
    try {
      tenderWorkbook(bad);
    } catch (error) {
      expect((error as SroiValidationError).problems.map((p) => p.path)).toEqual(['weights', 'bids[0].price']);
    }
  });
});

describe('tenderWorkbook with commitments', () => {
  const layout = tenderWorkbook(committedTender, committedOptions);
  const bids = sheetOf(layout, 'Bids');
  const commitments = sheetOf(layout, 'Commitments');
  const measures = sheetOf(layout, 'Measures');

  it('adds Commitments, Measures and Price Index sheets', () => {
    expect(layout.sheets.map((sheet) => sheet.name)).toEqual([
      'Tender',
      'Bids',
      'Scores',
      'Commitments',
      'Measures',
      'Price Index',
    ]);
    expect(resultAt(sheetOf(layout, 'Tender'), 'B10')).toBe(2025);
  });

  it('lists each bid\u2019s commitments with the proxy looked up exactly on the Measures sheet', () => {
    expect(commitments.cells[1]).toEqual([
      ...COMMITMENT_COLUMNS.map((column) => column.header),
      'Proxy in 2025 prices',
      'Value in 2025 prices',
    ]);
    expect(commitments.cells.slice(2).map((row) => row.slice(0, 3))).toEqual([
      ['A', 'EMP-1', 4],
      ['A', 'ENV-1', 100],
      ['B', 'EMP-1', 2],
      ['B', 'SOC-1', 9],
    ]);
    expect(formulaAt(commitments, 'D3')).toBe(
      'IF(SUMPRODUCT(--EXACT(Measures!$A$3:$A$7,$B3))=1,INDEX(Measures!$M$3:$M$7,SUMPRODUCT(EXACT(Measures!$A$3:$A$7,$B3)*(ROW(Measures!$A$3:$A$7)-2))),NA())',
    );
    expect(formulaAt(commitments, 'E3')).toBe('$C3*$D3');
    // 4 x 1,250 and 9 x 200 x 100 / 90.
    expect([resultAt(commitments, 'D3'), resultAt(commitments, 'E3')]).toEqual([1250, 5000]);
    expect(resultAt(commitments, 'E6')).toBeCloseTo(2000, 9);
  });

  it('makes a committing bid\u2019s social value offer the sum of its commitments, and keeps a money offer as given', () => {
    expect(formulaAt(bids, 'D3')).toBe('SUMPRODUCT(--EXACT(Commitments!$A$3:$A$6,$A3),Commitments!$E$3:$E$6)');
    expect(resultAt(bids, 'D3')).toBe(10000);
    expect(resultAt(bids, 'D4')).toBeCloseTo(4500, 9);
    expect(cellAt(bids, 'D5')).toBe(6000);
  });

  it('prices the whole catalogue, moving each proxy with the Price Index sheet', () => {
    expect(measures.cells[1]).toEqual([...MEASURE_COLUMNS.map((column) => column.header), 'Proxy in 2025 prices']);
    expect(formulaAt(measures, 'M3')).toBe(
      "IF($H3=2025,$G3,$G3*INDEX('Price Index'!$B$5:$B$7,MATCH(2025,'Price Index'!$A$5:$A$7,0))/INDEX('Price Index'!$B$5:$B$7,MATCH($H3,'Price Index'!$A$5:$A$7,0)))",
    );
    expect(['M3', 'M4', 'M5'].map((address) => resultAt(measures, address))).toEqual([1250, 300, 50]);
    expect(resultAt(measures, 'M6')).toBeCloseTo(20000 / 90, 9);
  });

  it('shows #N/A for a measure no bid uses whose price year the index lacks, instead of refusing the tender', () => {
    expect(cellAt(measures, 'A7')).toBe('OLD-1');
    expect(resultAt(measures, 'M7')).toBe('#N/A');
  });

  it('scores the committed offers: A 86, B 78.5, C 81.375', () => {
    const scores = sheetOf(layout, 'Scores');
    expect(resultAt(scores, 'E3')).toBe(86);
    expect(resultAt(scores, 'E4')).toBeCloseTo(78.5, 9);
    expect(resultAt(scores, 'E5')).toBe(81.375);
    expect(['F3', 'F4', 'F5'].map((address) => resultAt(scores, address))).toEqual([1, 3, 2]);
  });

  it('counts rows typed below the bids and the commitments in a check', () => {
    const scores = sheetOf(layout, 'Scores');
    expect(formulaAt(scores, 'B14')).toMatch(/^IF\(COUNTA\(Bids!A6:E505\)\+COUNTA\(Commitments!A7:C506\)=0,/);
    expect(resultAt(scores, 'B14')).toBe('Every bid and commitment is scored');
  });

  it('adds no commitment sheets when the only commitments are empty lists, and offers 0 for them', () => {
    const empty = tenderWorkbook({
      ...workedExample,
      bids: [workedExample.bids[0]!, { bidder: 'B', price: 8000, quality: 70, commitments: [] }],
    });
    expect(empty.sheets.map((sheet) => sheet.name)).toEqual(['Tender', 'Bids', 'Scores']);
    expect(cellAt(sheetOf(empty, 'Bids'), 'D4')).toBe(0);
  });
});
