/**
 * How the selection's columns were read: the impact map's with a select per
 * column to correct it (or, where no impact map was recognised, the
 * selection's first row to place the fields by hand), and the other tables read.
 */
import type { Dispatch } from 'react';
import { correctableTable } from '../state/column-correction.js';
import type { PaneAction } from '../state/pane-actions.js';
import type { SheetRead } from '../state/pane-state.js';
import { MappingTable } from './mapping-table.js';

export interface ColumnsReadProps {
  readonly sheet: SheetRead;
  readonly dispatch: Dispatch<PaneAction>;
}

/** One mapping table per table read; only the impact map's can be corrected. */
export function ColumnsRead({ sheet, dispatch }: ColumnsReadProps) {
  const impactMap = correctableTable(sheet.selection, sheet.read);
  const others = sheet.read.mapping.filter((table) => table.table !== 'impactMap');
  const recognised = sheet.read.mapping.some((table) => table.table === 'impactMap');
  return (
    <>
      {impactMap === null ? (
        <p>The selection is empty: select the value map's headers and rows in Excel.</p>
      ) : (
        <>
          <p>
            {recognised
              ? 'Check what each column was read as; choose another field where it is wrong.'
              : 'No value-map headers were recognised in the first row of the selection. Choose what each column holds.'}
          </p>
          <MappingTable
            table={impactMap}
            onCorrect={(letter, field) => dispatch({ type: 'correct-column', letter, field })}
          />
        </>
      )}
      {others.map((table) => (
        <MappingTable key={`${table.table}-${table.headers}`} table={table} />
      ))}
    </>
  );
}
