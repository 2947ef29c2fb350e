import { applyCatalogue, SroiValidationError, type EvaluationWithMeasures, type SroiProblem } from '@sroi/core';
import { pricingPlace, type Pricing } from './pricing-options.js';

/** An outcome that names a catalogue measure instead of giving its proxy's value. */
interface NamedMeasure {
  readonly index: number;
  readonly id: string;
  readonly code: string;
}

/** An impact map with the catalogue applied, or the problems of doing so. */
export interface PricedMap {
  /** The map with every named measure's proxy filled in; the map as given when none names one. */
  readonly evaluation: unknown;
  /** Each with its place (`outcomes[2].proxy.measure`, a cell, or the catalogue file's cell). */
  readonly problems: readonly string[];
  /** Paths whose problems are consequences of these (a proxy with no value because it names a measure). */
  readonly covered: ReadonlySet<string>;
  readonly warnings: readonly string[];
}

/**
 * Takes the proxies of outcomes that name a measure (`proxy.measure`) from
 * the catalogue of `--catalogue`, in its price base, with core's
 * `applyCatalogue`. A map that names measures without a catalogue is a
 * problem at each such outcome, saying to give `--catalogue`.
 *
 * @param map - the impact map as read (not yet checked)
 * @param options - the catalogue and price base, when given, and whether the map need not use them
 * @param where - where a path of the map was read (a cell, or the path in JSON)
 */
export function priceMap(
  map: unknown,
  options: { readonly pricing?: Pricing; readonly pricingOptional?: boolean },
  where: (path: string) => string,
): PricedMap {
  const { pricing } = options;
  const named = namedMeasures(map);
  const covered = new Set(named.map((outcome) => `outcomes[${outcome.index}].proxy.value`));
  if (named.length === 0) {
    const warnings =
      pricing === undefined || options.pricingOptional === true
        ? []
        : [
            `--catalogue ${pricing.catalogue.file}: no outcome names a measure (proxy.measure, or a Measure code column), so no proxy was taken from it`,
          ];
    return { evaluation: map, problems: [], covered, warnings };
  }
  if (pricing === undefined) {
    const problems = named.map(
      (outcome) =>
        `${where(`outcomes[${outcome.index}].proxy.measure`)}: outcome ${JSON.stringify(outcome.id)} takes its proxy from measure ` +
        `${JSON.stringify(outcome.code)} of a catalogue: give the catalogue with --catalogue FILE ` +
        '(and --index FILE --price-year YEAR to state its values in one year’s prices)',
    );
    return { evaluation: map, problems, covered, warnings: [] };
  }
  const mixed = currencyProblem(map, pricing, where);
  if (mixed !== undefined) return { evaluation: map, problems: [mixed], covered, warnings: [] };
  try {
    const priced = applyCatalogue(map as EvaluationWithMeasures, pricing.catalogue.value, pricing.priceBase);
    return { evaluation: priced, problems: [], covered: new Set(), warnings: [] };
  } catch (error) {
    if (!(error instanceof SroiValidationError)) throw error;
    const problems = error.problems.map((problem: SroiProblem) => {
      const place = pricingPlace(pricing, problem.path) ?? where(problem.path);
      return `${place}: ${problem.message}`;
    });
    return { evaluation: map, problems, covered, warnings: [] };
  }
}

/**
 * A map that gives no currency is in GBP; core's applyCatalogue compares
 * currencies only when the map gives one, so a catalogue in another currency
 * would be taken into a GBP map without a word. Said here until core says it.
 */
function currencyProblem(map: unknown, pricing: Pricing, where: (path: string) => string): string | undefined {
  const given = typeof map === 'object' && map !== null ? (map as { currency?: unknown }).currency : undefined;
  const catalogue = pricing.catalogue.value;
  if (given !== undefined || catalogue.currency === undefined || catalogue.currency === 'GBP') return undefined;
  return (
    `${where('currency')}: the impact map gives no currency, so it is in GBP, but the catalogue ` +
    `${JSON.stringify(catalogue.name)} is in ${catalogue.currency}: give the map's currency (${catalogue.currency}), or use a catalogue in GBP`
  );
}

function namedMeasures(map: unknown): NamedMeasure[] {
  const outcomes = typeof map === 'object' && map !== null ? (map as { outcomes?: unknown }).outcomes : undefined;
  if (!Array.isArray(outcomes)) return [];
  return outcomes.flatMap((outcome: unknown, index) => {
    if (typeof outcome !== 'object' || outcome === null) return [];
    const { id, proxy } = outcome as { id?: unknown; proxy?: unknown };
    const code = typeof proxy === 'object' && proxy !== null ? (proxy as { measure?: unknown }).measure : undefined;
    if (typeof code !== 'string') return [];
    return [{ index, id: typeof id === 'string' ? id : `outcomes[${index}]`, code }];
  });
}
