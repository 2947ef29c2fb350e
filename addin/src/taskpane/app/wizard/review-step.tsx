/**
 * Step 6: the figures the draft gives, and writing it to the workbook as the
 * impact-map layout with live formulas, tables, named settings and charts.
 */
import { useMemo, type Dispatch } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { evaluate, oneWay, type Evaluation } from '@sroi/core';
import type { DraftCheck } from '../../model/check-draft.js';
import type { EvaluationDraft } from '../../model/draft.js';
import { resultView } from '../../model/results-view.js';
import { planNewEvaluation } from '../../plan/new-evaluation-plan.js';
import type { ExistingSheet } from '../../plan/write-plan.js';
import { FiguresList } from '../common/figures-list.js';
import { SectionHeading } from '../common/section-heading.js';
import { WriteToWorkbook } from '../common/write-to-workbook.js';
import type { PaneAction } from '../state/pane-actions.js';
import { WIZARD_STEPS } from '../state/wizard-steps.js';

export interface ReviewStepProps {
  readonly draft: EvaluationDraft;
  readonly check: DraftCheck;
  readonly dispatch: Dispatch<PaneAction>;
}

/** What is still missing (each a link to its step), or the figures and Write to workbook. */
export function ReviewStep({ draft, check, dispatch }: ReviewStepProps) {
  if (check.evaluation === null) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The evaluation is not complete yet:</MessageBarTitle>
          <ul>
            {check.errors.map((error, index) => {
              const step = WIZARD_STEPS.findIndex((entry) => entry.step === error.step);
              return (
                <li key={index}>
                  {step < 0 || error.step === 'review' ? (
                    error.message
                  ) : (
                    <Link as="button" onClick={() => dispatch({ type: 'go-to-step', index: step })}>
                      {error.message}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <ReviewFigures evaluation={check.evaluation} firstYear={draft.scope.period} dispatch={dispatch} />;
}

function ReviewFigures({
  evaluation,
  firstYear,
  dispatch,
}: {
  readonly evaluation: Evaluation;
  readonly firstYear: string;
  readonly dispatch: Dispatch<PaneAction>;
}) {
  const view = useMemo(() => {
    const result = evaluate(evaluation);
    return resultView(result, result.settings.currency, { firstYear });
  }, [evaluation, firstYear]);
  const plan = (existing: readonly ExistingSheet[], replaceOurs: boolean) =>
    planNewEvaluation(evaluation, existing, { replaceOurs, tornado: oneWay(evaluation).rows, firstYear });
  return (
    <>
      <SectionHeading>The figures</SectionHeading>
      <FiguresList figures={view.headline} />
      <SectionHeading>Write it to the workbook</SectionHeading>
      <p>
        The add-in writes the impact map, inputs, stakeholders and settings as new sheets with live formulas, so you can
        keep working on them in Excel, and a sheet of charts.
      </p>
      <WriteToWorkbook
        label="Write to workbook"
        plan={plan}
        onWritten={(written) => dispatch({ type: 'written', evaluation, sheet: written.activate })}
      />
    </>
  );
}
