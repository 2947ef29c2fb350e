import { isDecimalLike, toDecimal, type Decimal } from '../decimal.js';
import { showValue } from './problems.js';
import { lastYearToDiscount } from './years.js';

/**
 * Checks that span fields: ids, references, combinations of settings. They
 * cannot be said in JSON Schema, so they run as a second pass after the zod
 * schema, even when single fields are invalid, so that every problem is
 * reported at once; the input is read defensively, skipping what the schema
 * has already reported.
 */
export function crossCheck(evaluation: unknown, report: Report): void {
  if (!isRecord(evaluation)) return;

  const stakeholders = arrayOf(evaluation['stakeholders']);
  const outcomes = arrayOf(evaluation['outcomes']);
  const inputs = arrayOf(evaluation['inputs']);

  const stakeholderIds = new Set<string>();
  reportDuplicates(stakeholders, 'stakeholders', 'stakeholder id', report, stakeholderIds);
  reportDuplicates(outcomes, 'outcomes', 'outcome id', report);

  const known = [...stakeholderIds].map((id) => JSON.stringify(id)).join(', ') || 'none defined';
  const checkReference = (collection: string, index: number, id: unknown) => {
    if (typeof id === 'string' && id.trim() !== '' && !stakeholderIds.has(id)) {
      report(
        [collection, index, 'stakeholder'],
        id,
        `stakeholder ${showValue(id)} is not in the stakeholders list; known stakeholders: ${known}`,
      );
    }
  };
  inputs.forEach((input, index) => isRecord(input) && checkReference('inputs', index, input['stakeholder']));

  const subtractive = evaluation['reductions'] === 'subtractive';
  outcomes.forEach((outcome, index) => {
    if (!isRecord(outcome)) return;
    checkReference('outcomes', index, outcome['stakeholder']);
    if (subtractive) checkSubtractiveSum(outcome, index, report);
    checkQuantities(outcome, index, report);
  });

  checkRatesLength(evaluation, outcomes, inputs, report);
}

export type Report = (path: PropertyKey[], input: unknown, message: string) => void;

/**
 * Ids must be unique ignoring case: spreadsheets compare text without case,
 * so "people" and "People" would be one stakeholder in a workbook's formulas.
 * Every string id found is added to `ids` when it is given.
 */
function reportDuplicates(
  items: unknown[],
  collection: string,
  label: string,
  report: Report,
  ids?: Set<string>,
): void {
  // One map of 10,000 outcome ids is already a few percent of evaluate's time:
  // lower-case each id once, and collect the ids only when the caller needs them.
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    const id = isRecord(item) ? item['id'] : undefined;
    if (typeof id !== 'string') return;
    const lowerCase = id.toLowerCase();
    const first = seen.get(lowerCase);
    if (first === id)
      report([collection, index, 'id'], id, `${label} ${showValue(id)} is used twice; ids must be unique`);
    else if (first !== undefined) {
      report(
        [collection, index, 'id'],
        id,
        `${label} ${showValue(id)} differs from ${showValue(first)} only in capitals; spreadsheets treat them as the same, so ids must differ in more than case`,
      );
    } else seen.set(lowerCase, id);
    ids?.add(id);
  });
}

function checkSubtractiveSum(outcome: Record<string, unknown>, index: number, report: Report): void {
  const shares = ['deadweight', 'displacement', 'attribution'].map((key) => usableDecimal(outcome[key]));
  if (shares.some((share) => share === null)) return;
  const sum = shares.reduce<Decimal>((total, share) => total.plus(share ?? 0), toDecimal(0));
  if (sum.gt(1)) {
    report(
      [`outcomes`, index],
      sum.toNumber(),
      `deadweight + displacement + attribution is ${sum.times(100).toString()}%, over 100%, which subtractive reductions cannot take; lower them or use multiplicative reductions`,
    );
  }
}

function checkQuantities(outcome: Record<string, unknown>, index: number, report: Report): void {
  const byYear = outcome['quantityByYear'];
  const quantity = outcome['quantity'];
  if (byYear === undefined) {
    if (quantity === undefined)
      report(['outcomes', index, 'quantity'], undefined, 'quantity is required (or give quantityByYear)');
    return;
  }
  if (!Array.isArray(byYear)) return;
  const dropOff = usableDecimal(outcome['dropOff']);
  if (dropOff !== null && !dropOff.isZero()) {
    report(
      ['outcomes', index, 'dropOff'],
      outcome['dropOff'],
      'drop-off must not be given with quantityByYear: the yearly quantities already say how the outcome changes',
    );
  }
  const duration = outcome['duration'];
  if (Number.isInteger(duration) && byYear.length !== duration) {
    report(
      ['outcomes', index, 'quantityByYear'],
      byYear,
      `quantityByYear has ${byYear.length} ${byYear.length === 1 ? 'quantity' : 'quantities'} but the duration is ${String(duration)} years; give one quantity per year of the outcome`,
    );
  }
  const first = usableDecimal(byYear[0]);
  const given = usableDecimal(quantity);
  if (quantity !== undefined && first !== null && given !== null && !first.eq(given)) {
    report(
      ['outcomes', index, 'quantity'],
      quantity,
      `quantity ${showValue(quantity)} differs from the first year of quantityByYear (${showValue(byYear[0])}); leave quantity out or make them agree`,
    );
  }
}

function checkRatesLength(
  evaluation: Record<string, unknown>,
  outcomes: unknown[],
  inputs: unknown[],
  report: Report,
): void {
  const discount = evaluation['discount'];
  if (!isRecord(discount) || !Array.isArray(discount['rates'])) return;
  const timing = evaluation['timing'];
  const years: number[] = [];
  for (const outcome of outcomes) {
    if (!isRecord(outcome)) continue;
    const start = outcome['startYear'] ?? 1;
    const duration = outcome['duration'];
    if (Number.isInteger(start) && Number.isInteger(duration)) years.push((start as number) + (duration as number) - 1);
  }
  for (const input of inputs) {
    if (isRecord(input) && Number.isInteger(input['year'])) years.push(input['year'] as number);
  }
  const needed = lastYearToDiscount(
    Math.max(0, ...years),
    timing === 'start-of-year' || timing === 'mid-year' ? timing : 'end-of-year',
  );
  const rates = discount['rates'];
  if (rates.length < needed) {
    report(
      ['discount', 'rates'],
      rates,
      `discount.rates has ${rates.length} ${rates.length === 1 ? 'rate' : 'rates'} but the evaluation discounts ${needed} years; give one rate per year, year 1 first`,
    );
  }
}

function usableDecimal(value: unknown): Decimal | null {
  if (value === undefined) return toDecimal(0);
  if (isDecimalLike(value)) return toDecimal(value);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
