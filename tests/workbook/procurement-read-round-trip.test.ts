import type { Contract, PriceBase, Tender } from '@sroi/core';
import {
  catalogueFromSheets,
  catalogueWorkbook,
  contractFromSheets,
  monitoringWorkbook,
  priceIndexFromSheets,
  tenderFromSheets,
  tenderWorkbook,
  type SheetGrid,
  type WorkbookLayout,
} from '@sroi/workbook';
import { readXlsx, xlsxBytes } from '@sroi/cli';
import { testCatalogue } from './procurement-read-fixtures';

/** The sheets as Office.js gives them: values, and formulas with their results. */
const grids = (layout: WorkbookLayout): SheetGrid[] =>
  layout.sheets.map((sheet) => ({ name: sheet.name, cells: sheet.cells }));

const priceBase: PriceBase = {
  year: 2025,
  index: {
    name: 'Test deflator',
    source: 'Illustrative',
    values: [
      { year: 2024, index: 100 },
      { year: 2025, index: 102 },
    ],
  },
};

const committed: Tender = {
  name: 'Community falls service',
  weights: { price: 60, quality: 30, socialValue: 10 },
  bids: [
    { bidder: 'A', price: 10000, quality: 80, commitments: [{ code: 'EMP-1', quantity: 2 }] },
    {
      bidder: 'B',
      price: 8000,
      quality: 70,
      commitments: [
        { code: 'ENV-1', quantity: 3 },
        { code: 'SOC-1', quantity: 40 },
      ],
    },
  ],
};

const monetised: Tender = {
  weights: { price: 50, quality: 30, socialValue: 20 },
  priceMethod: 'linear',
  bids: [
    { bidder: 'A', price: 10000, quality: 80, socialValue: 50000 },
    { bidder: 'B', price: 8000, quality: 70, socialValue: 20000 },
  ],
};

const contract: Contract = {
  name: 'Community falls service',
  supplier: 'A',
  commitments: [
    { code: 'EMP-1', quantity: 4 },
    { code: 'ENV-1', quantity: 10 },
  ],
  deliveries: [
    { period: '2025 Q1', code: 'EMP-1', quantity: 1 },
    { period: '2025 Q2', code: 'ENV-1', quantity: 2.5 },
  ],
};

describe('procurement workbooks read back as written', () => {
  it('gives back the catalogue and the price index from catalogueWorkbook, with nothing to say', () => {
    const sheets = grids(catalogueWorkbook(testCatalogue, priceBase));
    const catalogue = catalogueFromSheets(sheets);
    expect([...catalogue.problems, ...catalogue.warnings]).toEqual([]);
    expect(catalogue.value).toEqual(testCatalogue);
    const index = priceIndexFromSheets(sheets);
    expect([...index.problems, ...index.warnings]).toEqual([]);
    expect(index.value).toEqual(priceBase.index);
  });

  it('gives back a tender whose bids commit to measures, and its price year', () => {
    const read = tenderFromSheets(grids(tenderWorkbook(committed, { catalogue: testCatalogue })), {
      catalogue: testCatalogue,
    });
    expect([...read.problems, ...read.warnings]).toEqual([]);
    // The workbook states the defaults it scored with.
    expect(read.value).toEqual({
      ...committed,
      currency: 'GBP',
      priceMethod: 'lowest-price',
      socialValueMethod: 'monetised',
    });
    expect(read.priceYear).toBe(2024);
  });

  it('gives back a tender with offers in money', () => {
    const read = tenderFromSheets(grids(tenderWorkbook(monetised)));
    expect([...read.problems, ...read.warnings]).toEqual([]);
    expect(read.value).toEqual({ name: 'Tender', ...monetised, currency: 'GBP', socialValueMethod: 'monetised' });
  });

  it('gives back the contract from monitoringWorkbook', () => {
    const read = contractFromSheets(grids(monitoringWorkbook(contract, { catalogue: testCatalogue })));
    expect([...read.problems, ...read.warnings]).toEqual([]);
    expect(read.value).toEqual(contract);
    expect(read.priceYear).toBe(2024);
  });

  it('gives back the tender and contract through .xlsx files (exceljs)', async () => {
    const tender = tenderFromSheets(await readXlsx(await xlsxBytes(tenderWorkbook(monetised)), 'tender.xlsx'));
    expect(tender.problems).toEqual([]);
    expect(tender.value?.bids).toEqual(monetised.bids);
    const layout = monitoringWorkbook(contract, { catalogue: testCatalogue });
    const read = contractFromSheets(await readXlsx(await xlsxBytes(layout), 'contract.xlsx'));
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual(contract);
  });
});
