/** What reading the selection found: problems, warnings and cells Excel could not pass, each at its cell. */
import type { ReadResult } from '@sroi/workbook';
import { CellLinkList } from '../common/cell-link-list.js';
import { SectionHeading } from '../common/section-heading.js';
import type { SheetFindings } from './sheet-findings.js';

export interface ReadFindingsProps {
  readonly findings: SheetFindings;
  readonly read: ReadResult;
}

/** Lists of problems, warnings and error cells, or a line saying there are none. */
export function ReadFindings({ findings, read }: ReadFindingsProps) {
  const { problems, errorCells } = findings;
  return (
    <>
      {problems.length === 0 ? (
        <p>No problems: the value map can be evaluated.</p>
      ) : (
        <>
          <SectionHeading>{problems.length === 1 ? '1 problem' : `${problems.length} problems`}</SectionHeading>
          <CellLinkList items={problems} label="Problems" />
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
