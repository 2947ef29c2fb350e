/**
 * Sensitivity: how far each estimate must move before the ratio falls to
 * 1 : 1 (switching values), which estimates move it most (tornado), and the
 * range of ratios when every estimate is uncertain at once (Monte Carlo).
 */
import { useMemo, type Dispatch } from 'react';
import { Button } from '@fluentui/react-components';
import { sensitivity } from '@sroi/core';
import { switchingRows, tornadoRows } from '../../model/sensitivity-view.js';
import { ButtonRow } from '../common/button-row.js';
import { PageHeading } from '../common/page-heading.js';
import { SectionHeading } from '../common/section-heading.js';
import type { PaneAction } from '../state/pane-actions.js';
import type { Evaluated } from '../state/pane-state.js';
import { MonteCarloPanel } from './monte-carlo-panel.js';
import { SwitchingTable } from './switching-table.js';
import { TornadoChart } from './tornado-chart.js';

/** The tornado shows the estimates that matter most; the rest are in the switching values. */
const TORNADO_BARS = 10;

export interface SensitivityPageProps {
  readonly evaluated: Evaluated;
  readonly focus: boolean;
  readonly dispatch: Dispatch<PaneAction>;
}

/** h2 Sensitivity; switching values, tornado, Monte Carlo; Back to the results. */
export function SensitivityPage({ evaluated, focus, dispatch }: SensitivityPageProps) {
  const { evaluation, result } = evaluated;
  // One call for both: they share the base figures (on a large map, two or three evaluations' worth).
  const { switching, tornado } = useMemo(() => {
    const both = sensitivity(evaluation);
    return {
      switching: switchingRows(both.switchingValues, evaluation),
      tornado: tornadoRows(both.oneWay, evaluation, TORNADO_BARS),
    };
  }, [evaluation]);
  return (
    <>
      <PageHeading level={2} focus={focus}>
        Sensitivity
      </PageHeading>
      <SectionHeading>Switching values</SectionHeading>
      <p>How far each estimate would have to move for the SROI ratio to fall to 1 : 1 (or rise to it).</p>
      <SwitchingTable rows={switching} />
      <SectionHeading>Tornado</SectionHeading>
      {result.ratio === null ? (
        <p>There are no inputs, so there is no ratio to move.</p>
      ) : (
        <>
          <p>The ratio with each estimate moved down and up by 10% (10 points for shares), largest change first.</p>
          <TornadoChart rows={tornado} baseRatio={result.ratio.toNumber()} change="10% (10 points for shares)" />
        </>
      )}
      <SectionHeading>Monte Carlo</SectionHeading>
      <MonteCarloPanel evaluation={evaluation} />
      <ButtonRow>
        <Button onClick={() => dispatch({ type: 'back' })}>Back</Button>
      </ButtonRow>
    </>
  );
}
