// Tenders, a catalogue and a contract for the procurement writers' tests, each
// with the figures worked out by hand in the comments (not by the code under test).
import type { Catalogue, Contract, PriceBase, Tender, TenderOptions } from '@sroi/core';
import { cellPosition, isFormula, type Cell, type SheetLayout, type WorkbookLayout } from '@sroi/workbook';

/** The worked example: A 48 + 24 + 10 = 82, B 60 + 21 + 4 = 85, so B ranks first. */
export const workedExample: Tender = Object.freeze({
  name: 'Community falls service',
  weights: { price: 60, quality: 30, socialValue: 10 },
  bids: [
    { bidder: 'A', price: 10000, quality: 80, socialValue: 50000 },
    { bidder: 'B', price: 8000, quality: 70, socialValue: 20000 },
  ],
});

/**
 * Linear price, three bids, lowest 100,000 and highest 150,000 (50 points):
 * X 50 + 28 + 5,000 / 12,000 x 10 = 82.1666…; Y 30 + 34 + 10 = 74; Z 0 + 36 + 0 = 36.
 */
export const linearTender: Tender = Object.freeze({
  name: 'Home care framework',
  weights: { price: 50, quality: 40, socialValue: 10 },
  priceMethod: 'linear',
  bids: [
    { bidder: 'X', price: 100000, quality: 70, socialValue: 5000 },
    { bidder: 'Y', price: 120000, quality: 85, socialValue: 12000 },
    { bidder: 'Z', price: 150000, quality: 90, socialValue: 0 },
  ],
});

/**
 * Both methods, the social value weight of 20 split 50/50 (10 on money, 10 on
 * the panel's score): P 36 + 24 + 6.6666… + 8 = 74.6666…; Q 40 + 22 + 10 + 4 = 76.
 */
export const bothTender: Tender = Object.freeze({
  name: 'Wheelchair service',
  weights: { price: 40, quality: 40, socialValue: 20 },
  socialValueMethod: 'both',
  socialValueSplit: { monetised: 50, qualitative: 50 },
  bids: [
    { bidder: 'P', price: 200000, quality: 60, socialValue: 30000, socialValueScore: 80 },
    { bidder: 'Q', price: 180000, quality: 55, socialValue: 45000, socialValueScore: 40 },
  ],
});

/**
 * A tie that only rounding sees: A 50 + 16 + 10 = 76 and B 1,000 / 1,250 x 50 = 40,
 * + 33.2 + 280 / 1,000 x 10 = 2.8, = 76 exactly, though a spreadsheet's doubles give
 * B 75.99999999999999; they share rank 1 and C, 25 + 40 + 5 = 70, is third.
 */
export const tiedTender: Tender = Object.freeze({
  name: 'Patient transport',
  weights: { price: 50, quality: 40, socialValue: 10 },
  bids: [
    { bidder: 'A', price: 1000, quality: 40, socialValue: 1000 },
    { bidder: 'B', price: 1250, quality: 83, socialValue: 280 },
    { bidder: 'C', price: 2000, quality: 100, socialValue: 500 },
  ],
});

/** An index with 2020 = 80, 2022 = 90 and 2025 = 100: 1,000 in 2020 prices is 1,250 in 2025 prices. */
export const deflator = Object.freeze({
  name: 'GDP deflator (illustrative)',
  source: 'Made up for the tests',
  values: [
    { year: 2020, index: 80 },
    { year: 2022, index: 90 },
    { year: 2025, index: 100 },
  ],
});
export const priceBase: PriceBase = Object.freeze({ year: 2025, index: deflator });

/**
 * In 2025 prices: EMP-1 1,250 (1,000 x 100 / 80), EMP-2 300, ENV-1 50, SOC-1
 * 222.22… (200 x 100 / 90); OLD-1 is in 2019 prices, which the index lacks,
 * and no bid or contract uses it.
 */
export const catalogue: Catalogue = Object.freeze({
  name: 'Anytown social value framework',
  measures: [
    measure('EMP-1', 'economic', 'Local people employed on the contract', 'person-year', 1000, 2020),
    measure('EMP-2', 'economic', 'Apprenticeships', 'apprentice-week', 300, 2025),
    measure('ENV-1', 'environmental', 'Carbon saved', 'tonne CO2e', 50, 2025),
    measure('SOC-1', 'social', 'Volunteering hours', 'hour', 200, 2022),
    measure('OLD-1', 'social', 'A measure from an older framework', 'event', 10, 2019),
  ],
});

function measure(
  code: string,
  domain: 'economic' | 'social' | 'environmental',
  what: string,
  unit: string,
  proxy: number,
  priceYear: number,
) {
  return {
    code,
    domain,
    theme: 'Theme',
    outcome: `Outcome of ${code}`,
    measure: what,
    unit,
    proxy,
    priceYear,
    source: 'Illustrative',
  };
}

/**
 * Commitments priced in 2025 prices: A 4 x 1,250 + 100 x 50 = 10,000; B 2 x 1,250 +
 * 9 x 222.22… = 4,500; C offers 6,000 in money. Weights 50/30/20, lowest price 450,000:
 * A 45 + 21 + 20 = 86; B 50 + 19.5 + 9 = 78.5; C 46.875 + 22.5 + 12 = 81.375.
 */
