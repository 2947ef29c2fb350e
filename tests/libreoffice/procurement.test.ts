import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  monitorDelivery,
  scoreTenders,
  type Contract,
  type MonitorOptions,
  type Tender,
  type TenderOptions,
} from '@sroi/core';
import { catalogueWorkbook, isFormula, monitoringWorkbook, tenderWorkbook, type WorkbookLayout } from '@sroi/workbook';
import {
  bothTender,
  catalogue,
  committedOptions,
  committedTender,
  contract,
  deflator,
  hostileCatalogue,
  hostileTender,
  linearTender,
  priceBase,
  tiedTender,
  workedExample,
} from '../workbook/procurement-write-fixtures';
import { recalculateLayouts, sofficeOrSkip, type Recalculated } from './soffice';

/** Stored in every formula cell before LibreOffice opens the file: any cell still showing it was not recalculated. */
const WRONG = -987654.321;

const soffice = sofficeOrSkip();
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

const monitorOptions: MonitorOptions = { catalogue, priceBase };

/** Social value scored by the panel only: no bid offers money, so social value per pound is n/a. */
const qualitativeTender: Tender = {
  name: 'Advocacy service',
  weights: { price: 40, quality: 40, socialValue: 20 },
  socialValueMethod: 'qualitative',
  bids: [
    { bidder: 'North', price: 90000, quality: 65, socialValueScore: 70 },
    { bidder: 'South', price: 85000, quality: 60, socialValueScore: 90 },
  ],
};

/** The worked example with the commissioner's edits on the Tender sheet: linear price, weights 50/40/10. */
const editedTender: Tender = {
  ...workedExample,
  priceMethod: 'linear',
  weights: { price: 50, quality: 40, socialValue: 10 },
};
/** The index with 2020 changed from 80 to 50 on the Price Index sheet: EMP-1's 1,000 becomes 2,000. */
const editedIndex = { ...deflator, values: deflator.values.map((v) => (v.year === 2020 ? { ...v, index: 50 } : v)) };

const tenders: [string, Tender, TenderOptions][] = [
  ['worked-example', workedExample, {}],
  ['linear', linearTender, {}],
  ['both', bothTender, {}],
  ['tie', tiedTender, {}],
  ['commitments', committedTender, committedOptions],
  ['hostile', hostileTender, { catalogue: hostileCatalogue }],
  ['qualitative', qualitativeTender, {}],
];

const layouts: [string, WorkbookLayout][] = [
  ...tenders.map(([name, tender, options]): [string, WorkbookLayout] => [name, tenderWorkbook(tender, options)]),
  ['monitoring', monitoringWorkbook(contract, monitorOptions)],
  ['empty-contract', monitoringWorkbook({ name: 'Nothing yet', commitments: [], deliveries: [] }, { catalogue })],
  [
    'catalogue',
    catalogueWorkbook(catalogue.measures.some((m) => m.priceYear === 2019) ? withoutOld() : catalogue, priceBase),
  ],
  [
    'edited-tender',
    edit(tenderWorkbook(workedExample), 'Tender', [
      ['Price weight (%)', 50],
      ['Quality weight (%)', 40],
      ['Price method', 'linear'],
    ]),
  ],
  ['edited-index', editIndex(monitoringWorkbook(contract, monitorOptions))],
];

/** The catalogue without the measure in 2019 prices, which the index cannot price (the catalogue workbook refuses it). */
function withoutOld() {
  return { ...catalogue, measures: catalogue.measures.filter((m) => m.code !== 'OLD-1') };
}

/** The layout with values typed over labelled rows (label in column A, value in B) of one sheet. */
function edit(
  layout: WorkbookLayout,
  sheetName: string,
  changes: readonly [string, string | number][],
): WorkbookLayout {
  return {
    sheets: layout.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet;
      const cells = sheet.cells.map((row) => {
        const change = changes.find(([label]) => row[0] === label);
        return change === undefined ? row : row.map((cell, c) => (c === 1 ? change[1] : cell));
      });
      return { ...sheet, cells };
    }),
  };
}

function editIndex(layout: WorkbookLayout): WorkbookLayout {
  return {
    sheets: layout.sheets.map((sheet) => {
      if (sheet.name !== 'Price Index') return sheet;
      return {
        ...sheet,
        cells: sheet.cells.map((row) => (row[0] === 2020 ? row.map((c, i) => (i === 1 ? 50 : c)) : row)),
      };
    }),
  };
}

/** Money to the penny; points, ranks, shares and ratios (small values) to 1e-9. */
function agrees(expected: number | string, got: string): boolean {
  if (typeof expected === 'string') return got === expected;
  if (!/^-?\d/.test(got)) return false;
  const tolerance = Math.abs(expected) < 100 ? 1e-9 : 0.005;
  return Math.abs(Number(got) - expected) <= tolerance;
}

