/** Step 4: the changes each stakeholder experiences, how many, their money value and how long they last. */
import { AddRowButton } from './add-row-button.js';
import { DraftInput } from './draft-input.js';
import { DraftSelect } from './draft-select.js';
import { RowFieldset } from './row-fieldset.js';
import { rowLegend, stakeholderOptions } from './row-names.js';
import type { StepProps } from './step-props.js';
import { useFocusNewRow } from './use-focus-new-row.js';

const DOMAINS = [
  { value: '', label: 'Not said' },
  { value: 'economic', label: 'Economic' },
  { value: 'social', label: 'Social' },
  { value: 'environmental', label: 'Environmental' },
];

/** The text fields of an outcome, in the order shown: [draft property, label, required, numeric]. */
const FIELDS: readonly (readonly [string, string, boolean, boolean])[] = [
  ['quantity', 'Quantity', true, true],
  ['proxyValue', 'Financial proxy (value per unit)', true, true],
  ['duration', 'Duration (years)', true, true],
  ['startYear', 'Start year', false, true],
  ['indicator', 'Indicator', false, false],
  ['source', 'Source', false, false],
  ['proxyDescription', 'Proxy description', false, false],
  ['proxySource', 'Proxy source', false, false],
  ['priceYear', 'Price year', false, true],
];

/** One fieldset per outcome, and Add outcome. */
export function OutcomesStep({ draft, shown, dispatch }: StepProps) {
  const count = draft.outcomes.length;
  useFocusNewRow(count, `outcomes.${count - 1}.description`);
  const stakeholders = [{ value: '', label: 'Choose a stakeholder' }, ...stakeholderOptions(draft)];
  return (
    <>
      <p>
        List each change a stakeholder experiences, how many experience it, what one unit is worth and how long it
        lasts.
      </p>
      {draft.outcomes.map((outcome, index) => {
        const id = (key: string) => `outcomes.${index}.${key}`;
        const values = outcome as unknown as Readonly<Record<string, string>>;
        return (
          <RowFieldset
            key={outcome.key}
            legend={rowLegend('Outcome', index, outcome.description)}
            removeLabel={`Remove outcome ${index + 1}`}
            onRemove={() => dispatch({ type: 'remove-row', rows: 'outcomes', index })}
          >
            <DraftInput
              field={id('description')}
              label="Outcome"
              value={outcome.description}
              shown={shown[id('description')]}
              dispatch={dispatch}
              guidance="description"
              required
            />
            <DraftSelect
              field={id('stakeholder')}
              label="Stakeholder"
              value={outcome.stakeholder}
              options={stakeholders}
              shown={shown[id('stakeholder')]}
              dispatch={dispatch}
              guidance="stakeholder"
              required
            />
            <DraftSelect
              field={id('domain')}
              label="Domain"
              value={outcome.domain}
              options={DOMAINS}
              shown={shown[id('domain')]}
              dispatch={dispatch}
              guidance="domain"
            />
            {FIELDS.map(([key, label, required, numeric]) => (
              <DraftInput
                key={key}
                field={id(key)}
                label={label}
                value={values[key] ?? ''}
                shown={shown[id(key)]}
                dispatch={dispatch}
                guidance={key}
                required={required}
                inputMode={numeric ? 'decimal' : 'text'}
              />
            ))}
          </RowFieldset>
        );
      })}
      <AddRowButton rows="outcomes" label="Add outcome" shown={shown['outcomes']} dispatch={dispatch} />
    </>
  );
}
