import { findTenderProblems, toDecimal, type SroiProblem, type Tender, type TenderOptions } from '@sroi/core';
import type { ReadContext } from '../../read/context.js';
import type { SheetGrid } from '../../read/find-tables.js';
import type { CellRef } from '../../read/problems.js';
import { TENDER_ROWS, type BidField, type CommitmentField } from '../layout.js';
import { shownCell } from './cells.js';
import { findProcurementTables, type FoundTable } from './find-tables.js';
import { checkMoneySigns } from './currency-signs.js';
import { warnOffersBesideCommitments } from './offer-check.js';
import { BID_COMMITMENTS, BIDS } from './kinds.js';
import { labelSheets, readLabelledRows } from './labelled-rows.js';
import { numberStyles } from './number-styles.js';
import { hasPercentSign } from './parsers.js';
import { attachCommitments, readBids, readOffers } from './read-bids.js';
import { besidesMissingColumns, finishReading, reportCoreProblems, startReading } from './read-result.js';
import { checkHeader, dataRows, headerRef } from './table-checks.js';
import { readTenderSettings } from './tender-settings.js';
import type { PricedRead } from './types.js';

const BID_NUMBERS: readonly BidField[] = ['price', 'quality', 'socialValue', 'socialValueScore'];

/**
 * Reads a tender: the Tender sheet's labelled rows (weights in percent,
 * methods, split, price year), a Bids table, and an optional Commitments
 * table whose rows attach to bids by bidder name. Weights given as
 * fractions (0.6, 0.3, 0.1) are refused with the percentage they may mean.
 * A bid with no social value offer and no commitments is left without one,
 * so that the engine asks for it (it is never taken as 0). A bid with
 * commitments offers what they are worth: its Social value offer cell (the
 * tender workbook's sum of them) is not read, and a figure there that
 * differs from the commitments priced with `options.catalogue` is a warning.
 *
 * The engine's checks run on what was read, each problem at its cell.
 * Commitments are priced (and their codes checked) from a catalogue: give
 * `options.catalogue` to check them here; without one, the engine's "needs
 * a catalogue" problem is left to `scoreTenders`, which is given it.
 *
 * @param sheets - the workbook's sheets (Tender, Bids, Commitments), or one CSV sheet holding all three
 * @param options - the catalogue (and price base) that prices commitments, to check codes now
 * @returns the tender (null when there are problems), its price year, problems and warnings at cells, and where each path was read
 *
 * @example
 * ```ts
 * const read = tenderFromSheets([
 *   { name: 'Tender', cells: [['Price weight (%)', 60], ['Quality weight (%)', 30], ['Social value weight (%)', 10]] },
 *   { name: 'Bids', cells: [['Bidder', 'Price', 'Quality score', 'Social value offer'],
 *                            ['A', 10000, 80, 50000], ['B', 8000, 70, 20000]] },
 * ]);
 * scoreTenders(read.value!).ranking; //=> ['B', 'A']
 * read.where('bids[1].price');        //=> 'Bids!B3'
 * ```
 */
