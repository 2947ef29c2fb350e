/** One choice of the draft from a short list (a stakeholder, a domain), as a native select. */
import type { Dispatch } from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { PaneAction } from '../state/pane-actions.js';
import { fieldElementId, type ShownMessage } from '../state/shown-messages.js';
import { fieldState } from './field-state.js';
import { guidanceHint } from './guidance-hint.js';

export interface DraftSelectProps {
  readonly field: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly shown: ShownMessage | undefined;
  readonly dispatch: Dispatch<PaneAction>;
  readonly guidance?: string;
  readonly required?: boolean;
}

/** A labelled select bound to one draft field. */
export function DraftSelect({ field, label, value, options, shown, dispatch, guidance, required }: DraftSelectProps) {
  return (
    <Field
      // The control's id is the field's (so the error list can focus it): the label must point at that id.
      label={{ children: label, htmlFor: fieldElementId(field) }}
      required={required}
      hint={guidance === undefined ? undefined : guidanceHint(guidance)}
      {...fieldState(shown)}
    >
      <Select
        id={fieldElementId(field)}
        value={value}
        onChange={(_, data) => dispatch({ type: 'edit', field, value: data.value })}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
