/**
 * What is valid for each numeric field, in one table, so the schema, its
 * messages and the JSON Schema all say the same thing.
 */
export interface DecimalRule {
  /** The field's name as users know it, used in messages. */
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  /** A fraction 0..1: a value from 1 to 100 earns a "did you mean 20%?" hint. */
  readonly fraction?: boolean;
  /** What is valid, in words. */
  readonly expected: string;
}

/** What is valid for a whole-number field: its name in messages, its bounds and what is valid, in words. */
export interface WholeNumberRule {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly expected: string;
}

const share = (label: string): DecimalRule => ({
  label,
  min: 0,
  max: 1,
  fraction: true,
  expected: 'a fraction from 0 to 1 (0% to 100%), e.g. 0.2 for 20%',
});

export const RULES = {
  quantity: { label: 'quantity', min: 0, expected: 'a number, 0 or more' },
  proxyValue: { label: 'financial proxy', expected: 'a number (negative for a disbenefit)' },
  amount: { label: 'input amount', min: 0, expected: 'an amount, 0 or more' },
  rate: {
    label: 'discount rate',
    min: 0,
    max: 1,
    fraction: true,
    expected: 'a rate from 0 to 1, e.g. 0.035 for 3.5%',
  },
  deadweight: share('deadweight'),
  displacement: share('displacement'),
  attribution: share('attribution'),
  dropOff: share('drop-off'),
} satisfies Record<string, DecimalRule>;

/**
 * The limits of the whole-number fields (years): the one place the
 * spreadsheet readers and the add-in's functions take them from, so that no
 * front end accepts a year `evaluate` refuses. Frozen, as it is exported:
 * no caller can widen the engine's own checks.
 *
 * @example
 * ```ts
 * WHOLE_NUMBER_RULES.duration.max;          //=> 1000
 * WHOLE_NUMBER_RULES.inputYear.expected;    //=> 'a whole number from 0 (undiscounted) to 1000'
 * ```
 */
export const WHOLE_NUMBER_RULES = frozenRules({
  duration: { label: 'duration', min: 1, max: 1000, expected: 'a whole number of years from 1 to 1000' },
  startYear: {
    label: 'start year',
    min: 1,
    max: 1000,
    expected: 'a whole number from 1 (the year of the activity) to 1000',
  },
  inputYear: { label: 'input year', min: 0, max: 1000, expected: 'a whole number from 0 (undiscounted) to 1000' },
  // Any year that can be discounted: an outcome starting in year 1000 and lasting 1000 years ends in year 1999.
  discountYear: {
    label: 'year',
    min: 0,
    max: 1999,
    expected: 'a whole number from 0 (undiscounted) to 1999, the last year an outcome can reach',
  },
  priceYear: { label: 'price year', min: 1800, max: 2300, expected: 'a four-digit year such as 2024' },
} satisfies Record<string, WholeNumberRule>);

function frozenRules<Rules extends Record<string, WholeNumberRule>>(
  rules: Rules,
): { readonly [Field in keyof Rules]: Readonly<Rules[Field]> } {
  for (const rule of Object.values(rules)) Object.freeze(rule);
  return Object.freeze(rules);
}
