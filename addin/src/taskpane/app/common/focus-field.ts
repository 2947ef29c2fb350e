/** Moves focus to a field by its id, or to the first control inside it (a radio group). */
import { fieldElementId } from '../state/shown-messages.js';

/** Focuses the control of a draft field, if it is on the page. */
export function focusField(field: string): void {
  const element = document.getElementById(fieldElementId(field));
  if (element === null) return;
  const control = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input:checked, input, select, textarea, button');
  (control ?? element).focus();
}
