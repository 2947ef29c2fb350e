// zod/mini is zod 4's functional API: the same engine and messages as `zod`, but
// without methods on every schema, so a bundle keeps only the parts used here.
// Where classic zod chains `.optional()`, `.regex()`, `.min()` or `.refine()`,
// mini wraps (`z.optional(x)`) or adds checks (`x.check(z.regex(...))`).
//
// This schema is the model's JSON Schema (`evaluationJsonSchema`). Validation
// itself runs without zod (`field-checks.ts`, which must say what this says,
// message for message), so the add-in's functions bundle does not carry zod.
import * as z from 'zod/mini';
import { DECIMAL_STRING, isDecimalLike } from '../decimal.js';
import { notANumber, outOfRange } from './number-problem.js';
import { RULES, WHOLE_NUMBER_RULES, type DecimalRule, type WholeNumberRule } from './rules.js';
import { showValue } from './problems.js';

// Kept here too for the modules that already import them from the schema.
export { LARGEST, numberProblem } from './number-problem.js';

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
