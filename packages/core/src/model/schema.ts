// zod/mini is zod 4's functional API: the same engine and messages as `zod`, but
// without methods on every schema, so a bundle keeps only the parts used here.
// Where classic zod chains `.optional()`, `.regex()`, `.min()` or `.refine()`,
// mini wraps (`z.optional(x)`) or adds checks (`x.check(z.regex(...))`).
import * as z from 'zod/mini';
import { DECIMAL_STRING, isDecimalLike, toDecimal } from '../decimal.js';
import { RULES, WHOLE_NUMBER_RULES, type DecimalRule, type WholeNumberRule } from './rules.js';
import { showValue } from './problems.js';

/** Why a number-or-string value is not a usable number, in the user's words. */
function notANumber(rule: DecimalRule, input: unknown): string {
  const valid = `${rule.label} must be ${rule.expected}`;
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return `${valid}; got NaN (not a number)`;
    return `${valid}; got ${input}, which is infinite`;
  }
  if (typeof input === 'string') {
    const text = input.trim();
    if (text === '') return `${valid}; got an empty string`;
    if (/^[+-]?[\d.]+\s*%$/.test(text) && rule.fraction) {
      const percent = Number.parseFloat(text);
      return `${valid}; got ${showValue(input)}: write percentages as fractions (${percent / 100} for ${percent}%)`;
    }
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
      return `${valid}; got ${showValue(input)}: leave out thousands separators (${text.replace(/,/g, '')})`;
    }
  }
  return `${valid}; got ${showValue(input)}`;
}

/**
 * The largest amount the engine takes: beyond it a value is not money, and a
 * decimal string such as "1e400" would become Infinity as a number.
 */
export const LARGEST = 1e15;

/** Range check on a value already known to be a finite number or decimal string. */
function outOfRange(rule: DecimalRule, input: number | string): string | undefined {
  if (typeof input === 'number' ? Math.abs(input) > LARGEST : toDecimal(input).abs().gt(LARGEST)) {
    return `${rule.label} must be at most 1,000,000,000,000,000 either side of zero; got ${showValue(input)}`;
  }
  const value = typeof input === 'number' ? input : toDecimal(input).toNumber();
  const below =
    rule.min !== undefined && (typeof input === 'number' ? input < rule.min : toDecimal(input).lt(rule.min));
  const above =
    rule.max !== undefined && (typeof input === 'number' ? input > rule.max : toDecimal(input).gt(rule.max));
  if (!below && !above) return undefined;
  let message = `${rule.label} must be ${rule.expected}; got ${showValue(input)}`;
  if (rule.fraction && above && value <= 100) {
    message += `. Did you mean ${value}%? Write ${toDecimal(value).div(100).toString()}`;
  }
  return message;
}

/**
 * Why a value is not valid for a numeric rule, in the user's words; undefined
 * when it is valid. The same messages as the evaluation schema's, for models
 * checked without zod (tenders, catalogues).
 */
export function numberProblem(rule: DecimalRule, input: unknown): string | undefined {
  if (!isDecimalLike(input)) return notANumber(rule, input);
  return outOfRange(rule, input);
}

/** A number or decimal string, checked against a rule from `rules.ts`. */
export function decimalField(rule: DecimalRule) {
  const error = (issue: { input?: unknown }) => notANumber(rule, issue.input);
  return (
    z
      .union([z.number({ error }), z.string({ error }).check(z.regex(DECIMAL_STRING, { error }))], { error })
      .check(
        z.superRefine((input, context) => {
          // zod runs refinements even after the type check failed; skip what it already reported.
          if (!isDecimalLike(input)) return;
          const message = outOfRange(rule, input);
          if (message !== undefined) context.addIssue({ code: 'custom', message, input });
        }),
      )
      // Mini has no `.meta()`: `register` records the description (for the JSON Schema) on this
      // schema itself, where classic `.meta()` would register a copy.
      .register(z.globalRegistry, { description: `${rule.label}: ${rule.expected}; a number or a decimal string` })
  );
}