export function tenderFromSheets(sheets: readonly SheetGrid[], options: TenderOptions = {}): PricedRead<Tender> {
  const context = startReading(sheets);
  const [bidsTable, commitmentsTable] = findProcurementTables(context, [BIDS, BID_COMMITMENTS]) as [
    FoundTable<BidField> | undefined,
    FoundTable<CommitmentField> | undefined,
  ];
  const labels = readLabelledRows(context, TENDER_ROWS, labelSheets(context, ['tender']), [
    bidsTable,
    commitmentsTable,
  ]);
  const style = numberStyles(
    context,
    [
      { table: bidsTable, fields: BID_NUMBERS },
      { table: commitmentsTable, fields: ['quantity'] },
    ],
    [...labels.values()],
  );
  const tenderSheet = [...labels.values()][0]?.sheetIndex ?? bidsTable?.sheetIndex ?? 0;
  const { priceYear, ...settings } = readTenderSettings(context, labels, style(tenderSheet));
  if (bidsTable === undefined) {
    const names = sheets.map((sheet) => JSON.stringify(sheet.name)).join(', ') || 'none';
    context.report(
      null,
      `no bids found: no sheet (${names}) has a header row with Bidder, Price and Quality score columns; give one row per bid`,
      { path: 'bids' },
    );
    return finishReading<Tender, { priceYear: number | null }>(context, null, { priceYear: priceYear ?? null });
  }
  const missingBids = checkHeader(context, bidsTable, BIDS, BID_NUMBERS);
  context.locate('bids', headerRef(context, bidsTable));
  const bidRows = dataRows(context, bidsTable);
  const read = readBids(context, bidsTable, bidRows, style);
  const { bids } = read;
  let missingCommitments: string[] = [];
  if (commitmentsTable !== undefined) {
    missingCommitments = checkHeader(context, commitmentsTable, BID_COMMITMENTS, ['quantity']);
    attachCommitments(context, commitmentsTable, dataRows(context, commitmentsTable), bids, style);
  }
  readOffers(context, bidsTable, read, style);
  const tender: Tender = { ...settings, weights: settings.weights as Tender['weights'], bids };

  reportCoreProblems(context, tenderProblems(tender, options, missingBids, missingCommitments));
  checkBidCells(context, tender, options, bidsTable, bidRows, read.rows);
  return finishReading(context, tender, { priceYear: priceYear ?? null });
}

/**
 * The engine's problems with the tender read. Without a catalogue,
 * commitments cannot be priced yet: that problem is left to `scoreTenders`,
 * which is given one. Fields of a missing column were said at the header.
 */
function tenderProblems(
  tender: Tender,
  options: TenderOptions,
  missingBids: readonly string[],
  missingCommitments: readonly string[],
): SroiProblem[] {
  let problems = findTenderProblems(tender, options);
  if (options.catalogue === undefined)
    problems = problems.filter((problem) => !/^bids\[\d+\]\.commitments$/.test(problem.path));
  problems = besidesMissingColumns(problems, /^bids\[\d+\]$/, missingBids);
  return besidesMissingColumns(problems, /^bids\[\d+\]\.commitments\[\d+\]$/, missingCommitments);
}

/** What the bids' cells say besides their values: currency signs, offers beside commitments, scores as fractions. */
function checkBidCells(
  context: ReadContext,
  tender: Tender,
  options: TenderOptions,
  table: FoundTable<BidField>,
  dataRows: readonly number[],
  bidRows: readonly number[],
): void {
  const cellsOf = (field: BidField) => {
    const column = table.columns.get(field);
    return column === undefined ? [] : dataRows.map((row) => context.ref(table.sheetIndex, row, column));
  };
  checkMoneySigns(context, [...cellsOf('price'), ...cellsOf('socialValue')], tender.currency ?? 'GBP', 'tender');
  warnOffersBesideCommitments(context, tender, options, table, bidRows);
  warnFractionScores(context, cellsOf('quality'), 'quality scores');
  warnFractionScores(context, cellsOf('socialValueScore'), 'social value scores');
}

/**
 * Scores are out of 100; when every one is 1 or less they are likely
 * fractions (80% formatted as percent is 0.8): read as they are, but said.
 */
function warnFractionScores(context: ReadContext, cells: readonly CellRef[], what: string): void {
  const values = cells
    .map((ref) => shownCell(context, ref.sheetIndex, ref.row, ref.column))
    .filter((cell) => cell.kind !== 'blank');
  if (values.some(hasPercentSign)) return;
  const numbers = values.map((cell) =>
    cell.kind === 'number' ? cell.number : Number(cell.kind === 'text' ? cell.text : NaN),
  );
  if (numbers.length === 0 || numbers.some((n) => !(n >= 0 && n <= 1)) || numbers.every((n) => n === 0)) return;
  const first = cells.find((ref) => context.cell(ref.sheetIndex, ref.row, ref.column).kind !== 'blank') as CellRef;
  const example = numbers.find((n) => n > 0) ?? 0;
  const percent = toDecimal(example).times(100).toString();
  context.warn(
    first,
    `the ${what} are out of 100, and every one here is 1 or less (e.g. ${example}): if they are fractions (${percent}%), enter them out of 100 (${percent}); they are read as they stand`,
  );
}
