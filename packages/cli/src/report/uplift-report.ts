import { type Decimal, formatMoney, type PricedMeasure, type Pricing, type Uplift, ROUND_HALF_UP } from '@sroi/core';
import { pricingLine } from './pricing-line.js';
import { safeText } from './safe-text.js';
import { alignedTable, markdownTable, markdownText, type Align } from './table.js';

/** A catalogue priced in a price base, as core's `priceCatalogue` returns it. */
export interface PricedCatalogue {
  readonly pricing: Pricing;
  readonly currency: string;
  readonly measures: readonly PricedMeasure[];
}

/**
 * A factor as it can be checked by hand: up to six decimal places, with the
 * two index values it is the ratio of.
 *
 * @example
 * ```ts
 * formatFactor(upliftValue(1000, 2020, 2025, deflator)); //=> 'x1.25 (100 / 80)'
 * ```
 */
export function formatFactor(uplift: Uplift): string {
  const factor = `x${uplift.factor.toDecimalPlaces(6).toString()}`;
  if (uplift.fromIndex === null || uplift.toIndex === null) return `${factor} (same year)`;
  return `${factor} (${uplift.toIndex.toString()} / ${uplift.fromIndex.toString()})`;
}

const ALIGN: readonly Align[] = ['left', 'left', 'left', 'right', 'right', 'right', 'right'];

function table(priced: PricedCatalogue): { header: string[]; rows: string[][] } {
  const money = (value: Decimal) => formatMoney(value, priced.currency);
  return {
    header: ['Code', 'Measure', 'Unit', 'Proxy', 'Price year', 'Factor', `Proxy in ${priced.pricing.priceYear} prices`],
    rows: priced.measures.map(({ measure, proxy, uplift }) => [
      safeText(measure.code),
      safeText(measure.measure),
      safeText(measure.unit),
      money(uplift.original),
      String(measure.priceYear),
      formatFactor(uplift),
      money(proxy),
    ]),
  };
}

/** A catalogue in the price base for the terminal: each proxy as given, the factor, and the proxy in the price base. */
export function pricedCatalogueText(priced: PricedCatalogue): string {
  const { header, rows } = table(priced);
  return [pricingLine(priced.pricing, null), '', ...alignedTable([header, ...rows], ALIGN)].join('\n') + '\n';
}

/** The same as Markdown. */
export function pricedCatalogueMarkdown(priced: PricedCatalogue): string {
  const { header, rows } = table(priced);
  return (
    [`# ${markdownText(pricingLine(priced.pricing, null))}`, '', ...markdownTable(header, rows, ALIGN)].join('\n') +
    '\n'
  );
}

/**
 * One value moved between price years, in a sentence and its working.
 *
 * @example
 * ```text
 * 1,000 in 2020 prices is 1,250 in 2025 prices
 *   factor x1.25 (100 / 80): Test deflator, 100 in 2025 / 80 in 2020
 * ```
 */
export function upliftText(uplift: Uplift): string {
  const lines = [
    `${plain(uplift.original)} in ${uplift.fromYear} prices is ${plain(uplift.value)} in ${uplift.toYear} prices`,
  ];
  if (uplift.index === null || uplift.fromIndex === null || uplift.toIndex === null)
    lines.push('  the same year: nothing to move');
  else
    lines.push(
      safeText(
        `  factor ${formatFactor(uplift)}: ${uplift.index}, ${uplift.toIndex.toString()} in ${uplift.toYear} / ${uplift.fromIndex.toString()} in ${uplift.fromYear}`,
      ),
    );
  return lines.join('\n') + '\n';
}

/** A value with thousands separators, to two decimal places when it has more (json gives every digit). */
function plain(value: Decimal): string {
  const rounded = value.decimalPlaces() > 2 ? value.toDecimalPlaces(2, ROUND_HALF_UP) : value;
  const [whole = '', fraction] = rounded.toFixed().split('.');
  const text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
  return rounded === value ? text : `${text} (rounded)`;
}
