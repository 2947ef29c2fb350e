/**
 * The scores: the winner in words, the bids ranked with their points, a chart
 * of points by bidder, each bid's working, what is worth a look, and the
 * sheets with live formulas to publish with the award.
 */
import { useMemo, type Dispatch } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { tenderView } from '../../model/tender-view.js';
import { planTender } from '../../plan/tender-plan.js';
import type { ExistingSheet } from '../../plan/write-plan.js';
import { ButtonRow } from '../common/button-row.js';
import { PageHeading } from '../common/page-heading.js';
import { SectionHeading } from '../common/section-heading.js';
import { WriteToWorkbook } from '../common/write-to-workbook.js';
import type { PaneAction } from '../state/pane-actions.js';
import { PointsChart } from './points-chart.js';
import { RankedTable } from './ranked-table.js';
import type { ScoredTender } from './tender-state.js';

const useStyles = makeStyles({
  winner: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  working: { marginBottom: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  lines: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface TenderResultsPageProps {
  readonly scored: ScoredTender;
  readonly focus: boolean;
  readonly dispatch: Dispatch<PaneAction>;
}

/** h2 Tender scores; the winner, the ranked table, the chart, the working; Write scores sheet; Back, Start again. */
export function TenderResultsPage({ scored, focus, dispatch }: TenderResultsPageProps) {
  const styles = useStyles();
  const view = useMemo(() => tenderView(scored.result), [scored.result]);
  const plan = (existing: readonly ExistingSheet[], replaceOurs: boolean) =>
    planTender(scored.tender, existing, { replaceOurs });
  return (
    <>
      <PageHeading level={2} focus={focus}>
        Tender scores
      </PageHeading>
      {scored.tender.name === undefined ? null : <p>{scored.tender.name}</p>}
      <p className={styles.winner}>{view.winner}</p>
      {view.ties.length === 0 ? null : (
        <ul aria-label="Ties">
          {view.ties.map((tie) => (
            <li key={tie}>{tie}</li>
          ))}
        </ul>
      )}
      <RankedTable view={view} />
      <SectionHeading>Points by bidder</SectionHeading>
      <PointsChart bids={view.ranked} summary={view.chartSummary} />
      {view.warnings.length === 0 ? null : (
        <>
          <SectionHeading>Worth a look</SectionHeading>
          <ul>
            {view.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      <SectionHeading>How the scores were reached</SectionHeading>
      <ul className={styles.lines}>
        {view.working.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {view.ranked.map((bid) => (
        <details key={bid.bidder} className={styles.working}>
          <summary className={styles.summary}>{`Working for ${bid.bidder}`}</summary>
          <ul className={styles.lines}>
            {bid.working.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ))}
      <SectionHeading>Scores sheet</SectionHeading>
      <p>
        The add-in writes the tender, the bids and the scores as new sheets. Every score is a live Excel formula, so a
        colleague without the add-in can check each one, and a corrected bid rescores the tender.
      </p>
      <WriteToWorkbook label="Write scores sheet" plan={plan} onWritten={() => undefined} />
      <ButtonRow>
        <Button onClick={() => dispatch({ type: 'back' })}>Back</Button>
        <Button onClick={() => dispatch({ type: 'start-again' })}>Start again</Button>
      </ButtonRow>
    </>
  );
}
