/**
 * The new-evaluation wizard: six steps with a step indicator, the step's
 * fields, Back and Next. Next shows the step's errors and stays until they
 * are fixed.
 */
import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { checkDraft } from '../../model/check-draft.js';
import { ButtonRow } from '../common/button-row.js';
import { PageHeading } from '../common/page-heading.js';
import type { PaneAction } from '../state/pane-actions.js';
import type { PaneState } from '../state/pane-state.js';
import { shownMessages } from '../state/shown-messages.js';
import { stepLabel, WIZARD_STEPS } from '../state/wizard-steps.js';
import { ErrorSummary } from './error-summary.js';
import { ImpactStep } from './impact-step.js';
import { InputsStep } from './inputs-step.js';
import { OutcomesStep } from './outcomes-step.js';
import { ReviewStep } from './review-step.js';
import { ScopeStep } from './scope-step.js';
import { StakeholdersStep } from './stakeholders-step.js';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface WizardPageProps {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
}

/** The wizard's page: h2 New evaluation, the step's h3 ("Step 2 of 6: Stakeholders"), its fields, Back and Next. */
export function WizardPage({ state, dispatch }: WizardPageProps) {
  const styles = useStyles();
  const { draft, step, checkedSteps } = state;
  const check = useMemo(() => checkDraft(draft), [draft]);
  const shown = useMemo(() => shownMessages(check, checkedSteps), [check, checkedSteps]);
  const [attempt, setAttempt] = useState(0);
  const current = WIZARD_STEPS[step]?.step ?? 'scope';
  const stepErrors = checkedSteps.includes(current) ? check.errors.filter((error) => error.step === current) : [];
  const props = { draft, shown, dispatch };
  // Arriving on the wizard focuses its h2; moving between steps focuses the step's heading.
  const arriving = useRef(true);
  useEffect(() => {
    arriving.current = false;
  }, []);

  const next = () => {
    const blocked = check.errors.some((error) => error.step === current);
    dispatch({ type: 'next' });
    if (blocked) setAttempt((count) => count + 1);
  };

  return (
    <>
      <PageHeading level={2} focus={state.navigated}>
        New evaluation
      </PageHeading>
      <PageHeading key={step} level={3} focus={state.navigated && !arriving.current}>
        {stepLabel(step)}
      </PageHeading>
      <ErrorSummary key={`summary-${step}`} errors={current === 'review' ? [] : stepErrors} attempt={attempt} />
      <div className={styles.fields}>
        {current === 'scope' ? <ScopeStep {...props} /> : null}
        {current === 'stakeholders' ? <StakeholdersStep {...props} /> : null}
        {current === 'inputs' ? <InputsStep {...props} /> : null}
        {current === 'outcomes' ? <OutcomesStep {...props} /> : null}
        {current === 'impact' ? <ImpactStep {...props} /> : null}
        {current === 'review' ? <ReviewStep draft={draft} check={check} dispatch={dispatch} /> : null}
      </div>
      <ButtonRow>
        <Button onClick={() => dispatch({ type: 'back' })}>Back</Button>
        {current === 'review' ? null : (
          <Button appearance="primary" onClick={next}>
            Next
          </Button>
        )}
      </ButtonRow>
    </>
  );
}
