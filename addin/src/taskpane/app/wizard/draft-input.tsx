/** One text field of the draft, with its guidance and its message beside it. */
import type { Dispatch } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { PaneAction } from '../state/pane-actions.js';
import { fieldElementId, type ShownMessage } from '../state/shown-messages.js';
import { fieldState } from './field-state.js';
import { guidanceHint } from './guidance-hint.js';

export interface DraftInputProps {
  /** The field id, e.g. `outcomes.2.deadweight`. */
  readonly field: string;
  readonly label: string;
  readonly value: string;
  readonly shown: ShownMessage | undefined;
  readonly dispatch: Dispatch<PaneAction>;
  /** The GUIDANCE key for the hint (the draft property name). */
  readonly guidance?: string;
  readonly required?: boolean;
  /** The on-screen keyboard to offer on touch devices. */
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
}

/** A labelled text input bound to one draft field. */
export function DraftInput({ field, label, value, shown, dispatch, guidance, required, inputMode }: DraftInputProps) {
  const hint = guidance === undefined ? undefined : guidanceHint(guidance);
  return (
    // The control's id is the field's (so the error list can focus it): the label must point at that id.
    <Field
      label={{ children: label, htmlFor: fieldElementId(field) }}
      required={required}
      hint={hint}
      {...fieldState(shown)}
    >
      <Input
        id={fieldElementId(field)}
        value={value}
        inputMode={inputMode}
        onChange={(_, data) => dispatch({ type: 'edit', field, value: data.value })}
      />
    </Field>
  );
}
