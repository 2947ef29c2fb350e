/**
 * The list of what stops Next, at the top of a step: each item moves focus to
 * its field. It takes focus itself when Next is refused, so the refusal is heard.
 */
import { useEffect, useRef } from 'react';
import type { FieldMessage } from '../../model/check-draft.js';
import { FieldErrorList } from '../common/field-error-list.js';

export interface ErrorSummaryProps {
  readonly errors: readonly FieldMessage[];
  /** Changes each time Next is refused: the summary then takes focus. */
  readonly attempt: number;
}

/** A message bar listing the step's errors, each a link to its field. */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      <FieldErrorList errors={errors} before="going on" />
    </div>
  );
}