/** A whole number within a rule's range. */
export function wholeNumberField(rule: WholeNumberRule) {
  const error = (issue: { input?: unknown }) => `${rule.label} must be ${rule.expected}; got ${showValue(issue.input)}`;
  return z
    .int({ error })
    .check(z.gte(rule.min, { error }), z.lte(rule.max, { error })) // classic `.min()` and `.max()`
    .register(z.globalRegistry, { description: `${rule.label}: ${rule.expected}` });
}

const text = (label: string) =>
  z
    .string({ error: (issue) => `${label} must be text; got ${showValue(issue.input)}` })
    .check(z.refine((value) => value.trim() !== '', { message: `${label} must not be empty` }));

const optionalText = z.optional(z.string());

export const stakeholderSchema = z.strictObject({
  id: text('stakeholder id'),
  name: text('stakeholder name'),
});

export const inputSchema = z.strictObject({
  stakeholder: z.optional(z.string()),
  description: text('input description'),
  amount: decimalField(RULES.amount),
  year: z.optional(wholeNumberField(WHOLE_NUMBER_RULES.inputYear)),
});

export const proxySchema = z.strictObject({
  value: decimalField(RULES.proxyValue),
  description: optionalText,
  source: optionalText,
  unit: optionalText,
  year: z.optional(wholeNumberField(WHOLE_NUMBER_RULES.priceYear)),
  measure: optionalText,
});

export const domainSchema = z.enum(['economic', 'social', 'environmental']);

export const outcomeSchema = z.strictObject({
  id: text('outcome id'),
  stakeholder: text('outcome stakeholder'),
  description: text('outcome description'),
  indicator: optionalText,
  source: optionalText,
  domain: z.optional(domainSchema),
  quantity: z.optional(decimalField(RULES.quantity)),
  quantityByYear: z.optional(z.array(decimalField(RULES.quantity)).check(z.minLength(1))),
  proxy: proxySchema,
  deadweight: z.optional(decimalField(RULES.deadweight)),
  displacement: z.optional(decimalField(RULES.displacement)),
  attribution: z.optional(decimalField(RULES.attribution)),
  dropOff: z.optional(decimalField(RULES.dropOff)),
  duration: wholeNumberField(WHOLE_NUMBER_RULES.duration),
  startYear: z.optional(wholeNumberField(WHOLE_NUMBER_RULES.startYear)),
});

export const discountSchema = z.union([
  z.strictObject({ rate: decimalField(RULES.rate) }),
  z.strictObject({ schedule: z.enum(['green-book', 'green-book-health']) }),
  z.strictObject({ rates: z.array(decimalField(RULES.rate)).check(z.minLength(1)) }),
]);

/**
 * The evaluation model as a zod schema: the one definition that validates
 * evaluations and from which the shipped JSON Schema is generated.
 */
export const evaluationSchema = z
  .strictObject({
    name: text('name'),
    currency: z.optional(
      z.string().check(
        z.regex(/^[A-Z]{3}$/, {
          error: (issue) => `currency must be an ISO 4217 code such as "GBP"; got ${showValue(issue.input)}`,
        }),
      ),
    ),
    kind: z.optional(z.enum(['forecast', 'evaluative'])),
    timing: z.optional(z.enum(['end-of-year', 'start-of-year', 'mid-year'])),
    discount: z.optional(discountSchema),
    reductions: z.optional(z.enum(['multiplicative', 'subtractive'])),
    pricing: z.optional(
      z.strictObject({
        catalogue: text('pricing catalogue'),
        priceYear: wholeNumberField(WHOLE_NUMBER_RULES.priceYear),
        index: z.nullable(z.string()),
      }),
    ),
    stakeholders: z.array(stakeholderSchema),
    inputs: z.array(inputSchema),
    outcomes: z.array(outcomeSchema),
  })
  .register(z.globalRegistry, {
    title: 'SROI evaluation',
    description: 'A Social Return on Investment impact map: stakeholders, inputs and outcomes (see METHOD.md).',
  });
