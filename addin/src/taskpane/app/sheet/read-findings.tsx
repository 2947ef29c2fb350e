/** What reading the selection found: problems, warnings and cells Excel could not pass, each at its cell. */
import type { SelectionRead } from '../../excel/read-selection.js';
import type { ReadResult } from '@sroi/workbook';
import { CellLinkList } from '../common/cell-link-list.js';
import { SectionHeading } from '../common/section-heading.js';

export interface ReadFindingsProps {
  readonly selection: SelectionRead;
  readonly read: ReadResult;
}

/** Lists of problems, warnings and error cells, or a line saying there are none. */
export function ReadFindings({ selection, read }: ReadFindingsProps) {
  const errorCells = selection.errorCells.map((cell) => ({
    sheet: selection.sheet,
    cell: cell.cell,
    message: `this cell holds ${cell.error}; Excel will not pass it to the add-in, so it is read as empty. Correct the formula or type a value.`,
  }));
  return (
    <>
      {read.problems.length === 0 ? (
        <p>No problems: the value map can be evaluated.</p>
      ) : (
        <>
          <SectionHeading>
            {read.problems.length === 1 ? '1 problem' : `${read.problems.length} problems`}
          </SectionHeading>
          <CellLinkList items={read.problems} label="Problems" />
        </>
      )}
      {errorCells.length === 0 ? null : (
        <>
          <SectionHeading>Cells Excel could not pass</SectionHeading>
          <CellLinkList items={errorCells} label="Cells Excel could not pass" />
        </>
      )}
      {read.warnings.length === 0 ? null : (
        <>
          <SectionHeading>
            {read.warnings.length === 1 ? '1 warning' : `${read.warnings.length} warnings`}
          </SectionHeading>
          <CellLinkList items={read.warnings} label="Warnings" />
        </>
      )}
    </>
  );
}
