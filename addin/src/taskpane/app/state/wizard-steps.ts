/** The new-evaluation wizard's steps, in order, with the titles the pane shows. */
import type { WizardStep } from '../../model/check-draft.js';

export const WIZARD_STEPS: readonly { readonly step: WizardStep; readonly title: string }[] = [
  { step: 'scope', title: 'Scope' },
  { step: 'stakeholders', title: 'Stakeholders' },
  { step: 'inputs', title: 'Inputs' },
  { step: 'outcomes', title: 'Outcomes' },
  { step: 'impact', title: 'Impact' },
  { step: 'review', title: 'Review' },
];

/**
 * What the step indicator says.
 *
 * @example
 * ```ts
 * stepLabel(1); //=> 'Step 2 of 6: Stakeholders'
 * ```
 */
export function stepLabel(index: number): string {
  const title = WIZARD_STEPS[index]?.title ?? '';
  return `Step ${index + 1} of ${WIZARD_STEPS.length}: ${title}`;
}
