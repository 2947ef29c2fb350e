/**
 * Evaluate my sheet: read the value map the commissioner selected (only read,
 * never changed), show how each column was read with a way to correct it, the
 * problems at their cells, then evaluate.
 */
import { useState, type Dispatch } from 'react';
import { Button } from '@fluentui/react-components';
import { sheetReference } from '@sroi/workbook';
import { readSelection } from '../../excel/read-selection.js';
import { withExcel } from '../../excel/run.js';
import { ButtonRow } from '../common/button-row.js';
import { ErrorBar } from '../common/error-bar.js';
import { PageHeading } from '../common/page-heading.js';
import { usePaneEnvironment } from '../common/pane-environment.js';
import { SectionHeading } from '../common/section-heading.js';
import type { PaneAction } from '../state/pane-actions.js';
import type { PaneState } from '../state/pane-state.js';
import { ColumnsRead } from './columns-read.js';
import { ReadFindings } from './read-findings.js';
import { sheetFindings } from './sheet-findings.js';

export interface EvaluateSheetPageProps {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
}

/** h2 Evaluate my sheet; Read selection, the mapping, the findings; Back and Evaluate. */
export function EvaluateSheetPage({ state, dispatch }: EvaluateSheetPageProps) {
  const { inExcel } = usePaneEnvironment();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const sheet = state.sheet;
  const findings = sheet === null ? null : sheetFindings(sheet.selection, sheet.read);

  const read = async () => {
    setBusy(true);
    setError(null);
    setStatus('Reading the selection…');
    try {
      const selection = await withExcel((context) => readSelection(context));
      dispatch({ type: 'selection-read', selection });
      setStatus(`Read ${sheetReference(selection.sheet)}!${selection.address}.`);
    } catch (caught) {
      setStatus('');
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading level={2} focus={state.navigated}>
        Evaluate my sheet
      </PageHeading>
      <p>Select your value map in Excel (the headers and the rows), then press Read selection.</p>
      <p>The add-in only reads the selection; it never changes your cells.</p>
      <ButtonRow>
        <Button
          appearance={sheet === null ? 'primary' : 'secondary'}
          disabled={!inExcel || busy}
          onClick={() => void read()}
        >
          Read selection
        </Button>
      </ButtonRow>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <ErrorBar error={error} title="The selection could not be read." />
      {sheet === null || findings === null ? null : (
        <>
          <SectionHeading>How the columns were read</SectionHeading>
          <ColumnsRead sheet={sheet} dispatch={dispatch} />
          <ReadFindings findings={findings} />
        </>
      )}
      <ButtonRow>
        <Button onClick={() => dispatch({ type: 'back' })}>Back</Button>
        <Button
          appearance="primary"
          disabled={findings === null || !findings.canEvaluate}
          onClick={() => dispatch({ type: 'evaluate' })}
        >
          Evaluate
        </Button>
      </ButtonRow>
    </>
  );
}
