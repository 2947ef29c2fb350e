/** A field's guidance (what it means and the typical published value) as one hint line. */
import { GUIDANCE } from '../../model/guidance.js';

/**
 * The hint shown under a field.
 *
 * @example
 * ```ts
 * guidanceHint('deadweight');
 * //=> 'The share of the change that would have happened anyway, without the service. Typical: Median 20% in 383 published SROI reports.'
 * ```
 */
export function guidanceHint(key: string): string | undefined {
  const guidance = GUIDANCE[key];
  if (guidance === undefined) return undefined;
  return guidance.typical === undefined ? guidance.help : `${guidance.help} Typical: ${guidance.typical}`;
}
