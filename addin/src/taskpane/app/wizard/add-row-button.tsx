/** The button that adds a row to a list of the draft; the whole list's message (e.g. "add an outcome") sits with it. */
import type { Dispatch } from 'react';
import { Button, Field } from '@fluentui/react-components';
import type { DraftRows } from '../../model/draft.js';
import type { PaneAction } from '../state/pane-actions.js';
import { fieldElementId, type ShownMessage } from '../state/shown-messages.js';
import { fieldState } from './field-state.js';

export interface AddRowButtonProps {
  readonly rows: DraftRows;
  readonly label: string;
  readonly shown: ShownMessage | undefined;
  readonly dispatch: Dispatch<PaneAction>;
}

/** 'Add stakeholder', 'Add input' or 'Add outcome', with the list's own message beside it. */
export function AddRowButton({ rows, label, shown, dispatch }: AddRowButtonProps) {
  const button = (
    <Button id={fieldElementId(rows)} onClick={() => dispatch({ type: 'add-row', rows })}>
      {label}
    </Button>
  );
  if (shown === undefined) return button;
  return <Field {...fieldState(shown)}>{button}</Field>;
}
