import { toDecimal, type Domain, type PriceMethod, type SocialValueMethod } from '@sroi/core';
import type { ReadCell } from '../../read/cell-value.js';
import type { NumberStyle } from '../../read/number-text.js';
import { parseChoice, parseDomain, parseNumber, parseText, shown } from '../../read/values.js';
import type { Parse } from './cells.js';

/**
 * The cell parsers of the procurement sheets, built on the impact map's
 * (`values.ts`): "£1,250.50", "1,250", numbers stored as text and decimal
 * commas read the same in every sheet. Ranges (a price above 0, a year of
 * four digits) are the engine's to check, so its rules stay in one place.
 */

export const text =
  (label: string): Parse<string> =>
  (cell) =>
    parseText(cell, label);

export const amount =
  (label: string, expected: string, style: NumberStyle): Parse<number | string> =>
  (cell) =>
    parseNumber(cell, label, expected, style);

/** A year (a price year, an index year): the engine checks it is whole and of four digits. */
export const year =
  (label: string, style: NumberStyle): Parse<number> =>
  (cell) => {
    const parsed = parseNumber(cell, label, 'a four-digit year such as 2024', style);
    return parsed.ok ? { ok: true, value: Number(parsed.value) } : parsed;
  };

/** Whether a cell is written with a percent sign ("60%"). */
export function hasPercentSign(cell: ReadCell): boolean {
  return cell.kind === 'text' && /%\s*$/.test(cell.text);
}

/**
 * A number out of 100 (a weight, a score, a split): 60, "60" or "60%" are
 * all 60. A fraction (0.6) is read as it stands; the weights' reader asks
 * about it.
 */
export const percentage =
  (label: string, expected: string, style: NumberStyle): Parse<number | string> =>
  (cell) => {
    if (!hasPercentSign(cell)) return parseNumber(cell, label, expected, style);
    const bare: ReadCell = { kind: 'text', text: (cell as { text: string }).text.replace(/%\s*$/, '') };
    const parsed = parseNumber(bare, label, expected, style);
    return parsed.ok ? parsed : { ok: false, message: `${label} must be ${expected}; got ${shown(cell)}` };
  };

/** The Social Value Act's three domains, in any case. */
export const domain: Parse<Domain> = parseDomain;

const PRICE_METHODS: Readonly<Record<string, PriceMethod>> = {
  'lowest-price': 'lowest-price',
  lowest: 'lowest-price',
  'lowest-price-method': 'lowest-price',
  'relative-to-lowest': 'lowest-price',
  linear: 'linear',
  'linear-scale': 'linear',
  'linear-interpolation': 'linear',
};

/** How price scores: the core's words, or plain ones ("Lowest price", "Linear"). */
export const priceMethod: Parse<PriceMethod> = (cell) => parseChoice(cell, 'price method', PRICE_METHODS);

const SOCIAL_VALUE_METHODS: Readonly<Record<string, SocialValueMethod>> = {
  monetised: 'monetised',
  monetized: 'monetised',
  money: 'monetised',
  'in-money': 'monetised',
  qualitative: 'qualitative',
  'panel-score': 'qualitative',
  scored: 'qualitative',
  both: 'both',
  'monetised-and-qualitative': 'both',
  'monetized-and-qualitative': 'both',
};

/** How social value scores: the core's words, or plain ones ("Monetised", "Qualitative", "Both"). */
export const socialValueMethod: Parse<SocialValueMethod> = (cell) =>
  parseChoice(cell, 'social value method', SOCIAL_VALUE_METHODS);

/** A quantity: a number, 0 or more (the engine's rule, checked here where the engine has no contract check). */
export const quantity =
  (style: NumberStyle): Parse<number | string> =>
  (cell) => {
    const parsed = parseNumber(cell, 'quantity', QUANTITY, style);
    if (parsed.ok && toDecimal(parsed.value).isNegative())
      return { ok: false, message: `quantity must be ${QUANTITY}; got ${shown(cell)}` };
    return parsed;
  };

const QUANTITY = 'a number, 0 or more';
