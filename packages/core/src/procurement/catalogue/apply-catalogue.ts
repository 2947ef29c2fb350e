import type { DecimalLike } from '../../decimal.js';
import { isDecimalLike, toDecimal } from '../../decimal.js';
import { SroiValidationError } from '../../model/problems.js';
import type { Evaluation, FinancialProxy, Outcome } from '../../model/types.js';
import { Checker } from '../check.js';
import { findPriceBaseProblems } from '../price-base/read-index.js';
import { measurePricer } from '../price-base/price-measures.js';
import type { PriceBase } from '../price-base/types.js';
import { findCatalogueProblems } from './read-catalogue.js';
import type { Catalogue } from './types.js';

/** A proxy that names a catalogue measure instead of restating its value. */
export type ProxyFromCatalogue = Omit<FinancialProxy, 'value'> & {
  readonly value?: DecimalLike;
  readonly measure: string;
};

/** An outcome whose proxy may name a catalogue measure. */
export type OutcomeWithMeasure = Omit<Outcome, 'proxy'> & { readonly proxy: FinancialProxy | ProxyFromCatalogue };

/** An evaluation whose outcomes may take their proxies from a catalogue. */
export type EvaluationWithMeasures = Omit<Evaluation, 'outcomes'> & {
  readonly outcomes: readonly OutcomeWithMeasure[];
};

/**
 * Fills in every proxy that names a catalogue measure (`proxy: { measure: "EMP-1" }`)
 * with the measure's value in the price base, its unit, description and
 * source, and records the catalogue and price base in `pricing` so that the
 * result says where its values came from. A proxy that gives both a measure
 * and a value must agree with the catalogue. The evaluation itself is not
 * changed; the rest of it is checked by `evaluate`.
 *
 * @param evaluation - an evaluation whose proxies may name measures
 * @param catalogue - the measures framework
 * @param priceBase - the year to state values in and the index; default the catalogue's latest price year
 * @returns the evaluation with every proxy's value given (unchanged when no proxy names a measure)
 * @throws SroiValidationError naming each unknown code (`outcomes[2].proxy.measure`) or missing index year
 *
 * @example
 * ```ts
 * const result = evaluate(applyCatalogue(evaluation, catalogue, { year: 2025, index: deflator }));
 * result.settings.pricing; //=> { catalogue: '...', priceYear: 2025, index: 'GDP deflator ...' }
 * ```
 */
export function applyCatalogue(
  evaluation: EvaluationWithMeasures,
  catalogue: Catalogue,
  priceBase?: PriceBase,
): Evaluation {
  const outcomes: readonly unknown[] = Array.isArray(evaluation.outcomes) ? evaluation.outcomes : [];
  const uses = outcomes.some((outcome) => measureOf(outcome) !== undefined);
  if (!uses) return evaluation as Evaluation;

  const check = new Checker();
  check.problems.push(
    ...findCatalogueProblems(catalogue).map((p) => ({
      ...p,
      path: p.path === '' ? 'catalogue' : `catalogue.${p.path}`,
    })),
    ...(priceBase === undefined ? [] : findPriceBaseProblems(priceBase, 'priceBase')),
  );
  if (check.problems.length > 0) throw new SroiValidationError(check.problems);
  const pricer = measurePricer(catalogue, priceBase);
  // Both default to GBP: a euro catalogue must not price a map that says nothing (so pounds).
  const currency = evaluation.currency ?? 'GBP';
  const catalogueCurrency = catalogue.currency ?? 'GBP';
  if (currency !== catalogueCurrency) {
    check.add(
      'currency',
      evaluation.currency,
      `the evaluation is in ${currency}${evaluation.currency === undefined ? ' (the default)' : ''} but the catalogue ${JSON.stringify(catalogue.name)} is in ${catalogueCurrency}; use one currency`,
    );
  }

  const filled = outcomes.map((outcome, i) => {
    const code = measureOf(outcome);
    if (code === undefined) return outcome;
    const { proxy } = outcome as OutcomeWithMeasure;
    const path = `outcomes[${i}].proxy`;
    const priced = pricer.price(code, `${path}.measure`, check);
    if (priced === undefined) return outcome;
    const value = priced.proxy.toString();
    if (proxy.value !== undefined && (!isDecimalLike(proxy.value) || !toDecimal(proxy.value).eq(priced.proxy))) {
      check.add(
        `${path}.value`,
        proxy.value,
        `the proxy names measure ${JSON.stringify(code)}, worth ${value} in ${pricer.pricing.priceYear} prices, but gives ${String(proxy.value)}; leave out value to take the catalogue's`,
      );
    }
    const { measure } = priced;
    return {
      ...(outcome as object),
      domain: (outcome as Outcome).domain ?? measure.domain,
      proxy: {
        description: measure.measure,
        unit: measure.unit,
        source: measure.source,
        ...proxy,
        value,
        year: pricer.pricing.priceYear,
        measure: code,
      },
    };
  });
  if (check.problems.length > 0) throw new SroiValidationError(check.problems);
  return { ...(evaluation as Evaluation), outcomes: filled as Outcome[], pricing: pricer.pricing };
}

function measureOf(outcome: unknown): string | undefined {
  if (typeof outcome !== 'object' || outcome === null) return undefined;
  const proxy = (outcome as { proxy?: unknown }).proxy;
  if (typeof proxy !== 'object' || proxy === null) return undefined;
  const measure = (proxy as { measure?: unknown }).measure;
  return typeof measure === 'string' ? measure : undefined;
}
