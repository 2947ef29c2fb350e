import type { Pricing } from '@sroi/core';
import { safeText } from './safe-text.js';

/**
 * Where the values priced from a catalogue came from, in one sentence for the
 * head of a report.
 *
 * @param what - what was priced, e.g. "Proxies" or "Commitments priced"; null for the catalogue alone
 * @example
 * ```ts
 * pricingLine({ catalogue: 'Anytown framework', priceYear: 2025, index: 'GDP deflator' });
 * //=> 'Proxies from Anytown framework in 2025 prices (index: GDP deflator)'
 * ```
 */
export function pricingLine(pricing: Pricing, what: string | null = 'Proxies'): string {
  const index =
    pricing.index === null ? 'no index: every value taken was already in those prices' : `index: ${pricing.index}`;
  return safeText(
    `${what === null ? '' : `${what} from `}${pricing.catalogue} in ${pricing.priceYear} prices (${index})`,
  );
}
