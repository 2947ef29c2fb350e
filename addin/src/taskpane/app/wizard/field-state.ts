/** How a Fluent Field shows a field's message: an error, else a warning, else nothing. */
import type { FieldProps } from '@fluentui/react-components';
import type { ShownMessage } from '../state/shown-messages.js';

/** The Field props for a shown message. */
export function fieldState(shown: ShownMessage | undefined): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  if (shown?.error !== undefined) return { validationState: 'error', validationMessage: shown.error };
  if (shown?.warning !== undefined) return { validationState: 'warning', validationMessage: shown.warning };
  return { validationState: 'none' };
}