describeWithLibreOffice('procurement workbooks recalculated by LibreOffice', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-procurement-'));
  let recalculated: Recalculated = new Map();

  beforeAll(async () => {
    recalculated = await recalculateLayouts(soffice as string, layouts, directory, WRONG);
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** The recalculated grid of one sheet. */
  const grid = (workbook: string, sheet: string) => recalculated.get(workbook)?.get(sheet) ?? [];
  /** The rows of a sheet's block, from the row whose column A is `first` for `count` rows. */
  const rowsFrom = (rows: string[][], first: string, count: number) => {
    const at = rows.findIndex((row) => row[0] === first);
    expect(at).toBeGreaterThanOrEqual(0);
    return rows.slice(at, at + count);
  };

  it.each(layouts.filter(([name]) => !name.startsWith('edited')).map(([name]) => name))(
    'computes every formula cell of %s as the engine does',
    (name) => {
      const layout = layouts.find(([n]) => n === name)?.[1] as WorkbookLayout;
      const disagreements: string[] = [];
      let compared = 0;
      for (const sheet of layout.sheets) {
        const csv = grid(name, sheet.name);
        sheet.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!isFormula(cell)) return;
            compared += 1;
            const got = csv[r]?.[c] ?? '';
            if (!agrees(cell.result, got))
              disagreements.push(
                `${sheet.name}!R${r + 1}C${c + 1} =${cell.formula}: LibreOffice ${JSON.stringify(got)}, engine ${JSON.stringify(cell.result)}`,
              );
          }),
        );
      }
      expect(disagreements.slice(0, 20)).toEqual([]);
      expect(compared).toBeGreaterThanOrEqual(4);
    },
  );

  describe.each([...tenders, ['edited-tender', editedTender, {}] as [string, Tender, TenderOptions]])(
    'the %s tender',
    (name, tender, options) => {
      it('scores, totals, ranks and values per pound every bid as scoreTenders does', () => {
        const result = scoreTenders(tender, options);
        const scores = grid(name, 'Scores').slice(2, 2 + result.bids.length);
        expect(scores.map((row) => row[0])).toEqual(result.bids.map((bid) => bid.bidder));
        result.bids.forEach((bid, i) => {
          const row = scores[i] ?? [];
          const points = [bid.points.price, bid.points.quality, bid.points.socialValue, bid.points.total];
          points.forEach((value, c) =>
            expect(Math.abs(Number(row[c + 1]) - value.toNumber())).toBeLessThanOrEqual(1e-9),
          );
          expect(Number(row[5])).toBe(bid.rank);
          if (bid.socialValuePerPound === null) expect(row[6]).toBe('n/a');
          else expect(Math.abs(Number(row[6]) - bid.socialValuePerPound.toNumber())).toBeLessThanOrEqual(1e-9);
          const offer = grid(name, 'Bids')[2 + i]?.[3] ?? '';
          if (bid.socialValue !== null)
            expect(Math.abs(Number(offer) - bid.socialValue.toNumber())).toBeLessThanOrEqual(0.005);
        });
        expect(grid(name, 'Scores').find((row) => row[0] === 'Check')?.[1]).toMatch(
          /^Every bid (and commitment )?is scored$/,
        );
        expect(grid(name, 'Tender').some((row) => row[1] === 'The weights sum to 100')).toBe(true);
      });
    },
  );

  it('scores the worked example A 82 and B 85, with B first', () => {
    const scores = grid('worked-example', 'Scores');
    expect([scores[2]?.[0], Number(scores[2]?.[4]), Number(scores[2]?.[5])]).toEqual(['A', 82, 2]);
    expect([scores[3]?.[0], Number(scores[3]?.[4]), Number(scores[3]?.[5])]).toEqual(['B', 85, 1]);
  });

  it('gives bids whose totals agree to 10 places the same rank, and the next bid the rank after both', () => {
    const ranks = grid('tie', 'Scores')
      .slice(2, 5)
      .map((row) => [row[0], Number(row[4]).toFixed(9), Number(row[5])]);
    expect(ranks).toEqual([
      ['A', '76.000000000', 1],
      ['B', '76.000000000', 1],
      ['C', '70.000000000', 3],
    ]);
  });

  it('moves 1,000 in 2020 prices to 1,250 in 2025 prices, and shows #N/A for a year the index lacks', () => {
    const measures = grid('commitments', 'Measures');
    const emp = measures.find((row) => row[0] === 'EMP-1') ?? [];
    expect([emp[6], emp[7], emp[12]]).toEqual(['1000', '2020', '1250']);
    expect(measures.find((row) => row[0] === 'OLD-1')?.[12]).toBe('#N/A');
    const offers = grid('commitments', 'Bids')
      .slice(2, 5)
      .map((row) => Number(row[3]));
    expect(offers[0]).toBe(10000);
    expect(offers[1]).toBeCloseTo(4500, 9);
    expect(offers[2]).toBe(6000);
  });

  it('moves every proxy of the catalogue workbook with the Price Index sheet', () => {
    const measures = grid('catalogue', 'Measures');
    expect(measures[1]?.[12]).toBe('Proxy in 2025 prices');
    expect(measures.slice(2, 6).map((row) => [row[0], Number(row[12])])).toEqual([
      ['EMP-1', 1250],
      ['EMP-2', 300],
      ['ENV-1', 50],
      ['SOC-1', expect.closeTo(20000 / 90, 9)],
    ]);
  });

  describe.each([
    ['monitoring', contract, monitorOptions],
    ['edited-index', contract, { catalogue, priceBase: { year: 2025, index: editedIndex } }],
  ] as [string, Contract, MonitorOptions][])('the %s workbook', (name, agreement, options) => {
    const report = monitorDelivery(agreement, options);
    const close = (got: string | undefined, expected: number) =>
      expect(Math.abs(Number(got) - expected)).toBeLessThanOrEqual(Math.abs(expected) < 100 ? 1e-9 : 0.005);
    const share = (got: string | undefined, expected: { toNumber(): number } | null) =>
      expected === null ? expect(got).toBe('') : close(got, expected.toNumber());

    it('values every measure as monitorDelivery does', () => {
      const rows = grid(name, 'Monitoring').slice(2, 2 + report.measures.length);
      expect(rows.map((row) => row[0])).toEqual(report.measures.map((m) => m.code));
      report.measures.forEach((m, i) => {
        const row = rows[i] ?? [];
        close(row[4], m.committedQuantity.toNumber());
        close(row[5], m.deliveredQuantity.toNumber());
        close(row[6], m.proxy.toNumber());
        close(row[7], m.committedValue.toNumber());
        close(row[8], m.deliveredValue.toNumber());
        share(row[9], m.delivered);
        close(row[10], m.shortfallQuantity.toNumber());
        close(row[11], m.shortfallValue.toNumber());
      });
    });

    it('totals by domain, overall and by period as monitorDelivery does', () => {
      const sheet = grid(name, 'Monitoring');
      const totals = [
        ...report.domains.map((d) => ({ label: d.domain as string, ...d })),
        { label: 'Total', ...report.totals },
      ];
      rowsFrom(sheet, totals[0]?.label ?? '', totals.length).forEach((row, i) => {
        const expected = totals[i]!;
        expect(row[0]).toBe(expected.label);
        close(row[1], expected.committedValue.toNumber());
        close(row[2], expected.deliveredValue.toNumber());
        share(row[3], expected.delivered);
        close(row[4], expected.shortfallValue.toNumber());
      });
      rowsFrom(sheet, report.periods[0]?.period ?? '', report.periods.length).forEach((row, i) => {
        const expected = report.periods[i]!;
        expect(row[0]).toBe(expected.period);
        close(row[1], expected.deliveredValue.toNumber());
        close(row[2], expected.cumulativeValue.toNumber());
      });
      expect(sheet.filter((row) => row[0] === 'Check').map((row) => row[1])).toEqual([
        'Every commitment and delivery is counted above',
        'Every row of Commitments and Deliveries is counted',
      ]);
    });
  });

  it('keeps names and codes that look like formulas as text, and matches codes exactly', () => {
    const bids = grid('hostile', 'Bids').slice(2, 6);
    expect(bids.map((row) => row[0])).toEqual(['Acme', 'ACME', '=HYPERLINK("http://example.com","click")', "'Quoted"]);
    expect(bids.map((row) => Number(row[3]))).toEqual([100, 10006, 50, 0]);
    expect(
      grid('hostile', 'Scores')
        .slice(2, 6)
        .map((row) => row[0]),
    ).toEqual(bids.map((row) => row[0]));
    expect(
      grid('hostile', 'Measures')
        .slice(2, 6)
        .map((row) => [row[0], row[4]]),
    ).toEqual([
      ['A*', '=SUM(A1:A9)'],
      ['AB', "'quoted"],
      ['ab', '+44 20 7946 0000'],
      ['=1+1', '@home'],
    ]);
    expect(grid('hostile', 'Tender')[0]?.[1]).toBe('=1+1');
  });

  it('shows the hand-worked monitoring figures: 97.25% delivered, a shortfall of 1,875', () => {
    const sheet = grid('monitoring', 'Monitoring');
    const total = sheet.find((row) => row[0] === 'Total') ?? [];
    expect(total.slice(1, 5).map(Number)).toEqual([10000, 9725, 0.9725, 1875]);
    expect(sheet.find((row) => row[0] === 'EMP-2')?.slice(4, 12)).toEqual(['0', '2', '300', '0', '600', '', '0', '0']);
    expect(
      sheet
        .find((row) => row[0] === '2025 Q3')
        ?.slice(1, 3)
        .map(Number),
    ).toEqual([2625, 9725]);
  });
});
