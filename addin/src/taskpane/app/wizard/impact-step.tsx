/** Step 5: how much of each outcome is the service's own doing, and how fast it fades. */
import { DraftInput } from './draft-input.js';
import { RowFieldset } from './row-fieldset.js';
import { rowLegend } from './row-names.js';
import type { StepProps } from './step-props.js';

/** The reductions and drop-off, as the commissioner types shares ("20%" or 0.2). */
const SHARES: readonly (readonly [string, string])[] = [
  ['deadweight', 'Deadweight'],
  ['displacement', 'Displacement'],
  ['attribution', 'Attribution'],
  ['dropOff', 'Drop-off'],
];

/** One fieldset per outcome with its deadweight, displacement, attribution and drop-off. */
export function ImpactStep({ draft, shown, dispatch }: StepProps) {
  return (
    <>
      <p>
        For each outcome, say how much would have happened anyway, moved elsewhere or is due to others, and how much
        fades each year. Type shares as percentages, such as 20%.
      </p>
      {draft.outcomes.length === 0 ? <p>There are no outcomes yet: go back and add one.</p> : null}
      {draft.outcomes.map((outcome, index) => {
        const values = outcome as unknown as Readonly<Record<string, string>>;
        return (
          <RowFieldset key={outcome.key} legend={rowLegend('Outcome', index, outcome.description)}>
            {SHARES.map(([key, label]) => (
              <DraftInput
                key={key}
                field={`outcomes.${index}.${key}`}
                label={label}
                value={values[key] ?? ''}
                shown={shown[`outcomes.${index}.${key}`]}
                dispatch={dispatch}
                guidance={key}
                inputMode="decimal"
              />
            ))}
          </RowFieldset>
        );
      })}
    </>
  );
}
