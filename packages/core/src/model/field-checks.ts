import { isDecimalLike } from '../decimal.js';
import { numberProblem } from './number-problem.js';
import { showValue } from './problems.js';
import { RULES, WHOLE_NUMBER_RULES, type DecimalRule, type WholeNumberRule } from './rules.js';

/**
 * The evaluation model's field checks, written out by hand. They say what the
 * zod schema in `schema.ts` says (which remains the source of the JSON
 * Schema), problem for problem: the same messages, paths, values and order.
 * Validation runs here rather than in zod so that the add-in's functions
 * bundle, which Excel downloads before any function works, does not carry zod
 * (issue 11). A change to a field must be made in both files.
 */

/** One problem as a check finds it, before its path is written as text. */
export interface FieldProblem {
  readonly path: readonly PropertyKey[];
  readonly value: unknown;
  readonly message: string;
  /**
   * True when the value was not even of the right kind (zod's "aborting"
   * issues). A choice between shapes (the discount) passes on the problems of
   * the one shape that was of the right kind throughout.
   */
  readonly stops: boolean;
}

type Path = readonly PropertyKey[];

/** Checks a value found at `path`, adding what is wrong with it to `found`. */
type Check = (value: unknown, path: Path, found: FieldProblem[]) => void;

/**
 * Every problem with the fields of an evaluation, in zod's order: each
 * object's fields in the schema's order, then its unknown fields.
 *
 * @example
 * ```ts
 * fieldProblems({ ...evaluation, name: '' })[0].message; //=> 'name must not be empty'
 * ```
 */
export function fieldProblems(evaluation: unknown): FieldProblem[] {
  const found: FieldProblem[] = [];
  checkEvaluation(evaluation, [], found);
  return found;
}

function report(found: FieldProblem[], path: Path, value: unknown, message: string, stops: boolean): void {
  found.push({ path, value, message, stops });
}

/** The name messages give a value: the last field name on its path. */
function fieldName(path: Path): string {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    if (typeof path[index] === 'string') return path[index] as string;
  }
  return 'the evaluation';
}

/** A value of the wrong kind, for fields without a message of their own. */
function wrongKind(found: FieldProblem[], path: Path, value: unknown, kind: string): void {
  const field = fieldName(path);
  const message = value === undefined ? `${field} is required` : `${field} must be ${kind}; got ${showValue(value)}`;
  report(found, path, value, message, true);
}

const optional =
  (check: Check): Check =>
  (value, path, found) => {
    if (value !== undefined) check(value, path, found);
  };

const anyText: Check = (value, path, found) => {
  if (typeof value !== 'string') wrongKind(found, path, value, 'text');
};

/** Text that is not blank, named in messages by `label`. */
const text =
  (label: string): Check =>
  (value, path, found) => {
    if (typeof value !== 'string') report(found, path, value, `${label} must be text; got ${showValue(value)}`, true);
    else if (value.trim() === '') report(found, path, value, `${label} must not be empty`, false);
  };

/** A number or decimal string within a rule from `rules.ts`. */
const decimal =
  (rule: DecimalRule): Check =>
  (value, path, found) => {
    const message = numberProblem(rule, value);
    // A string that is not a number was of the right kind (text); a number out of range too.
    if (message !== undefined) report(found, path, value, message, !isDecimalLike(value) && typeof value !== 'string');
  };

/** A whole number within a rule's range. */
const wholeNumber =
  (rule: WholeNumberRule): Check =>
  (value, path, found) => {
    const message = `${rule.label} must be ${rule.expected}; got ${showValue(value)}`;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      report(found, path, value, message, true);
      return;
    }
    // zod reports a whole number beyond 2^53 twice: once as unsafe, once as out of range.
    if (!Number.isSafeInteger(value)) report(found, path, value, message, false);
    if (value < rule.min) report(found, path, value, message, false);
    if (value > rule.max) report(found, path, value, message, false);
  };

const oneOf =
  (...values: string[]): Check =>
  (value, path, found) => {
    if (!values.includes(value as string)) {
      const valid = values.map((name) => JSON.stringify(name)).join(', ');
      report(found, path, value, `${fieldName(path)} must be one of ${valid}; got ${showValue(value)}`, true);
    }
  };

/** A list of items each passing `item`; `atLeastOne` refuses an empty list. */
const list =
  (item: Check, atLeastOne = false): Check =>
  (value, path, found) => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) item(value[index], [...path, index], found);
    } else wrongKind(found, path, value, 'a list');
    // As zod: anything with a length is measured (an empty string is reported twice), and an empty
    // list is reported as the new empty list zod made of it.
    const length = (value as { length?: unknown } | null | undefined)?.length;
    if (atLeastOne && length !== undefined && !((length as number) >= 1)) {
      report(found, path, Array.isArray(value) ? [] : value, `${fieldName(path)} must have at least 1 item`, false);
    }
  };

