/** An error from Excel or the engine, shown in words (see `inWords`), never as a stack. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { inWords } from './in-words.js';

/** A red message bar for `error`, or nothing when there is none. */
export function ErrorBar({ error, title }: { readonly error: unknown; readonly title: string }) {
  if (error === null || error === undefined) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {inWords(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
