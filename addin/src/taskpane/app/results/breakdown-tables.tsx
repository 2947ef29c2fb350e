/** The present value by stakeholder, by domain and by year, as tables that scroll sideways. */
import type { ResultView } from '../../model/results-view.js';
import { SectionHeading } from '../common/section-heading.js';
import { SimpleTable } from '../common/simple-table.js';

/** Three captioned tables under their headings. */
export function BreakdownTables({ view }: { readonly view: ResultView }) {
  return (
    <>
      <SectionHeading>By stakeholder</SectionHeading>
      <SimpleTable
        caption="Present value by stakeholder"
        headers={['Stakeholder', 'Present value', 'Share', 'Inputs (present value)']}
        rows={view.byStakeholder.map((row) => [row.name, row.presentValue, row.share, row.inputs])}
        numeric={[1, 2, 3]}
      />
      <SectionHeading>By domain</SectionHeading>
      <SimpleTable
        caption="Present value by domain"
        headers={['Domain', 'Present value', 'Share']}
        rows={view.byDomain.map((row) => [row.domain, row.presentValue, row.share])}
        numeric={[1, 2]}
      />
      <SectionHeading>By year</SectionHeading>
      <SimpleTable
        caption="Value by year"
        headers={['Year', 'Value', 'Discount factor', 'Present value', 'Cumulative present value', 'Inputs']}
        rows={view.byYear.map((row) => [
          row.label,
          row.value,
          row.discountFactor,
          row.presentValue,
          row.cumulativePresentValue,
          row.inputs,
        ])}
        numeric={[1, 2, 3, 4, 5]}
      />
    </>
  );
}
