/** The bids as the commissioner types them: one fieldset per bid, Add bid and Remove bid. */
import type { Dispatch } from 'react';
import { Button, Field, makeStyles, tokens } from '@fluentui/react-components';
import type { TenderDraft } from '../../model/tender-draft.js';
import type { PaneAction } from '../state/pane-actions.js';
import type { ShownMessage } from '../state/shown-messages.js';
import { fieldState } from '../wizard/field-state.js';
import { RowFieldset } from '../wizard/row-fieldset.js';
import { rowLegend } from '../wizard/row-names.js';
import { useFocusNewRow } from '../wizard/use-focus-new-row.js';
import { TenderInput } from './tender-input.js';
import { tenderElementId } from './tender-shown.js';

const useStyles = makeStyles({
  // Side by side where the pane is wide enough, one under another where it is not.
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  field: { flex: '1 1 9em', minWidth: 0 },
});

export interface BidFieldsProps {
  readonly draft: TenderDraft;
  readonly shown: Readonly<Record<string, ShownMessage>>;
  readonly dispatch: Dispatch<PaneAction>;
}

/** Every bid's fields; the social value score only when the method uses the panel's score. */
export function BidFields({ draft, shown, dispatch }: BidFieldsProps) {
  const styles = useStyles();
  const count = draft.bids.length;
  useFocusNewRow(count, `tender.bids.${count - 1}.bidder`);
  const method = draft.socialValueMethod;
  const fields = [
    { key: 'bidder', label: 'Bidder', required: true, numeric: false },
    { key: 'price', label: 'Price', required: true, numeric: true },
    { key: 'quality', label: 'Quality score (0 to 100)', required: true, numeric: true },
    {
      key: 'socialValue',
      label: method === 'qualitative' ? 'Social value offer (optional)' : 'Social value offer',
      required: method !== 'qualitative',
      numeric: true,
    },
    ...(method === 'monetised'
      ? []
      : [{ key: 'socialValueScore', label: 'Social value score (0 to 100)', required: true, numeric: true }]),
  ];
  return (
    <>
      {draft.bids.map((bid, index) => {
        const values = bid as unknown as Readonly<Record<string, string>>;
        return (
          <RowFieldset
            key={bid.key}
            legend={rowLegend('Bid', index, bid.bidder)}
            removeLabel={`Remove bid ${index + 1}`}
            onRemove={() => dispatch({ type: 'tender-remove-bid', index })}
          >
            <div className={styles.fields}>
              {fields.map((field) => (
                <div key={field.key} className={styles.field}>
                  <TenderInput
                    field={`bids.${index}.${field.key}`}
                    label={field.label}
                    value={values[field.key] ?? ''}
                    shown={shown[`bids.${index}.${field.key}`]}
                    dispatch={dispatch}
                    required={field.required}
                    inputMode={field.numeric ? 'decimal' : 'text'}
                  />
                </div>
              ))}
            </div>
          </RowFieldset>
        );
      })}
      <AddBid shown={shown['bids']} dispatch={dispatch} />
    </>
  );
}

/** Add bid, with the list's own message ("add at least one bid") beside it. */
function AddBid({
  shown,
  dispatch,
}: {
  readonly shown: ShownMessage | undefined;
  readonly dispatch: Dispatch<PaneAction>;
}) {
  const button = (
    <Button id={tenderElementId('bids')} onClick={() => dispatch({ type: 'tender-add-bid' })}>
      Add bid
    </Button>
  );
  return shown === undefined ? button : <Field {...fieldState(shown)}>{button}</Field>;
}