export const committedTender: Tender = Object.freeze({
  name: 'Estates maintenance',
  weights: { price: 50, quality: 30, socialValue: 20 },
  bids: [
    {
      bidder: 'A',
      price: 500000,
      quality: 70,
      commitments: [
        { code: 'EMP-1', quantity: 4 },
        { code: 'ENV-1', quantity: 100 },
      ],
    },
    {
      bidder: 'B',
      price: 450000,
      quality: 65,
      commitments: [
        { code: 'EMP-1', quantity: 2 },
        { code: 'SOC-1', quantity: 9 },
      ],
    },
    { bidder: 'C', price: 480000, quality: 75, socialValue: 6000 },
  ],
});
export const committedOptions: TenderOptions = Object.freeze({ catalogue, priceBase });

/**
 * Committed EMP-1 x 4 (5,000) and ENV-1 x 100 (5,000). Delivered over three quarters:
 * EMP-1 1 + 1 + 0.5 = 2.5 (62.5%, shortfall 1.5 = 1,875), ENV-1 30 + 50 + 40 = 120
 * (120%, no shortfall), EMP-2 2 without a commitment (600). Economic 5,000 committed,
 * 3,725 delivered (74.5%), shortfall 1,875; environmental 5,000, 6,000 (120%), 0;
 * total 10,000, 9,725 (97.25%), shortfall 1,875. By quarter: Q1 1,250 + 1,500 = 2,750;
 * Q2 1,250 + 2,500 + 600 = 4,350; Q3 2,000 + 625 = 2,625; cumulative 2,750, 7,100, 9,725.
 */
export const contract: Contract = Object.freeze({
  name: 'Estates maintenance 2025-28',
  supplier: 'Anytown Facilities Ltd',
  commitments: [
    { code: 'EMP-1', quantity: 4 },
    { code: 'ENV-1', quantity: 100 },
  ],
  deliveries: [
    { period: '2025 Q1', code: 'EMP-1', quantity: 1 },
    { period: '2025 Q1', code: 'ENV-1', quantity: 30 },
    { period: '2025 Q2', code: 'EMP-1', quantity: 1 },
    { period: '2025 Q2', code: 'ENV-1', quantity: 50 },
    { period: '2025 Q2', code: 'EMP-2', quantity: 2 },
    { period: '2025 Q3', code: 'ENV-1', quantity: 40 },
    { period: '2025 Q3', code: 'EMP-1', quantity: 0.5 },
  ],
});

/**
 * Text that must stay text and codes that must match exactly: `A*` is not a
 * pattern for `AB`, `ab` is not `AB`, and bidders differ only in capitals.
 * Offers: Acme 1 x 100 = 100; ACME 1 x 10,000 + 2 x 3 = 10,006.
 */
export const hostileCatalogue: Catalogue = Object.freeze({
  name: '=HYPERLINK("http://example.com","framework")',
  measures: [
    measure('A*', 'economic', '=SUM(A1:A9)', 'unit', 100, 2025),
    measure('AB', 'economic', "'quoted", 'unit', 1000, 2025),
    measure('ab', 'social', '+44 20 7946 0000', 'unit', 10000, 2025),
    measure('=1+1', 'environmental', '@home', 'unit', 3, 2025),
  ],
});
export const hostileTender: Tender = Object.freeze({
  name: '=1+1',
  weights: { price: 60, quality: 30, socialValue: 10 },
  bids: [
    { bidder: 'Acme', price: 1000, quality: 50, commitments: [{ code: 'A*', quantity: 1 }] },
    {
      bidder: 'ACME',
      price: 1100,
      quality: 60,
      commitments: [
        { code: 'ab', quantity: 1 },
        { code: '=1+1', quantity: 2 },
      ],
    },
    { bidder: '=HYPERLINK("http://example.com","click")', price: 1200, quality: 70, socialValue: 50 },
    { bidder: "'Quoted", price: 1300, quality: 80, socialValue: 0 },
  ],
});

/** A sheet of a layout by name (the test fails when it is missing). */
export function sheetOf(layout: WorkbookLayout, name: string): SheetLayout {
  const sheet = layout.sheets.find((s) => s.name === name);
  if (sheet === undefined)
    throw new Error(`no ${name} sheet; the sheets are ${layout.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** The cell at an A1 address of a sheet. */
export function cellAt(sheet: SheetLayout, address: string): Cell {
  const position = cellPosition(address);
  if (position === null) throw new Error(`${address} is not an address`);
  return sheet.cells[position.row]?.[position.column] ?? null;
}

/** The formula at an A1 address, or the cell itself when it is not a formula. */
export function formulaAt(sheet: SheetLayout, address: string): string | Cell {
  const cell = cellAt(sheet, address);
  return isFormula(cell) ? cell.formula : cell;
}

/** The cached result at an A1 address, or the cell itself when it is not a formula. */
export function resultAt(sheet: SheetLayout, address: string): number | string | Cell {
  const cell = cellAt(sheet, address);
  return isFormula(cell) ? cell.result : cell;
}
