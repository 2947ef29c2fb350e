/**
 * The list of what stops scoring, at the top of the page: each item moves
 * focus to its field. It takes focus itself when Score is refused, so the
 * refusal is heard.
 */
import { useEffect, useRef } from 'react';
import type { TenderMessage } from '../../model/tender-check.js';
import { FieldErrorList } from '../common/field-error-list.js';

export interface TenderErrorSummaryProps {
  readonly errors: readonly TenderMessage[];
  /** Changes each time Score is refused: the summary then takes focus. */
  readonly refused: number;
}

/** A message bar listing the tender's errors, each a link to its field. */
export function TenderErrorSummary({ errors, refused }: TenderErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Only a refusal made while the page is open takes focus: arriving on the page, its heading has it.
  const seen = useRef(refused);
  useEffect(() => {
    if (refused === seen.current) return;
    seen.current = refused;
    ref.current?.focus();
  }, [refused]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      <FieldErrorList errors={errors} before="scoring" fieldId={(field) => `tender.${field}`} listLabel="What to fix" />
    </div>
  );
}
