/** Everything that can happen on the "Score a tender" pages, as actions for `paneReducer`. */
import type { SelectionRead } from '../../excel/read-selection.js';

export type TenderAction =
  /** Home: open the page, keeping what was typed before. */
  | { readonly type: 'score-tender' }
  /** One field typed or chosen, by field id (`weights.price`, `bids.1.quality`). */
  | { readonly type: 'tender-edit'; readonly field: string; readonly value: string }
  | { readonly type: 'tender-add-bid' }
  | { readonly type: 'tender-remove-bid'; readonly index: number }
  /** Score: shows every error, or moves on to the results. */
  | { readonly type: 'tender-score' }
  /** A selection was read from Excel: its tender fills the page, or its problems are shown. */
  | { readonly type: 'tender-read'; readonly selection: SelectionRead };
