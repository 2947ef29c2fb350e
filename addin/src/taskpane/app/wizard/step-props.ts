/** What every wizard step receives. */
import type { Dispatch } from 'react';
import type { EvaluationDraft } from '../../model/draft.js';
import type { PaneAction } from '../state/pane-actions.js';
import type { ShownMessage } from '../state/shown-messages.js';

export interface StepProps {
  readonly draft: EvaluationDraft;
  /** Messages shown beside fields, by field id. */
  readonly shown: Readonly<Record<string, ShownMessage>>;
  readonly dispatch: Dispatch<PaneAction>;
}
