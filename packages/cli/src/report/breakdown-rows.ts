import {
  type Decimal,
  formatMoney,
  formatMonths,
  formatPercent,
  formatRatio,
  type DomainResult,
  type EvaluationResult,
  type YearResult,
  toDecimal,
  ROUND_HALF_UP,
} from '@sroi/core';

/**
 * Rows of cells (formatted text) shared by the text, Markdown and HTML reports.
 * Cells are plain text from the evaluation, not escaped: each printer escapes
 * for its medium (alignedTable, markdownTable, the HTML report).
 */
export interface Breakdown {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Index of rows that are totals (shown bold). */
  readonly totals: readonly number[];
  readonly align: readonly ('left' | 'right')[];
}

const ZERO = toDecimal(0);
const WHOLE = toDecimal(1);

/** The words in the Payback column of the year in which the outcomes repay the inputs. */
export const PAID_BACK = 'paid back';

/**
 * One row per outcome, in the map's order, and a Total row: the outcome
 * (its description, with its id in brackets when they differ), stakeholder,
 * domain, impact (the value in its first year), the years it has value, its
 * present value and its share of the total present value. Money is to the penny.
 *
 * @param result - what `evaluate` returned
 * @param name - how a domain is named (as for {@link domainRows})
 * @returns the rows; the Total row's impact and present value are the headline figures
 *
 * @example
 * ```ts
 * outcomeRows(evaluate(worked)).rows[0];
 * //=> ['Improved wellbeing (wellbeing)', 'Participants', 'social', '£8,000.00', '1–3', '£13,267.40', '42.3%']
 * ```
 */
export function outcomeRows(
  result: EvaluationResult,
  name: (domain: DomainResult['domain']) => string = (domain) => domain,
): Breakdown {
  const money = (value: Decimal) => formatMoney(value, result.settings.currency);
  const stakeholderName = new Map(result.stakeholders.map((s) => [s.id, s.name]));
  const total = result.presentValue;
  const shareOf = (value: Decimal) => formatPercent(total.isZero() ? null : value.div(total));
  const rows = result.outcomes.map((outcome) => [
    outcome.description === outcome.id ? outcome.description : `${outcome.description} (${outcome.id})`,
    stakeholderName.get(outcome.stakeholder) ?? outcome.stakeholder,
    name(outcome.domain ?? 'unassigned'),
    money(outcome.impact),
    yearSpan(outcome.startYear, outcome.startYear + outcome.values.length - 1),
    money(outcome.presentValue),
    shareOf(outcome.presentValue),
  ]);
  // reduce, not Math.min(...): a spread of a very long map would overflow the stack.
  const first = result.outcomes.reduce((min, o) => Math.min(min, o.startYear), Infinity);
  const last = result.outcomes.reduce((max, o) => Math.max(max, o.startYear + o.values.length - 1), 0);
  rows.push([
    'Total',
    '',
    '',
    money(result.impact),
    result.outcomes.length === 0 ? '' : yearSpan(first, last),
    money(total),
    shareOf(total),
  ]);
  return {
    header: ['Outcome', 'Stakeholder', 'Domain', 'Impact (first year)', 'Years', 'Present value', 'Share'],
    rows,
    totals: [rows.length - 1],
    align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
  };
}

/**
 * One row per year of the projection, and a Total row: the undiscounted value
 * of the outcomes, the discount factor (4 places), the present value, the
 * cumulative present value, the inputs' present value, and "paid back" in the
 * year the cumulative present value first reaches the inputs' present value
 * (the year of the discounted payback). Inputs made before year 1 (year 0,
 * undiscounted) get a row of their own, so that the Inputs column adds up to
 * the headline.
 *
 * @param result - what `evaluate` returned
 * @returns the rows; the Total row's present value, inputs and payback are the headline figures
 *
 * @example
 * ```ts
 * yearRows(evaluate(worked)).rows[2];
 * //=> ['2', '£14,350.00', '0.9335', '£13,395.88', '£21,125.35', '£0.00', 'paid back']
 * ```
 */
