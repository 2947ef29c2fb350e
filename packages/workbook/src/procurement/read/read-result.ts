import type { SroiProblem } from '@sroi/core';
import { cellAddress } from '../../cells/address.js';
import { ReadContext } from '../../read/context.js';
import { readGrids, type SheetGrid } from '../../read/find-tables.js';
import { inReadingOrder } from '../../read/problems.js';
import type { ProcurementRead } from './types.js';

/** The impact map's reading context, used for the procurement sheets too: cells, problems and where each path was read. */
export function startReading(sheets: readonly SheetGrid[]): ReadContext {
  return new ReadContext(sheets, readGrids(sheets));
}

/** A path's cell as `Bids!C4`, or null when it was not read from a cell. */
export function addressOf(context: ReadContext, path: string): string | null {
  const ref = context.where(path);
  return ref === null ? null : `${ref.sheet}!${cellAddress(ref.row, ref.column)}`;
}

/**
 * Reports the engine's problems at the cells their paths were read from. A
 * problem at a cell (or path) the reader has already reported is left out:
 * the reader's message says what the cell holds, and one cell gets one
 * problem (an unreadable weight is not also a weight that does not sum to 100).
 */
export function reportCoreProblems(context: ReadContext, problems: readonly SroiProblem[]): void {
  const cells = new Set(context.problems.map((problem) => `${problem.sheet ?? ''}!${problem.cell ?? ''}`));
  const paths = context.problems.map((problem) => problem.path).filter((path): path is string => path !== undefined);
  for (const problem of problems) {
    const ref = context.where(problem.path);
    const key = ref === null ? null : `${ref.sheet}!${cellAddress(ref.row, ref.column)}`;
    if (key !== null && cells.has(key)) continue;
    if (paths.some((path) => problem.path === path || problem.path.startsWith(`${path}.`))) continue;
    context.report(ref, withCells(context, problem.message), { path: problem.path });
  }
}

/** A message that names another row by its path ("already used by measures[0]") names its cell instead. */
function withCells(context: ReadContext, message: string): string {
  return message.replace(
    /\b(?:measures|values|bids|commitments|deliveries)\[\d+\]/g,
    (path) => addressOf(context, path) ?? path,
  );
}

/** The model with every problem and warning in sheet order, and where each path was read. */
export function finishReading<T, Extra extends object = object>(
  context: ReadContext,
  value: T | null,
  extra?: Extra,
): ProcurementRead<T> & Extra {
  const problems = inReadingOrder(context.problems);
  return {
    ...(extra as Extra),
    value: problems.length === 0 ? value : null,
    problems,
    warnings: inReadingOrder(context.warnings),
    where: (path: string) => addressOf(context, path) ?? path,
  };
}

/**
 * The engine's problems less those about fields of a table's rows whose
 * column is missing: that was said once at the header, not on every row.
 *
 * @param rows - the rows' paths, e.g. /^measures\[\d+\]$/ or /^bids\[\d+\]\.commitments\[\d+\]$/
 */
export function besidesMissingColumns(
  problems: readonly SroiProblem[],
  rows: RegExp,
  missing: readonly string[],
): SroiProblem[] {
  return problems.filter((problem) => {
    const cut = problem.path.lastIndexOf('.');
    return !(missing.includes(problem.path.slice(cut + 1)) && rows.test(problem.path.slice(0, Math.max(cut, 0))));
  });
}