/** An object with exactly these fields; `validFields` names them in the message for an unknown field. */
function object(fields: Record<string, Check>, validFields = Object.keys(fields).join(', ')): Check {
  return (value, path, found) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      wrongKind(found, path, value, 'an object');
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key in fields) fields[key]!(record[key], [...path, key], found);
    const unknown: string[] = [];
    // Inherited fields too, as zod reads them.
    for (const key in record) if (!Object.prototype.hasOwnProperty.call(fields, key)) unknown.push(key);
    if (unknown.length > 0) {
      const keys = unknown.map((key) => JSON.stringify(key)).join(', ');
      const valid = validFields === '' ? '' : `; valid fields are ${validFields}`;
      report(found, path, value, `unknown field${unknown.length === 1 ? '' : 's'} ${keys}${valid}`, false);
    }
  };
}

const DISCOUNT_FIELDS = 'rate, schedule or rates (one of them)';
const DISCOUNT_SHAPES = [
  object({ rate: decimal(RULES.rate) }, DISCOUNT_FIELDS),
  object({ schedule: oneOf('green-book', 'green-book-health') }, DISCOUNT_FIELDS),
  object({ rates: list(decimal(RULES.rate), true) }, DISCOUNT_FIELDS),
];

/**
 * A discount is one of three shapes. Nothing is wrong when one shape fits; when
 * exactly one shape was of the right kind throughout, its problems are the
 * discount's; otherwise the discount as a whole is wrong.
 */
const discount: Check = (value, path, found) => {
  const candidates: FieldProblem[][] = [];
  for (const shape of DISCOUNT_SHAPES) {
    const problems: FieldProblem[] = [];
    shape(value, path, problems);
    if (problems.length === 0) return;
    if (problems.every((problem) => !problem.stops)) candidates.push(problems);
  }
  if (candidates.length === 1) found.push(...candidates[0]!);
  else {
    const message = `discount must be { rate: 0.035 }, { schedule: "green-book" } or "green-book-health", or { rates: [one rate per year] }; got ${showValue(value)}`;
    report(found, path, value, message, true);
  }
};

const currency: Check = (value, path, found) => {
  if (typeof value !== 'string') wrongKind(found, path, value, 'text');
  else if (!/^[A-Z]{3}$/.test(value)) {
    report(found, path, value, `currency must be an ISO 4217 code such as "GBP"; got ${showValue(value)}`, false);
  }
};

/** The fields of a stakeholder, in the schema's order. */
export const STAKEHOLDER_FIELDS = { id: text('stakeholder id'), name: text('stakeholder name') };

/** The fields of an input, in the schema's order. */
export const INPUT_FIELDS = {
  stakeholder: optional(anyText),
  description: text('input description'),
  amount: decimal(RULES.amount),
  year: optional(wholeNumber(WHOLE_NUMBER_RULES.inputYear)),
};

/** The fields of an outcome's financial proxy, in the schema's order. */
export const PROXY_FIELDS = {
  value: decimal(RULES.proxyValue),
  description: optional(anyText),
  source: optional(anyText),
  unit: optional(anyText),
  year: optional(wholeNumber(WHOLE_NUMBER_RULES.priceYear)),
  measure: optional(anyText),
};

/** The fields of an outcome, in the schema's order. */
export const OUTCOME_FIELDS = {
  id: text('outcome id'),
  stakeholder: text('outcome stakeholder'),
  description: text('outcome description'),
  indicator: optional(anyText),
  source: optional(anyText),
  domain: optional(oneOf('economic', 'social', 'environmental')),
  quantity: optional(decimal(RULES.quantity)),
  quantityByYear: optional(list(decimal(RULES.quantity), true)),
  proxy: object(PROXY_FIELDS),
  deadweight: optional(decimal(RULES.deadweight)),
  displacement: optional(decimal(RULES.displacement)),
  attribution: optional(decimal(RULES.attribution)),
  dropOff: optional(decimal(RULES.dropOff)),
  duration: wholeNumber(WHOLE_NUMBER_RULES.duration),
  startYear: optional(wholeNumber(WHOLE_NUMBER_RULES.startYear)),
};

const checkEvaluation = object({
  name: text('name'),
  currency: optional(currency),
  kind: optional(oneOf('forecast', 'evaluative')),
  timing: optional(oneOf('end-of-year', 'start-of-year', 'mid-year')),
  discount: optional(discount),
  reductions: optional(oneOf('multiplicative', 'subtractive')),
  pricing: optional(
    object(
      {
        catalogue: text('pricing catalogue'),
        priceYear: wholeNumber(WHOLE_NUMBER_RULES.priceYear),
        index: (value, path, found) => {
          if (value !== null) anyText(value, path, found);
        },
      },
      '',
    ),
  ),
  stakeholders: list(object(STAKEHOLDER_FIELDS)),
  inputs: list(object(INPUT_FIELDS)),
  outcomes: list(object(OUTCOME_FIELDS)),
});
