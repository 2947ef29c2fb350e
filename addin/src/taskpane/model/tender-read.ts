/**
 * A tender read from the commissioner's selection, as the page takes it: the
 * whole tender when the selection has its rows of weights and methods, or only
 * the bids when it has just the table of bids; else every problem at its
 * cell. Nothing is taken in part: a selection that cannot be read leaves the
 * page as it was, so no bid is ever half from the sheet and half typed.
 */
import {
  sheetReference,
  tenderFromSheets,
  TENDER_ROWS,
  type CellProblem,
  type ProcurementRead,
  type SheetGrid,
} from '@sroi/workbook';
import type { Tender } from '@sroi/core';
import type { SelectionRead } from '../excel/read-selection.js';
import { tenderDraftOf, type TenderDraft } from './tender-draft.js';

/** What reading found, and the draft it gives. */
export interface TenderSheetRead {
  /** Where it was read, e.g. `'My bids'!B2:F4`. */
  readonly source: string;
  /** What was taken: the whole tender, or the bids only (the weights and methods stay as typed). */
  readonly took: 'tender' | 'bids';
  /** The page's draft after reading; null when there are problems, and nothing was taken. */
  readonly draft: TenderDraft | null;
  readonly problems: readonly CellProblem[];
  readonly warnings: readonly CellProblem[];
}

const SETTINGS_PATHS = ['weights.price', 'weights.quality', 'weights.socialValue', 'socialValueMethod', 'priceMethod'];

/**
 * Reads the tender in a selection with the workbook's one tender reader
 * (`tenderFromSheets`, as the `sroi score` command reads a file). A selection
 * without the Tender rows (Price weight (%)...) is read as bids alone, under
 * the methods typed on the page. A cell holding an Excel error (`#N/A`) is a
 * problem wherever it is, since Excel passes it as empty; and bids that
 * commit to catalogue measures are refused, since the pane has no catalogue
 * to price them with.
 *
 * @param selection - the selection as `readSelection` read it
 * @param typed - the page's draft now: its methods read a selection of bids alone, and it keeps its settings then
 * @returns the draft (null when anything stops it) with the problems and warnings at their cells
 *
 * @example
 * ```ts
 * readTenderSelection(selection, draft).draft?.bids.map((bid) => bid.bidder); //=> ['A', 'B']
 * ```
 */
export function readTenderSelection(selection: SelectionRead, typed: TenderDraft): TenderSheetRead {
  const whole = tenderFromSheets([selection.grid]);
  const hasSettings = SETTINGS_PATHS.some((path) => whole.where(path) !== path);
  const hasBids = whole.where('bids') !== 'bids';
  if (hasSettings) return taken(selection, whole, 'tender', (tender) => tenderDraftOf(tender));
  if (!hasBids) {
    // Nothing to take: say what was looked for, but not that weights are missing, since the page has its own.
    const problems = whole.problems.filter((problem) => problem.path !== 'weights');
    return taken(selection, { ...whole, problems }, 'bids', () => typed);
  }
  const typedSettings = settingsSheet(typed, selection.sheet);
  const bids = tenderFromSheets([selection.grid, typedSettings]);
  return taken(
    selection,
    bids,
    'bids',
    (tender) => ({ ...typed, bids: tenderDraftOf(tender).bids }),
    typedSettings.name,
  );
}

function taken(
  selection: SelectionRead,
  read: ProcurementRead<Tender>,
  took: 'tender' | 'bids',
  draftOf: (tender: Tender) => TenderDraft,
  typedSheet?: string,
): TenderSheetRead {
  const sheet = selection.sheet;
  const errorCells = selection.errorCells.map(({ cell, error }) => ({
    sheet,
    cell,
    message: `this cell holds ${error}; Excel does not pass it to the add-in, so it would be read as empty. Fix the formula or clear the cell.`,
  }));
  // The reader saw an empty cell where the error is ("price is blank"): the error is the real cause.
  const atError = (problem: CellProblem) =>
    problem.sheet === sheet && errorCells.some(({ cell }) => cell === problem.cell);
  const problems = [
    ...read.problems.filter((problem) => !atError(problem)).map(onPage(typedSheet)),
    ...errorCells,
    ...commitmentProblems(read),
  ];
  const warnings = [...read.warnings.map(onPage(typedSheet)), ...uncheckedRows(selection)];
  return {
    source: `${sheetReference(sheet)}!${selection.address}`,
    took,
    draft: problems.length > 0 || read.value === null ? null : draftOf(read.value),
    problems: problems.length === 0 && read.value === null ? [nothingRead(selection)] : problems,
    warnings,
  };
}

