/** What reading the selection found: problems, warnings and cells Excel could not pass, each at its cell. */
import { CellLinkList } from '../common/cell-link-list.js';
import { SectionHeading } from '../common/section-heading.js';
import type { SheetFindings } from './sheet-findings.js';

export interface ReadFindingsProps {
  readonly findings: SheetFindings;
}

/** Lists of problems, warnings and error cells, or a line saying there are none. */
export function ReadFindings({ findings }: ReadFindingsProps) {
  const { problems, errorCells, warnings } = findings;
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
      {warnings.length === 0 ? null : (
        <>
          <SectionHeading>{warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}</SectionHeading>
          <CellLinkList items={warnings} label="Warnings" />
        </>
      )}
    </>
  );
}
