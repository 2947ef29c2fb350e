/**
 * Score a tender: the weights, how price and social value score, and the
 * bids, typed here or read from the commissioner's sheet. Score shows every
 * error beside its field and in a list at the top, or moves on to the scores.
 */
import { useMemo, type Dispatch } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { checkTender, panelShareOf } from '../../model/tender-check.js';
import { ButtonRow } from '../common/button-row.js';
import { PageHeading } from '../common/page-heading.js';
import { SectionHeading } from '../common/section-heading.js';
import type { PaneAction } from '../state/pane-actions.js';
import { BidFields } from './bid-fields.js';
import { ReadTenderSheet } from './read-tender-sheet.js';
import { TenderChoice } from './tender-choice.js';
import { TenderErrorSummary } from './tender-error-summary.js';
import { TenderInput } from './tender-input.js';
import { shownTenderMessages } from './tender-shown.js';
import type { TenderState } from './tender-state.js';
import { WeightsFields } from './weights-fields.js';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const PRICE_METHODS = [
  {
    value: 'lowest-price',
    label: 'Lowest price',
    help: 'The lowest price scores the full weight; every other bid scores lowest price ÷ its price × the weight.',
  },
  {
    value: 'linear',
    label: 'Linear',
    help: 'The lowest price scores the full weight, the highest none, and the others in proportion between.',
  },
];

const SOCIAL_VALUE_METHODS = [
  {
    value: 'monetised',
    label: 'Money offers',
    help: 'Each offer in money ÷ the highest offer × the weight.',
  },
  {
    value: 'qualitative',
    label: 'Panel score',
    help: 'The panel’s 0 to 100 score of each offer ÷ 100 × the weight.',
  },
  {
    value: 'both',
    label: 'Both',
    help: 'The weight is split between money offers and the panel’s score.',
  },
];

export interface ScoreTenderPageProps {
  readonly tender: TenderState;
  readonly focus: boolean;
  readonly dispatch: Dispatch<PaneAction>;
}

/** h2 Score a tender; reading from the sheet; the settings and bids; Back and Score. */
export function ScoreTenderPage({ tender, focus, dispatch }: ScoreTenderPageProps) {
  const styles = useStyles();
  const { draft, checked, refused } = tender;
  const check = useMemo(() => checkTender(draft), [draft]);
  const shown = useMemo(() => shownTenderMessages(check, checked), [check, checked]);
  const common = { dispatch };
  return (
    <>
      <PageHeading level={2} focus={focus}>
        Score a tender
      </PageHeading>
      <p>
        Score each bid on price, quality and social value, weighted as your tender documents say, with the working for
        every figure so that the scores can be published.
      </p>
      <TenderErrorSummary errors={checked ? check.errors : []} refused={refused} />
      <ReadTenderSheet read={tender.read} dispatch={dispatch} />
      <SectionHeading>The tender</SectionHeading>
      <div className={styles.fields}>
        <TenderInput {...common} field="name" label="Tender name" value={draft.name} shown={shown['name']} />
        <TenderInput
          {...common}
          field="currency"
          label="Currency"
          value={draft.currency}
          shown={shown['currency']}
          hint="The currency of the prices and offers, as a code such as GBP."
        />
        <WeightsFields weights={draft.weights} total={check.total} shown={shown} dispatch={dispatch} />
        <TenderChoice
          {...common}
          field="priceMethod"
          label="How price scores"
          value={draft.priceMethod}
          choices={PRICE_METHODS}
        />
        <TenderChoice
          {...common}
          field="socialValueMethod"
          label="How social value scores"
          value={draft.socialValueMethod}
          choices={SOCIAL_VALUE_METHODS}
        />
        {draft.socialValueMethod === 'both' ? (
          <TenderInput
            {...common}
            field="split"
            label="Share scored on money offers (%)"
            value={draft.split}
            shown={shown['split']}
            hint={splitHint(draft.split)}
            inputMode="decimal"
            required
          />
        ) : null}
      </div>
      <SectionHeading>Bids</SectionHeading>
      <p>Type each bid as the panel scored it. Amounts may be typed as £10,000.</p>
      <BidFields draft={draft} shown={shown} dispatch={dispatch} />
      <ButtonRow>
        <Button onClick={() => dispatch({ type: 'back' })}>Back</Button>
        <Button appearance="primary" onClick={() => dispatch({ type: 'tender-score' })}>
          Score
        </Button>
      </ButtonRow>
    </>
  );
}

/** What the rest of the social value weight is scored on, as typed so far. */
function splitHint(split: string): string {
  const panel = panelShareOf(split);
  const rest = 'The rest of the social value weight is scored on the panel’s score';
  return panel === null ? `${rest}.` : `${rest}: ${panel}%.`;
}
