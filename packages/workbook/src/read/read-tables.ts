import { WHOLE_NUMBER_RULES, type DecimalLike } from '@sroi/core';
import { isTotalsRow, type ReadContext } from './context.js';
import type { Table } from './find-tables.js';
import { assign } from './read-impact-map.js';
import type { ReadCell } from './cell-value.js';
import { parseNumber, parseText, parseWholeField, type Parsed } from './values.js';

export interface StakeholderDraft {
  id?: string;
  name?: string;
}

export interface InputDraft {
  stakeholder?: string;
  description?: string;
  amount?: DecimalLike;
  year?: number;
}

/** Rows of a table that hold something: not blank, not a totals row. */
function dataRows(context: ReadContext, table: Table, fields: readonly string[]): number[] {
  const rows = context.grids[table.sheetIndex] ?? [];
  const found: number[] = [];
  for (let row = table.headerRow + 1; row < table.endRow; row += 1) {
    if (fields.every((field) => context.isBlank(context.field(table, row, field)))) continue;
    if (isTotalsRow(rows[row] ?? [], table, context.isBlank)) continue;
    found.push(row);
  }
  return found;
}

export function readStakeholders(context: ReadContext, table: Table): StakeholderDraft[] {
  const rows = dataRows(context, table, ['id', 'name']);
  context.locateRows('stakeholders', table, rows, { id: 'id', name: 'name' }, 'id');
  return rows.map((row, index) => {
    const draft: StakeholderDraft = {};
    for (const field of ['id', 'name'] as const) {
      const path = `stakeholders[${index}].${field}`;
      const ref = context.fieldRef(table, row, field);
      const cell = context.field(table, row, field);
      if (cell.kind === 'blank') continue;
      const parsed = parseText(cell, `stakeholder ${field === 'id' ? 'ID' : 'name'}`);
      if (parsed.ok) draft[field] = parsed.value;
      else {
        context.report(ref, parsed.message, { path });
        draft[field] = field;
      }
    }
    return draft;
  });
}

export function readInputs(context: ReadContext, table: Table): InputDraft[] {
  const style = context.numberStyle(table.sheetIndex);
  const rows = dataRows(context, table, ['stakeholder', 'description', 'amount', 'year']);
  const fields = { stakeholder: 'stakeholder', description: 'description', amount: 'amount', year: 'year' };
  context.locateRows('inputs', table, rows, fields, 'description');
  return rows.map((row, index) => {
    const draft: InputDraft = {};
    const take = <T>(field: string, parse: (cell: ReadCell) => Parsed<T>, placeholder?: T): T | undefined => {
      const path = `inputs[${index}].${field}`;
      const ref = context.fieldRef(table, row, field);
      const cell = context.field(table, row, field);
      if (cell.kind === 'blank') return undefined;
      const parsed = parse(cell);
      if (parsed.ok) return parsed.value;
      context.report(ref, parsed.message, { path });
      return placeholder;
    };
    assign(
      draft,
      'stakeholder',
      take('stakeholder', (cell) => parseText(cell, 'input stakeholder')),
    );
    assign(
      draft,
      'description',
      take('description', (cell) => parseText(cell, 'input description'), 'input'),
    );
    assign(
      draft,
      'amount',
      take<DecimalLike>('amount', (cell) => parseNumber(cell, 'input amount', 'an amount, 0 or more', style), 0),
    );
    assign(
      draft,
      'year',
      take('year', (cell) => parseWholeField(cell, WHOLE_NUMBER_RULES.inputYear, style)),
    );
    return draft;
  });
}

/** Quantities by year of outcome, by outcome ID. */
export function readQuantityByYear(
  context: ReadContext,
  table: Table,
): Map<string, { values: DecimalLike[]; row: number }> {
  const byId = new Map<string, { values: DecimalLike[]; row: number }>();
  const yearColumns = [...table.columns.entries()]
    .filter(([field]) => field.startsWith('year'))
    .map(([field, column]) => ({ year: Number(field.slice(4)), column }))
    .sort((a, b) => a.year - b.year);
  const rows = context.grids[table.sheetIndex] ?? [];
  for (let row = table.headerRow + 1; row < table.endRow; row += 1) {
    const idCell = context.cell(table.sheetIndex, row, 0);
    if (context.isBlank(idCell) || isTotalsRow(rows[row] ?? [], table, context.isBlank)) continue;
    const id = parseText(idCell, 'outcome ID');
    if (!id.ok) {
      context.report(context.ref(table.sheetIndex, row, 0), id.message);
      continue;
    }
    const values: DecimalLike[] = [];
    let ended = false;
    for (const { year, column } of yearColumns) {
      const cell = context.cell(table.sheetIndex, row, column);
      const ref = context.ref(table.sheetIndex, row, column);
      if (cell.kind === 'blank') {
        ended = true;
        continue;
      }
      if (ended || year !== values.length + 1) {
        context.report(
          ref,
          `quantity for year ${year} of the outcome follows a blank year; give one quantity per year with no gaps`,
        );
        continue;
      }
      const parsed = parseNumber(cell, 'quantity', 'a number, 0 or more', context.numberStyle(table.sheetIndex));
      if (parsed.ok) values.push(parsed.value);
      else {
        context.report(ref, parsed.message);
        values.push(0);
      }
    }
    byId.set(id.value, { values, row });
  }
  return byId;
}
