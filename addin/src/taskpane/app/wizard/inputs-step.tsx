/** Step 3: what is invested, valued in money. */
import { AddRowButton } from './add-row-button.js';
import { DraftInput } from './draft-input.js';
import { DraftSelect } from './draft-select.js';
import { RowFieldset } from './row-fieldset.js';
import { rowLegend, stakeholderOptions } from './row-names.js';
import type { StepProps } from './step-props.js';
import { useFocusNewRow } from './use-focus-new-row.js';

/** One fieldset per input (what, how much, invested by whom), and Add input. */
export function InputsStep({ draft, shown, dispatch }: StepProps) {
  const count = draft.inputs.length;
  useFocusNewRow(count, `inputs.${count - 1}.description`);
  const investors = [{ value: '', label: 'Not said' }, ...stakeholderOptions(draft)];
  return (
    <>
      <p>List what is invested: grants, contract value, staff time and in-kind support, each valued in money.</p>
      {draft.inputs.map((input, index) => (
        <RowFieldset
          key={input.key}
          legend={rowLegend('Input', index, input.description)}
          removeLabel={`Remove input ${index + 1}`}
          onRemove={() => dispatch({ type: 'remove-row', rows: 'inputs', index })}
        >
          <DraftInput
            field={`inputs.${index}.description`}
            label="Input description"
            value={input.description}
            shown={shown[`inputs.${index}.description`]}
            dispatch={dispatch}
            guidance="description"
            required
          />
          <DraftInput
            field={`inputs.${index}.amount`}
            label="Amount"
            value={input.amount}
            shown={shown[`inputs.${index}.amount`]}
            dispatch={dispatch}
            guidance="amount"
            inputMode="decimal"
            required
          />
          <DraftSelect
            field={`inputs.${index}.stakeholder`}
            label="Invested by"
            value={input.stakeholder}
            options={investors}
            shown={shown[`inputs.${index}.stakeholder`]}
            dispatch={dispatch}
          />
        </RowFieldset>
      ))}
      <AddRowButton rows="inputs" label="Add input" shown={shown['inputs']} dispatch={dispatch} />
    </>
  );
}
