/** The task pane: the theme, the environment, and the page the state machine is on. */
import { useReducer } from 'react';
import { FluentProvider, makeStyles, tokens, useFocusFinders } from '@fluentui/react-components';
import { PaneEnvironmentContext, type PaneEnvironment } from './common/pane-environment.js';
import { HomePage } from './home/home-page.js';
import { ResultsPage } from './results/results-page.js';
import { SensitivityPage } from './sensitivity/sensitivity-page.js';
import { EvaluateSheetPage } from './sheet/evaluate-sheet-page.js';
import { ScoreTenderPage } from './tender/score-tender-page.js';
import { TenderResultsPage } from './tender/tender-results-page.js';
import { paneReducer } from './state/pane-reducer.js';
import { initialPaneState } from './state/pane-state.js';
import { usePaneTheme } from './use-pane-theme.js';
import { WizardPage } from './wizard/wizard-page.js';

const useStyles = makeStyles({
  main: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    maxWidth: '720px',
    minWidth: 0,
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
});

/** The whole pane for one environment. */
export function Pane({ environment }: { readonly environment: PaneEnvironment }) {
  const theme = usePaneTheme();
  return (
    <FluentProvider theme={theme}>
      <PaneEnvironmentContext.Provider value={environment}>
        <Pages />
      </PaneEnvironmentContext.Provider>
    </FluentProvider>
  );
}

function Pages() {
  const styles = useStyles();
  // A Fluent dialog hides the rest of the pane (aria-hidden) while open and shows it again a moment after it
  // closes. Fluent's focus manager (tabster) is disposed when its last user unmounts: when writing replaces the
  // page (and its dialog) before that moment, the pane stayed hidden from screen readers (microsoft/tabster#530).
  // Holding the manager for the pane's whole life lets it finish.
  useFocusFinders();
  const [state, dispatch] = useReducer(paneReducer, undefined, initialPaneState);
  const focus = state.navigated;
  let page;
  if (state.page === 'wizard') page = <WizardPage state={state} dispatch={dispatch} />;
  else if (state.page === 'sheet') page = <EvaluateSheetPage state={state} dispatch={dispatch} />;
  else if (state.page === 'results' && state.evaluated !== null)
    page = <ResultsPage evaluated={state.evaluated} focus={focus} dispatch={dispatch} />;
  else if (state.page === 'sensitivity' && state.evaluated !== null)
    page = <SensitivityPage evaluated={state.evaluated} focus={focus} dispatch={dispatch} />;
  else if (state.page === 'tender') page = <ScoreTenderPage tender={state.tender} focus={focus} dispatch={dispatch} />;
  else if (state.page === 'tender-results' && state.tender.scored !== null)
    page = <TenderResultsPage scored={state.tender.scored} focus={focus} dispatch={dispatch} />;
  else page = <HomePage dispatch={dispatch} focus={focus} />;
  // Keyed by page so each page mounts afresh and its heading takes focus.
  return (
    <div className={styles.main} key={state.page}>
      {page}
    </div>
  );
}
