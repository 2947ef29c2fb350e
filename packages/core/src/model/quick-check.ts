import { RULES, WHOLE_NUMBER_RULES, type DecimalRule, type WholeNumberRule } from './rules.js';
import { fieldProblems, OUTCOME_FIELDS, PROXY_FIELDS } from './field-checks.js';
import { LARGEST, numberProblem } from './number-problem.js';

/**
 * A quick check that says only "valid": true when an evaluation certainly
 * passes the field checks (`field-checks.ts`, which say what `evaluationSchema`
 * says), false when it might not. Most outcome rows are plain objects of plain
 * numbers and text, which this reads without allocating or building paths
 * (validating 10,000 rows through zod was a fifth of `evaluate`'s time, issue
 * 11). The settings, stakeholders and inputs go through the field checks (with
 * no outcomes). Whatever this does not accept goes through the full field
 * checks, which find every problem and its message.
 *
 * The outcome check follows the schema field by field: a change there must be
 * made here too (tests/core/evaluate-speed-paths.test.ts compares the two).
 *
 * @example
 * ```ts
 * passesSchemaQuickly(evaluation);                                                //=> true
 * passesSchemaQuickly({ ...evaluation, outcomes: [{ ...outcome, duration: 0 }] }); //=> false
 * ```
 */
export function passesSchemaQuickly(evaluation: unknown): boolean {
  if (!isPlainObject(evaluation)) return false;
  const outcomes = evaluation['outcomes'];
  if (!Array.isArray(outcomes)) return false;
  for (let index = 0; index < outcomes.length; index += 1) {
    if (!outcomePasses(outcomes[index])) return false;
  }
  // An object's fields are checked one by one, so without its outcomes it
  // passes exactly when the rest of it is valid.
  return fieldProblems({ ...evaluation, outcomes: [] }).length === 0;
}

// The fields the checks know, read from them so that the two cannot drift apart.
const OUTCOME_NAMES = new Set(Object.keys(OUTCOME_FIELDS));

const PROXY_NAMES = new Set(Object.keys(PROXY_FIELDS));

const DOMAINS = new Set(['economic', 'social', 'environmental']);

function outcomePasses(row: unknown): boolean {
  if (!isPlainObject(row) || !onlyFields(row, OUTCOME_NAMES)) return false;
  const quantityByYear = row['quantityByYear'];
  return (
    isText(row['id']) &&
    isText(row['stakeholder']) &&
    isText(row['description']) &&
    isOptionalString(row['indicator']) &&
    isOptionalString(row['source']) &&
    (row['domain'] === undefined || DOMAINS.has(row['domain'] as string)) &&
    isOptionalDecimal(row['quantity'], RULES.quantity) &&
    (quantityByYear === undefined || quantitiesPass(quantityByYear)) &&
    proxyPasses(row['proxy']) &&
    isOptionalDecimal(row['deadweight'], RULES.deadweight) &&
    isOptionalDecimal(row['displacement'], RULES.displacement) &&
    isOptionalDecimal(row['attribution'], RULES.attribution) &&
    isOptionalDecimal(row['dropOff'], RULES.dropOff) &&
    isWholeNumber(row['duration'], WHOLE_NUMBER_RULES.duration) &&
    (row['startYear'] === undefined || isWholeNumber(row['startYear'], WHOLE_NUMBER_RULES.startYear))
  );
}

function quantitiesPass(quantities: unknown): boolean {
  if (!Array.isArray(quantities) || quantities.length < 1) return false;
  for (let k = 0; k < quantities.length; k += 1) {
    if (!isDecimal(quantities[k], RULES.quantity)) return false;
  }
  return true;
}

function proxyPasses(proxy: unknown): boolean {
  return (
    isPlainObject(proxy) &&
    onlyFields(proxy, PROXY_NAMES) &&
    isDecimal(proxy['value'], RULES.proxyValue) &&
    isOptionalString(proxy['description']) &&
    isOptionalString(proxy['source']) &&
    isOptionalString(proxy['unit']) &&
    (proxy['year'] === undefined || isWholeNumber(proxy['year'], WHOLE_NUMBER_RULES.priceYear)) &&
    isOptionalString(proxy['measure'])
  );
}

/** An object literal or JSON object; anything else (arrays, class instances) is left to the full checks. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** No field outside the schema's (unknown fields are refused). */
function onlyFields(value: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  for (const key in value) {
    if (!fields.has(key)) return false;
  }
  return true;
}

/** zod's `text()`: a string that is not blank. */
function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** zod's `decimalField(rule)`: a finite number in range, or a decimal string in range. */
function isDecimal(value: unknown, rule: DecimalRule): boolean {
  if (typeof value === 'number') {
    // NaN fails every comparison, so it is refused here with the infinities.
    return (
      Math.abs(value) <= LARGEST &&
      (rule.min === undefined || value >= rule.min) &&
      (rule.max === undefined || value <= rule.max)
    );
  }
  return typeof value === 'string' && numberProblem(rule, value) === undefined;
}

function isOptionalDecimal(value: unknown, rule: DecimalRule): boolean {
  return value === undefined || isDecimal(value, rule);
}

/** zod's `wholeNumberField(rule)`: a whole number within the rule's range. */
function isWholeNumber(value: unknown, rule: WholeNumberRule): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max;
}
