/**
 * Asks before replacing sheets the add-in made earlier: the only sheets it
 * ever removes, and only after the commissioner says so.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

/** The three answers: replace the add-in's old sheets, keep them and add new ones, or write nothing. */
export type ReplaceAnswer = 'replace' | 'keep' | 'cancel';

export interface ReplaceDialogProps {
  /** The add-in's earlier sheets that would be replaced; the dialog is open while there are some. */
  readonly sheets: readonly string[];
  readonly onAnswer: (answer: ReplaceAnswer) => void;
}

/** A modal dialog (it traps focus; Esc cancels). */
export function ReplaceDialog({ sheets, onAnswer }: ReplaceDialogProps) {
  return (
    <Dialog
      open={sheets.length > 0}
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer('cancel');
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Replace the sheets the add-in made before?</DialogTitle>
          <DialogContent>
            <p>These sheets were made by the add-in earlier:</p>
            <ul>
              {sheets.map((sheet) => (
                <li key={sheet}>{sheet}</li>
              ))}
            </ul>
            <p>
              Replace deletes them and writes new ones. Anything you changed or added on those sheets is lost, and
              formulas on other sheets that refer to them will show #REF!. This cannot be undone.
            </p>
            <p>Keep them and add new sheets leaves them as they are and writes the new sheets under new names.</p>
            <p>Your own sheets are never changed.</p>
          </DialogContent>
          <DialogActions fluid>
            {/* Keeping is the safe answer, so it is the primary one. */}
            <Button appearance="primary" onClick={() => onAnswer('keep')}>
              Keep them and add new sheets
            </Button>
            <Button onClick={() => onAnswer('replace')}>Replace</Button>
            <Button onClick={() => onAnswer('cancel')}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