export function yearRows(result: EvaluationResult): Breakdown {
  const money = (value: Decimal) => formatMoney(value, result.settings.currency);
  const inputsInYears = result.years.reduce((sum, year) => sum.plus(inputsPresentValue(year)), ZERO);
  // Year 0 is not in result.years; its inputs are undiscounted (factor 1), so they are what the years leave of the total.
  const inputsBefore = result.inputsPresentValue.minus(inputsInYears);
  const paidBack = paybackYear(result);
  const rows: string[][] = [];
  if (!inputsBefore.isZero())
    rows.push(['0', money(ZERO), WHOLE.toFixed(4), money(ZERO), money(ZERO), money(inputsBefore), '']);
  for (const year of result.years)
    rows.push([
      String(year.year),
      money(year.value),
      year.discountFactor.toFixed(4, ROUND_HALF_UP),
      money(year.presentValue),
      money(year.cumulativePresentValue),
      money(inputsPresentValue(year)),
      year.year === paidBack ? PAID_BACK : '',
    ]);
  const months = result.discountedPaybackMonths;
  rows.push([
    'Total',
    money(result.years.reduce((sum, year) => sum.plus(year.value), ZERO)),
    '',
    money(result.presentValue),
    '',
    money(result.inputsPresentValue),
    months !== null ? formatMonths(months) : result.inputsPresentValue.gt(0) ? 'not paid back' : '',
  ]);
  return {
    header: [
      'Year',
      'Value',
      'Discount factor',
      'Present value',
      'Cumulative present value',
      'Inputs (present value)',
      'Payback',
    ],
    rows,
    totals: [rows.length - 1],
    align: ['right', 'right', 'right', 'right', 'right', 'right', 'left'],
  };
}

const inputsPresentValue = (year: YearResult) => year.inputs.times(year.discountFactor);

const yearSpan = (first: number, last: number) => (first === last ? String(first) : `${first}–${last}`);

/**
 * The year of the discounted payback: the first year whose cumulative present
 * value reaches the inputs' present value, by core's rule (discountedPaybackMonths:
 * a year that adds value); none when core finds none.
 */
function paybackYear(result: EvaluationResult): number | null {
  if (result.discountedPaybackMonths === null) return null;
  const year = result.years.find(
    (y) => y.cumulativePresentValue.gte(result.inputsPresentValue) && y.presentValue.gt(0),
  );
  return year?.year ?? null;
}

/** Where the SROI ratio is among {@link headlineRows}' rows (shown bold). */
const RATIO_ROW = 3;

/**
 * The headline figures, as every report shows them: present value, inputs,
 * net present value, the SROI ratio (a total row, shown bold), net ratio and
 * the two paybacks.
 */
export function headlineRows(result: EvaluationResult): Breakdown {
  const money = (value: Decimal) => formatMoney(value, result.settings.currency);
  return {
    header: ['Figure', 'Value'],
    rows: [
      ['Present value', money(result.presentValue)],
      ['Inputs (present value)', money(result.inputsPresentValue)],
      ['Net present value', money(result.netPresentValue)],
      ['SROI ratio', formatRatio(result.ratio)],
      ['Net ratio', formatRatio(result.netRatio)],
      ['Payback', formatMonths(result.paybackMonths)],
      ['Discounted payback', formatMonths(result.discountedPaybackMonths)],
    ],
    totals: [RATIO_ROW],
    align: ['left', 'right'],
  };
}

/** One row per stakeholder: present value, share of the total, and the inputs they made (present value). */
export function stakeholderRows(result: EvaluationResult): Breakdown {
  const money = (value: Decimal) => formatMoney(value, result.settings.currency);
  return {
    header: ['Stakeholder', 'Present value', 'Share', 'Inputs (present value)'],
    rows: result.stakeholders.map((s) => [
      s.name,
      money(s.presentValue),
      formatPercent(s.share),
      money(s.inputsPresentValue),
    ]),
    totals: [],
    align: ['left', 'right', 'right', 'right'],
  };
}

/**
 * One row per domain of the Social Value Act: present value and share.
 *
 * @param name - how a domain is named: as the map writes it (default, `economic`), or in words for a page
 */
export function domainRows(
  result: EvaluationResult,
  name: (domain: DomainResult['domain']) => string = (domain) => domain,
): Breakdown {
  const money = (value: Decimal) => formatMoney(value, result.settings.currency);
  return {
    header: ['Domain', 'Present value', 'Share'],
    rows: result.domains.map((d) => [name(d.domain), money(d.presentValue), formatPercent(d.share)]),
    totals: [],
    align: ['left', 'right', 'right'],
  };
}
