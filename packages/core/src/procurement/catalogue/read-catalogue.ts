import { WHOLE_NUMBER_RULES } from '../../model/rules.js';
import { SroiValidationError, type SroiProblem } from '../../model/problems.js';
import { Checker, at } from '../check.js';
import { PROCUREMENT_RULES } from '../rules.js';
import type { Catalogue } from './types.js';

const CATALOGUE_FIELDS = ['name', 'currency', 'licence', 'measures'];
const MEASURE_FIELDS = [
  'code',
  'domain',
  'theme',
  'outcome',
  'measure',
  'unit',
  'proxy',
  'priceYear',
  'source',
  'licence',
  'objective',
  'target',
];
const DOMAINS = ['economic', 'social', 'environmental'] as const;

/**
 * Lists every problem with a measures catalogue, each with its path
 * (`measures[3].proxy`); an empty list means it is valid.
 *
 * @example
 * ```ts
 * findCatalogueProblems({ name: 'x', measures: [{ code: 'A' }] })[0].path; //=> 'measures[0].domain'
 * ```
 */
export function findCatalogueProblems(catalogue: unknown): SroiProblem[] {
  const check = new Checker();
  const record = check.object('', catalogue, 'the catalogue', CATALOGUE_FIELDS);
  if (record === undefined) return check.problems;
  check.text('name', record.name, 'catalogue name');
  check.currency('currency', record.currency);
  check.optionalText('licence', record.licence, 'licence');
  const measures = check.list('measures', record.measures, 'measures');
  const seen = new Map<string, number>();
  measures?.forEach((item, i) => {
    const path = at('measures', i);
    const measure = check.object(path, item, 'a measure', MEASURE_FIELDS);
    if (measure === undefined) return;
    const code = check.text(at(path, 'code'), measure.code, 'measure code');
    if (code !== undefined) {
      const first = seen.get(code);
      if (first !== undefined) {
        check.add(
          at(path, 'code'),
          code,
          `measure code ${JSON.stringify(code)} is already used by measures[${first}]; each code must be unique`,
        );
      } else seen.set(code, i);
    }
    check.oneOf(at(path, 'domain'), measure.domain, 'domain', DOMAINS);
    for (const field of ['theme', 'outcome', 'measure', 'unit', 'source'] as const) {
      check.text(at(path, field), measure[field], field === 'measure' ? 'measure description' : field);
    }
    check.number(at(path, 'proxy'), measure.proxy, PROCUREMENT_RULES.proxy);
    check.whole(at(path, 'priceYear'), measure.priceYear, WHOLE_NUMBER_RULES.priceYear);
    check.optionalText(at(path, 'licence'), measure.licence, 'licence');
    check.optionalText(at(path, 'objective'), measure.objective, 'objective');
    if (measure.target !== undefined) check.number(at(path, 'target'), measure.target, PROCUREMENT_RULES.target);
  });
  return check.problems;
}

/**
 * Checks a measures catalogue and returns it typed, or throws one
 * {@link SroiValidationError} listing every problem.
 *
 * @throws SroiValidationError when anything is invalid
 */
export function validateCatalogue(catalogue: unknown): Catalogue {
  const problems = findCatalogueProblems(catalogue);
  if (problems.length > 0) throw new SroiValidationError(problems, 'catalogue');
  return catalogue as Catalogue;
}
