/** One text field of the tender, with its hint and its message beside it. */
import type { Dispatch } from 'react';
import { Field, Input, makeStyles } from '@fluentui/react-components';
import type { PaneAction } from '../state/pane-actions.js';
import type { ShownMessage } from '../state/shown-messages.js';
import { fieldState } from '../wizard/field-state.js';
import { tenderElementId } from './tender-shown.js';

export interface TenderInputProps {
  /** The field id, e.g. `bids.1.price`. */
  readonly field: string;
  readonly label: string;
  readonly value: string;
  readonly shown: ShownMessage | undefined;
  readonly dispatch: Dispatch<PaneAction>;
  readonly hint?: string;
  readonly required?: boolean;
  /** The on-screen keyboard to offer on touch devices. */
  readonly inputMode?: 'text' | 'decimal';
}

const useStyles = makeStyles({
  // Fluent gives inputs a minimum width; a bid's fields side by side in a narrow pane must shrink below it.
  input: { minWidth: 0 },
});

/** A labelled text input bound to one field of the tender draft. */
export function TenderInput({ field, label, value, shown, dispatch, hint, required, inputMode }: TenderInputProps) {
  const styles = useStyles();
  const id = tenderElementId(field);
  return (
    // The control's id is the field's (so the error list can focus it): the label must point at that id.
    <Field label={{ children: label, htmlFor: id }} required={required} hint={hint} {...fieldState(shown)}>
      <Input
        id={id}
        className={styles.input}
        value={value}
        inputMode={inputMode}
        onChange={(_, data) => dispatch({ type: 'tender-edit', field, value: data.value })}
      />
    </Field>
  );
}
