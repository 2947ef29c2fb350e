/** Step 2: who experiences change or invests. */
import { AddRowButton } from './add-row-button.js';
import { DraftInput } from './draft-input.js';
import { RowFieldset } from './row-fieldset.js';
import { rowLegend } from './row-names.js';
import type { StepProps } from './step-props.js';
import { useFocusNewRow } from './use-focus-new-row.js';

/** One fieldset per stakeholder (its name: the evaluation keeps nothing else about one), and Add stakeholder. */
export function StakeholdersStep({ draft, shown, dispatch }: StepProps) {
  const count = draft.stakeholders.length;
  useFocusNewRow(count, `stakeholders.${count - 1}.name`);
  return (
    <>
      <p>List everyone who experiences a change because of the service, and everyone who invests in it.</p>
      {draft.stakeholders.map((stakeholder, index) => {
        const legend = rowLegend('Stakeholder', index, stakeholder.name);
        return (
          <RowFieldset
            key={stakeholder.key}
            legend={legend}
            removeLabel={`Remove stakeholder ${index + 1}`}
            onRemove={() => dispatch({ type: 'remove-row', rows: 'stakeholders', index })}
          >
            <DraftInput
              field={`stakeholders.${index}.name`}
              label="Stakeholder name"
              value={stakeholder.name}
              shown={shown[`stakeholders.${index}.name`]}
              dispatch={dispatch}
              guidance="stakeholder"
              required
            />
          </RowFieldset>
        );
      })}
      <AddRowButton rows="stakeholders" label="Add stakeholder" shown={shown['stakeholders']} dispatch={dispatch} />
    </>
  );
}
