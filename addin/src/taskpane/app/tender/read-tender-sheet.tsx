/**
 * "Read bids from my sheet": reads the selection (only reads it, never changes
 * it) with the workbook's one tender reader, and lists what stops it at the
 * cells, each a link that selects its cell.
 */
import { useState, type Dispatch } from 'react';
import { Button } from '@fluentui/react-components';
import { readSelection } from '../../excel/read-selection.js';
import { withExcel } from '../../excel/run.js';
import type { TenderSheetRead } from '../../model/tender-read.js';
import { ButtonRow } from '../common/button-row.js';
import { CellLinkList } from '../common/cell-link-list.js';
import { ErrorBar } from '../common/error-bar.js';
import { usePaneEnvironment } from '../common/pane-environment.js';
import { SectionHeading } from '../common/section-heading.js';
import type { PaneAction } from '../state/pane-actions.js';

export interface ReadTenderSheetProps {
  /** What the last read found; null before any. */
  readonly read: TenderSheetRead | null;
  readonly dispatch: Dispatch<PaneAction>;
}

/** The button, what it read, and the problems and warnings at their cells. */
export function ReadTenderSheet({ read, dispatch }: ReadTenderSheetProps) {
  const { inExcel } = usePaneEnvironment();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');

  const readSheet = async () => {
    setBusy(true);
    setError(null);
    setStatus('Reading the selection…');
    try {
      const selection = await withExcel((context) => readSelection(context));
      dispatch({ type: 'tender-read', selection });
      setStatus('');
    } catch (caught) {
      setStatus('');
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <SectionHeading>From your sheet</SectionHeading>
      <p>
        Select the bids in Excel (a table with Bidder, Price, Quality score and Social value offer), with the rows of
        weights and methods above it if you have them, then press Read bids from my sheet. The add-in only reads your
        cells; it never changes them.
      </p>
      <ButtonRow>
        <Button disabled={!inExcel} disabledFocusable={busy} onClick={() => void readSheet()}>
          Read bids from my sheet
        </Button>
      </ButtonRow>
      <p role="status" aria-live="polite">
        {status !== '' ? status : read === null ? '' : readSummary(read)}
      </p>
      <ErrorBar error={error} title="The selection could not be read." />
      {read === null || read.problems.length === 0 ? null : (
        <>
          <SectionHeading>
            {read.problems.length === 1 ? '1 problem' : `${read.problems.length} problems`}
          </SectionHeading>
          <CellLinkList items={read.problems} label="Problems" />
        </>
      )}
      {read === null || read.warnings.length === 0 ? null : (
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

/** What the read did to the page, in a sentence. */
function readSummary(read: TenderSheetRead): string {
  if (read.draft === null)
    return `Read ${read.source}. Nothing was taken from it: fix the problems below in Excel, then read it again.`;
  const bids = read.draft.bids.length === 1 ? '1 bid' : `${read.draft.bids.length} bids`;
  return read.took === 'tender'
    ? `Read ${read.source}: the weights, the methods and ${bids}, shown below.`
    : `Read ${read.source}: ${bids}, shown below. The weights and methods are as typed on this page.`;
}
