/** How the wizard names rows and stakeholders on screen. */
import type { EvaluationDraft } from '../../model/draft.js';

/**
 * A row's legend: its number and, once typed, what it is called.
 *
 * @example
 * ```ts
 * rowLegend('Outcome', 1, 'Improved wellbeing'); //=> 'Outcome 2: Improved wellbeing'
 * rowLegend('Input', 0, '');                     //=> 'Input 1'
 * ```
 */
export function rowLegend(noun: string, index: number, name: string): string {
  const trimmed = name.trim();
  return trimmed === '' ? `${noun} ${index + 1}` : `${noun} ${index + 1}: ${trimmed}`;
}

/** The stakeholders as choices of a select, by key, named as typed (or by number while unnamed). */
export function stakeholderOptions(draft: EvaluationDraft): { value: string; label: string }[] {
  return draft.stakeholders.map((stakeholder, index) => ({
    value: stakeholder.key,
    label: stakeholder.name.trim() === '' ? `Stakeholder ${index + 1}` : stakeholder.name.trim(),
  }));
}
