/**
 * Which of the tender's messages the page shows, and where: errors once Score
 * has been pressed (no red before anyone has typed), the weights' total as soon
 * as all three weights are typed, warnings always.
 */
import type { TenderCheck, TenderMessage } from '../../model/tender-check.js';
import { fieldElementId, type ShownMessage } from '../state/shown-messages.js';

/**
 * The messages to show, by field id.
 *
 * @param check - what `checkTender` found
 * @param checked - whether Score has been pressed
 *
 * @example
 * ```ts
 * shownTenderMessages(check, true)['bids.1.price']; //=> { error: 'Bid 2: price is blank; ...' }
 * ```
 */
export function shownTenderMessages(check: TenderCheck, checked: boolean): Record<string, ShownMessage> {
  const shown: Record<string, ShownMessage> = {};
  const add = (message: TenderMessage, kind: 'error' | 'warning') => {
    shown[message.field] = { ...shown[message.field], [kind]: message.message };
  };
  for (const error of check.errors)
    if (checked || (error.field === 'weights' && check.total.complete)) add(error, 'error');
  for (const warning of check.warnings) add(warning, 'warning');
  return shown;
}

/**
 * The element id of a tender field, so the list of errors can move focus to it.
 *
 * @example
 * ```ts
 * tenderElementId('bids.2.price'); //=> 'field-tender-bids-2-price'
 * ```
 */
export function tenderElementId(field: string): string {
  return fieldElementId(field === '' ? 'tender' : `tender.${field}`);
}