/**
 * The page's own settings as a Tender sheet for the reader, so that a
 * selection of bids alone is read under the methods chosen on the page. The
 * weights are stand-ins (only the bids are taken); the sheet's name is a
 * Tender sheet's, so the reader looks for the rows there, and differs from
 * the selection's.
 */
function settingsSheet(typed: TenderDraft, selected: string): SheetGrid {
  const label = (field: (typeof TENDER_ROWS)[number]['field']) =>
    TENDER_ROWS.find((row) => row.field === field)?.label ?? field;
  const currency = typed.currency.trim().toUpperCase();
  return {
    name: selected === 'Tender' ? 'TENDER' : 'Tender',
    cells: [
      [label('priceWeight'), 100],
      [label('qualityWeight'), 0],
      [label('socialValueWeight'), 0],
      [label('socialValueMethod'), typed.socialValueMethod],
      ...(/^[A-Z]{3}$/.test(currency) ? [[label('currency'), currency]] : []),
      ...(typed.socialValueMethod === 'both'
        ? [
            [label('monetisedSplit'), 50],
            [label('qualitativeSplit'), 50],
          ]
        : []),
    ],
  };
}

/**
 * A message the reader placed on the page's own settings (it should place
 * none: they are valid stand-ins) is still said, but at no cell of the workbook.
 */
function onPage(typedSheet: string | undefined) {
  return (problem: CellProblem): CellProblem =>
    typedSheet !== undefined && problem.sheet === typedSheet
      ? { sheet: null, cell: null, message: `the settings typed on this page: ${problem.message}` }
      : problem;
}

/** A bid whose offer is commitments to measures: priced only from a catalogue, which the pane cannot read yet. */
function commitmentProblems(read: ProcurementRead<Tender>): CellProblem[] {
  const whereOf = (index: number) =>
    [`bids[${index}].commitments[0].code`, `bids[${index}].commitments[0]`, `bids[${index}].bidder`]
      .map((path) => read.where(path))
      .find((where) => /![A-Z]+\d+$/.test(where)) ?? '';
  return (read.value?.bids ?? []).flatMap((bid, index) =>
    bid.commitments === undefined || bid.commitments.length === 0
      ? []
      : [
          problemAt(
            whereOf(index),
            `${bid.bidder}'s social value offer is commitments to measures, which are priced from a measures catalogue; the pane cannot price them yet. Give the offer in money in the Social value offer column, or score the tender with the sroi command line and --catalogue.`,
          ),
        ],
  );
}

/** A problem at `My bids!B3` (as `where` says it), or at no cell when there is none. */
function problemAt(where: string, message: string): CellProblem {
  const split = where.lastIndexOf('!');
  if (split < 1) return { sheet: null, cell: null, message };
  return { sheet: where.slice(0, split), cell: where.slice(split + 1), message };
}

/** Said when the reader found no tender and gave no reason (it always should; never pass over it). */
function nothingRead(selection: SelectionRead): CellProblem {
  return {
    sheet: selection.sheet,
    cell: null,
    message:
      'no tender was found in the selection: select the Tender rows (Price weight (%), Quality weight (%), ...) and the Bids table (Bidder, Price, Quality score, Social value offer), then press Read bids from my sheet again',
  };
}

/** Rows Excel was not asked about hiding (very large selections): read like the others, and said. */
function uncheckedRows(selection: SelectionRead): CellProblem[] {
  if (selection.hiddenNotChecked === undefined) return [];
  const [first] = selection.hiddenNotChecked.split(':');
  const column = /^[A-Z]+/.exec(selection.address)?.[0] ?? 'A';
  return [
    {
      sheet: selection.sheet,
      cell: `${column}${first}`,
      message: `rows ${selection.hiddenNotChecked} were read without asking Excel whether they are hidden or filtered out: check that no hidden row there should be left out`,
    },
  ];
}
