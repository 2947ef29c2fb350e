/** The switching values: how far each estimate must move for the ratio to fall to 1 : 1. */
import type { SwitchingRow } from '../../model/sensitivity-view.js';
import { SimpleTable } from '../common/simple-table.js';

/** A table with one row per estimate of each outcome, then for all outcomes together. */
export function SwitchingTable({ rows }: { readonly rows: readonly SwitchingRow[] }) {
  return (
    <SimpleTable
      caption="Switching values"
      headers={['Estimate', 'Outcome', 'Now', 'Switching value', 'Change', 'What it means']}
      rows={rows.map((row) => [row.estimate, row.outcome, row.base, row.switchingValue, row.change, row.sentence])}
      wide={[1, 5]}
    />
  );
}
