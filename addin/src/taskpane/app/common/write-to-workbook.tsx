/**
 * Writing to the workbook, shared by the wizard's review and the results: the
 * plain warning, the button, the question about the add-in's earlier sheets,
 * then one write. Reads the sheet list and writes in the same Excel request
 * when nothing needs asking.
 */
import { useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { listSheets } from '../../excel/list-sheets.js';
import { withExcel } from '../../excel/run.js';
import { writePlan } from '../../excel/write-plan.js';
import type { ExistingSheet, WritePlan } from '../../plan/write-plan.js';
import { ErrorBar } from './error-bar.js';
import { usePaneEnvironment } from './pane-environment.js';
import { ReplaceDialog, type ReplaceAnswer } from './replace-dialog.js';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  warning: { margin: 0 },
});

export interface WriteToWorkbookProps {
  /** The button's name: 'Write to workbook' or 'Write results sheet'. */
  readonly label: string;
  /** The plan for the workbook as it is; `replaceOurs` replaces the add-in's earlier sheets of the same names. */
  readonly plan: (existing: readonly ExistingSheet[], replaceOurs: boolean) => WritePlan;
  /** Called once written, with the plan written. */
  readonly onWritten: (plan: WritePlan) => void;
  /** Why writing is not possible yet (e.g. the draft has errors); the button is disabled while set. */
  readonly blockedBecause?: string;
}

type Outcome = { readonly ask: readonly string[] } | { readonly written: WritePlan };

/** The warning and the button that writes a plan, asking before replacing the add-in's sheets. */
export function WriteToWorkbook({ label, plan, onWritten, blockedBecause }: WriteToWorkbookProps) {
  const styles = useStyles();
  const { inExcel, abilities } = usePaneEnvironment();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<readonly string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);

  const write = async (answer: ReplaceAnswer | null) => {
    if (abilities === null) return;
    setBusy(true);
    setError(null);
    setStatus('Writing to the workbook…');
    try {
      const outcome = await withExcel(async (context): Promise<Outcome> => {
        const existing = await listSheets(context);
        if (answer === null) {
          const replacing = plan(existing, true).replaces;
          if (replacing.length > 0) return { ask: replacing };
        }
        const chosen = plan(existing, answer === 'replace');
        await writePlan(context, chosen, abilities, existing);
        return { written: chosen };
      });
      if ('ask' in outcome) {
        setStatus('');
        setAsking(outcome.ask);
      } else {
        setStatus(`Written: the workbook now shows ${outcome.written.activate}.`);
        onWritten(outcome.written);
      }
    } catch (caught) {
      setStatus('');
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const answer = (choice: ReplaceAnswer) => {
    setAsking([]);
    // Back to the button once the dialog has gone, so the keyboard carries on where it was.
    requestAnimationFrame(() => button.current?.focus());
    if (choice !== 'cancel') void write(choice);
    else setStatus('Nothing was written.');
  };

  const unavailable = !inExcel
    ? 'Open this page from Excel to write to a workbook.'
    : abilities !== null && !abilities.write
      ? (abilities.missing[0] ?? 'This version of Excel cannot add sheets from an add-in.')
      : blockedBecause;
  return (
    <div className={styles.block}>
      <p className={styles.warning}>Excel cannot undo this. The add-in adds new sheets and never changes yours.</p>
      {unavailable === undefined ? null : <p className={styles.warning}>{unavailable}</p>}
      <Button
        ref={button}
        appearance="primary"
        disabled={unavailable !== undefined}
        disabledFocusable={busy}
        onClick={() => void write(null)}
      >
        {label}
      </Button>
      <p role="status" aria-live="polite" className={styles.warning}>
        {status}
      </p>
      <ErrorBar error={error} title="Writing stopped." />
      <ReplaceDialog sheets={asking} onAnswer={answer} />
    </div>
  );
}
