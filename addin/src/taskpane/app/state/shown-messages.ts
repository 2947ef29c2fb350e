/**
 * Which of the draft's messages the wizard shows: errors only on steps the
 * user has tried to leave (no red before anyone has typed), warnings always.
 */
import type { DraftCheck, FieldMessage, WizardStep } from '../../model/check-draft.js';

/** What is shown beside one field. */
export interface ShownMessage {
  readonly error?: string;
  readonly warning?: string;
}

/**
 * The messages to show, by field id; several messages on one field are joined.
 *
 * @example
 * ```ts
 * shownMessages(check, ['impact'])['outcomes.0.deadweight']; //=> { error: 'Outcome 1: deadweight …' }
 * ```
 */
export function shownMessages(check: DraftCheck, checkedSteps: readonly WizardStep[]): Record<string, ShownMessage> {
  const shown: Record<string, ShownMessage> = {};
  const add = (message: FieldMessage, kind: 'error' | 'warning') => {
    const before = shown[message.field]?.[kind];
    shown[message.field] = {
      ...shown[message.field],
      [kind]: before === undefined ? message.message : `${before} ${message.message}`,
    };
  };
  for (const error of check.errors) if (checkedSteps.includes(error.step)) add(error, 'error');
  for (const warning of check.warnings) add(warning, 'warning');
  return shown;
}

/**
 * The element id of a field in the page, so the error summary can move focus to it.
 *
 * @example
 * ```ts
 * fieldElementId('outcomes.2.deadweight'); //=> 'field-outcomes-2-deadweight'
 * ```
 */
export function fieldElementId(field: string): string {
  return `field-${field === '' ? 'evaluation' : field.replace(/\./g, '-')}`;
}
