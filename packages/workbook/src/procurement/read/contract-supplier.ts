import type { ReadContext } from '../../read/context.js';
import { parseText } from '../../read/values.js';
import type { CommitmentField } from '../layout.js';
import type { FoundTable } from './find-tables.js';

/**
 * A contract's commitments are its supplier's. A Commitments table kept from
 * the tender, with a Bidder column, may hold every bidder's: counting them
 * all would overstate what was committed without a word, so a row of
 * another bidder (than the Supplier, or than the first named) is a problem.
 */
export function checkSupplierRows(
  context: ReadContext,
  table: FoundTable<CommitmentField>,
  rows: readonly number[],
  supplier: string | undefined,
): void {
  const column = table.columns.get('bidder');
  if (column === undefined) return;
  let expected = supplier;
  for (const row of rows) {
    const cell = context.cell(table.sheetIndex, row, column);
    const bidder = parseText(cell, 'bidder');
    if (!bidder.ok) continue;
    expected ??= bidder.value;
    if (bidder.value.trim().toLowerCase() === expected.trim().toLowerCase()) continue;
    context.report(
      context.ref(table.sheetIndex, row, column),
      supplier === undefined
        ? `this commitment is ${JSON.stringify(bidder.value)}'s, but the rows above are ${JSON.stringify(expected)}'s: a contract's commitments are its supplier's; keep the supplier's rows and name it in the Supplier row`
        : `this commitment is ${JSON.stringify(bidder.value)}'s, but the contract's supplier is ${JSON.stringify(supplier)}: a contract's commitments are its supplier's; remove other bidders' rows`,
    );
  }
}
