/** Moves focus to a new row's first field when the user adds a row, so typing can start at once. */
import { useEffect, useRef } from 'react';
import { fieldElementId } from '../state/shown-messages.js';

/**
 * @param count - how many rows the list has
 * @param firstField - the field id of the last row's first field, e.g. `outcomes.3.description`
 */
export function useFocusNewRow(count: number, firstField: string): void {
  const before = useRef(count);
  useEffect(() => {
    if (count > before.current) document.getElementById(fieldElementId(firstField))?.focus();
    before.current = count;
  }, [count, firstField]);
}
