import type { ReadContext } from '../../read/context.js';
import { numberStyleOf, type NumberStyle } from '../../read/number-text.js';
import type { CellRef } from '../../read/problems.js';
import type { FoundTable } from './find-tables.js';

/** A table and the fields of it that hold numbers. */
export interface NumberColumns {
  readonly table: FoundTable<string> | undefined;
  readonly fields: readonly string[];
}

/**
 * How each sheet writes decimals in text ("1,250.50" or "1.250,50"), decided
 * once from the text of its number cells only (codes such as "1.1" or
 * descriptions say nothing), with the sheet's own `decimalMark` where the
 * text does not say.
 *
 * @param numbers - the tables' number columns
 * @param labelled - the cells of labelled numbers (weights, price year)
 */
export function numberStyles(
  context: ReadContext,
  numbers: readonly NumberColumns[],
  labelled: readonly CellRef[],
): (sheetIndex: number) => NumberStyle {
  const styles = new Map<number, NumberStyle>();
  return (sheetIndex) => {
    let style = styles.get(sheetIndex);
    if (style === undefined) {
      style = numberStyleOf(textsOn(context, sheetIndex, numbers, labelled), context.sheets[sheetIndex]?.decimalMark);
      styles.set(sheetIndex, style);
    }
    return style;
  };
}

function textsOn(
  context: ReadContext,
  sheetIndex: number,
  numbers: readonly NumberColumns[],
  labelled: readonly CellRef[],
): string[] {
  const texts: string[] = [];
  const add = (row: number, column: number | undefined) => {
    const cell = context.cell(sheetIndex, row, column);
    if (cell.kind === 'text') texts.push(cell.text);
  };
  for (const { table, fields } of numbers) {
    if (table?.sheetIndex !== sheetIndex) continue;
    for (let row = table.headerRow + 1; row < table.endRow; row += 1)
      for (const field of fields) add(row, table.columns.get(field));
  }
  for (const ref of labelled) if (ref.sheetIndex === sheetIndex) add(ref.row, ref.column);
  return texts;
}
