/**
 * The results: headline figures with what they mean, the breakdowns, and the
 * ways on: a results sheet with native charts, sensitivity, or start again.
 */
import { useMemo, type Dispatch } from 'react';
import { Button } from '@fluentui/react-components';
import { oneWay } from '@sroi/core';
import { resultView } from '../../model/results-view.js';
import { planResults } from '../../plan/results-plan.js';
import type { ExistingSheet } from '../../plan/write-plan.js';
import { ButtonRow } from '../common/button-row.js';
import { FiguresList } from '../common/figures-list.js';
import { PageHeading } from '../common/page-heading.js';
import { SectionHeading } from '../common/section-heading.js';
import { WriteToWorkbook } from '../common/write-to-workbook.js';
import type { PaneAction } from '../state/pane-actions.js';
import type { Evaluated } from '../state/pane-state.js';
import { BreakdownTables } from './breakdown-tables.js';

export interface ResultsPageProps {
  readonly evaluated: Evaluated;
  readonly focus: boolean;
  readonly dispatch: Dispatch<PaneAction>;
}

/** h2 Results; figures, tables; Write results sheet, Sensitivity, Start again. */
export function ResultsPage({ evaluated, focus, dispatch }: ResultsPageProps) {
  const { evaluation, result, source, firstYear } = evaluated;
  const view = useMemo(() => resultView(result, result.settings.currency, { firstYear }), [result, firstYear]);
  const plan = (existing: readonly ExistingSheet[], replaceOurs: boolean) =>
    planResults(
      { evaluation, result, tornado: oneWay(evaluation).rows, firstYear, ...(source === null ? {} : { source }) },
      existing,
      { replaceOurs },
    );
  return (
    <>
      <PageHeading level={2} focus={focus}>
        Results
      </PageHeading>
      <p>
        {result.name}
        {source === null ? '' : `, read from ${source}`}
      </p>
      {evaluated.written === undefined ? null : (
        <p role="status">Written: the workbook now shows {evaluated.written}.</p>
      )}
      <FiguresList figures={view.headline} />
      {result.warnings.length === 0 ? null : (
        <>
          <SectionHeading>Worth a look</SectionHeading>
          <ul>
            {result.warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </>
      )}
      <BreakdownTables view={view} />
      <SectionHeading>Results sheet</SectionHeading>
      <p>
        The add-in writes the figures and tables as values on a new sheet, with charts of the value by stakeholder, the
        payback and the tornado.
      </p>
      <WriteToWorkbook label="Write results sheet" plan={plan} onWritten={() => undefined} />
      <ButtonRow>
        <Button appearance="primary" onClick={() => dispatch({ type: 'sensitivity' })}>
          Sensitivity
        </Button>
        <Button onClick={() => dispatch({ type: 'start-again' })}>Start again</Button>
      </ButtonRow>
    </>
  );
}
