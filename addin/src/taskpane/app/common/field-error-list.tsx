/**
 * What stops a step, as an error message bar: each message a link that moves
 * focus to its field (a message about no one field is plain text). The
 * wizard's steps and the tender page each wrap it with their own focus rule.
 */
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { focusField } from './focus-field.js';

export interface FieldErrorListProps {
  readonly errors: readonly { readonly field: string; readonly message: string }[];
  /** What the errors stop, in the title: "going on", "scoring". */
  readonly before: string;
  /** The id of a field's input, from the error's field. */
  readonly fieldId?: (field: string) => string;
  /** The list's accessible name, when it has one. */
  readonly listLabel?: string;
}

/** The message bar, or nothing when there is no error. */
export function FieldErrorList({ errors, before, fieldId = (field) => field, listLabel }: FieldErrorListProps) {
  if (errors.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {errors.length === 1 ? `Fix this before ${before}:` : `Fix these ${errors.length} things before ${before}:`}
        </MessageBarTitle>
        <ul {...(listLabel === undefined ? {} : { 'aria-label': listLabel })}>
          {errors.map((error, index) => (
            <li key={index}>
              {error.field === '' ? (
                error.message
              ) : (
                <Link as="button" onClick={() => focusField(fieldId(error.field))}>
                  {error.message}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
