/** The three weights, in percent, with their total as it is typed and a word when social value is under 10%. */
import type { Dispatch } from 'react';
import { Field, makeStyles, tokens } from '@fluentui/react-components';
import type { TenderDraft } from '../../model/tender-draft.js';
import type { PaneAction } from '../state/pane-actions.js';
import type { ShownMessage } from '../state/shown-messages.js';
import { fieldState } from '../wizard/field-state.js';
import { RowFieldset } from '../wizard/row-fieldset.js';
import { TenderInput } from './tender-input.js';
import { tenderElementId } from './tender-shown.js';

const useStyles = makeStyles({
  total: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export interface WeightsFieldsProps {
  readonly weights: TenderDraft['weights'];
  /** The weights typed so far, added up (`checkTender(draft).total`). */
  readonly total: { readonly percent: string; readonly complete: boolean };
  readonly shown: Readonly<Record<string, ShownMessage>>;
  readonly dispatch: Dispatch<PaneAction>;
}

const WEIGHTS = [
  ['price', 'Price weight (%)', 'Points for price, out of 100.'],
  ['quality', 'Quality weight (%)', 'Points for the quality of the bid, out of 100.'],
  ['socialValue', 'Social value weight (%)', 'Points for social value, out of 100: at least 10 in central government.'],
] as const;

/** A fieldset of the weights; its id is the weights' own, so a link to their total's error lands on the first. */
export function WeightsFields({ weights, total, shown, dispatch }: WeightsFieldsProps) {
  const styles = useStyles();
  return (
    <div id={tenderElementId('weights')}>
      <RowFieldset legend="Weights (percent of the total score)">
        {WEIGHTS.map(([key, label, hint]) => (
          <TenderInput
            key={key}
            field={`weights.${key}`}
            label={label}
            value={weights[key]}
            shown={shown[`weights.${key}`]}
            dispatch={dispatch}
            hint={hint}
            inputMode="decimal"
            required
          />
        ))}
        <Field {...fieldState(shown['weights'])}>
          <p className={styles.total} aria-live="polite">
            {total.complete ? `Total: ${total.percent}%` : `Total so far: ${total.percent}% of 100%`}
          </p>
        </Field>
      </RowFieldset>
    </div>
  );
}
