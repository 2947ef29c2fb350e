/** The first page: what the add-in does and the four ways to start. */
import type { Dispatch } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ButtonRow } from '../common/button-row.js';
import { PageHeading } from '../common/page-heading.js';
import { usePaneEnvironment } from '../common/pane-environment.js';
import type { PaneAction } from '../state/pane-actions.js';

export interface HomePageProps {
  readonly dispatch: Dispatch<PaneAction>;
  readonly focus: boolean;
}

/** Home: the h1, two sentences, New evaluation, Evaluate my sheet, Open the example, Score a tender. */
export function HomePage({ dispatch, focus }: HomePageProps) {
  const { inExcel, abilities } = usePaneEnvironment();
  const missing = abilities?.missing ?? [];
  return (
    <>
      <PageHeading level={1} focus={focus}>
        SROI
      </PageHeading>
      <p>
        This add-in calculates the Social Return on Investment of a service: the value of the changes it makes for
        people, in money, against what was invested.
      </p>
      <p>
        Build a new evaluation step by step, or evaluate a value map already in your sheet; the add-in writes the
        results and charts as new sheets. To award a contract, score the bids of a tender on price, quality and social
        value.
      </p>
      {inExcel ? null : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Open this page from Excel to read or write a workbook. You can still look at the example here.
          </MessageBarBody>
        </MessageBar>
      )}
      {missing.length === 0 ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This version of Excel cannot do everything the add-in offers:</MessageBarTitle>
            <ul>
              {missing.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ButtonRow>
        <Button appearance="primary" onClick={() => dispatch({ type: 'new-evaluation' })}>
          New evaluation
        </Button>
        <Button disabled={!inExcel} onClick={() => dispatch({ type: 'evaluate-sheet' })}>
          Evaluate my sheet
        </Button>
        <Button onClick={() => dispatch({ type: 'open-example' })}>Open the example</Button>
        <Button onClick={() => dispatch({ type: 'score-tender' })}>Score a tender</Button>
      </ButtonRow>
    </>
  );
}
