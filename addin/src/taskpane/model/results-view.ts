/**
 * The figures of an evaluation as the pane shows them: each headline figure
 * formatted, with what it means, and the breakdowns by stakeholder, domain and
 * year as formatted strings, with the plain numbers beside them for charts.
 */
import {
  type Decimal,
  formatMoney,
  formatMonths,
  formatPercent,
  formatRatio,
  type EvaluationResult,
  toDecimal,
  ROUND_HALF_UP,
} from '@sroi/core';
import { readFirstYear } from './first-year.js';

export type HeadlineKey =
  | 'presentValue'
  | 'inputsPresentValue'
  | 'netPresentValue'
  | 'ratio'
  | 'netRatio'
  | 'paybackMonths'
  | 'discountedPaybackMonths';

/** One headline figure: "SROI ratio", "1.79 : 1", and what it means. */
export interface HeadlineFigure {
  readonly key: HeadlineKey;
  readonly label: string;
  /** Formatted; "n/a" with the reason when it cannot be computed. */
  readonly value: string;
  readonly meaning: string;
  /** The plain number, null when there is none. */
  readonly number: number | null;
}

export interface StakeholderRow {
  readonly name: string;
  readonly presentValue: string;
  /** Share of the total present value, "52.3%". */
  readonly share: string;
  readonly inputs: string;
  readonly numbers: { readonly presentValue: number; readonly share: number | null; readonly inputs: number };
}

export interface DomainRow {
  /** "Economic", "Social", "Environmental" or "No domain given". */
  readonly domain: string;
  readonly presentValue: string;
  readonly share: string;
  readonly numbers: { readonly presentValue: number; readonly share: number | null };
}

export interface YearRow {
  readonly year: number;
  /** "Year 2", or "Year 2 (2025/26)" when the first year's name is known. */
  readonly label: string;
  /** Value of all outcomes in the year, before discounting. */
  readonly value: string;
  readonly discountFactor: string;
  readonly presentValue: string;
  readonly cumulativePresentValue: string;
  /** Inputs spent in the year, before discounting (inputs of year 0 are in the headline figure only). */
  readonly inputs: string;
  readonly numbers: {
    readonly value: number;
    readonly discountFactor: number;
    readonly presentValue: number;
    readonly cumulativePresentValue: number;
    readonly inputs: number;
  };
}

export interface ResultView {
  readonly headline: readonly HeadlineFigure[];
  readonly byStakeholder: readonly StakeholderRow[];
  readonly byDomain: readonly DomainRow[];
  readonly byYear: readonly YearRow[];
}

/**
 * The result, formatted for the pane.
 *
 * @param result - what `evaluate` returned
 * @param currency - the evaluation's currency, e.g. "GBP"
 * @param options - `firstYear`: what year 1 is called ("2024/25" or "2024"), to name the years
 * @returns headline figures, then rows by stakeholder, domain and year
 *
 * @example
 * ```ts
 * resultView(evaluate(workedCheck), 'GBP').headline[3];
 * //=> { key: 'ratio', label: 'SROI ratio', value: '1.79 : 1', meaning: 'Each £1 invested creates £1.79 of social value ...', number: 1.791... }
 * ```
 */
export function resultView(
  result: EvaluationResult,
  currency: string,
  options: { readonly firstYear?: string } = {},
): ResultView {
  const money = (value: Decimal) => formatMoney(value, currency);
  return {
    headline: headline(result, currency),
    byStakeholder: result.stakeholders.map((stakeholder) => ({
      name: stakeholder.name,
      presentValue: money(stakeholder.presentValue),
      share: formatPercent(stakeholder.share),
      inputs: money(stakeholder.inputsPresentValue),
      numbers: {
        presentValue: stakeholder.presentValue.toNumber(),
        share: stakeholder.share?.toNumber() ?? null,
        inputs: stakeholder.inputsPresentValue.toNumber(),
      },
    })),
    byDomain: result.domains.map((domain) => ({
      domain: DOMAIN_NAMES[domain.domain],
      presentValue: money(domain.presentValue),
      share: formatPercent(domain.share),
      numbers: { presentValue: domain.presentValue.toNumber(), share: domain.share?.toNumber() ?? null },
    })),
    byYear: result.years.map((year) => ({
      year: year.year,
      label: yearLabel(year.year, options.firstYear),
      value: money(year.value),
      // Half away from zero, as core's formatters and Excel's ROUND: the engine's Decimal rounds half to even.
      discountFactor: year.discountFactor.toFixed(6, ROUND_HALF_UP),
      presentValue: money(year.presentValue),
      cumulativePresentValue: money(year.cumulativePresentValue),
      inputs: money(year.inputs),
      numbers: {
        value: year.value.toNumber(),
        discountFactor: year.discountFactor.toNumber(),
        presentValue: year.presentValue.toNumber(),
        cumulativePresentValue: year.cumulativePresentValue.toNumber(),
        inputs: year.inputs.toNumber(),
      },
    })),
  };
}

export const DOMAIN_NAMES = {
  economic: 'Economic',
  social: 'Social',
  environmental: 'Environmental',
  unassigned: 'No domain given',
} as const;

/**
 * A year as the commissioner names it.
 *
 * @example
 * ```ts
 * yearLabel(2, '2024/25'); //=> 'Year 2 (2025/26)'
 * yearLabel(2, '2024');    //=> 'Year 2 (2025)'
 * yearLabel(2);            //=> 'Year 2'
 * ```
 */
export function yearLabel(year: number, firstYear?: string): string {
  const first = readFirstYear(firstYear ?? '');
  if (first === null) return `Year ${year}`;
  const start = first.start + year - 1;
  if (first.span === undefined) return `Year ${year} (${start})`;
  const end = String(start + 1);
  return `Year ${year} (${start}${first.span.separator}${first.span.digits === 2 ? end.slice(2) : end})`;
}

function headline(result: EvaluationResult, currency: string): HeadlineFigure[] {
  const money = (value: Decimal) => formatMoney(value, currency);
  const noInputs = !result.inputsPresentValue.gt(0);
  const notAvailable = (why: string) => `n/a: ${why}`;
  const ratioValue = (ratio: Decimal | null) =>
    ratio === null ? notAvailable('the inputs total nothing') : formatRatio(ratio);
  const one = money(toDecimal(1)).replace(/\.00$/, '');
  return [
    figure(
      'presentValue',
      'Present value',
      money(result.presentValue),
      "The value of every outcome in every year, in today's money (discounted)",
      result.presentValue,
    ),
    figure(
      'inputsPresentValue',
      'Inputs (present value)',
      money(result.inputsPresentValue),
      'What was invested, in money and in kind, in today’s money',
      result.inputsPresentValue,
    ),
    figure(
      'netPresentValue',
      'Net present value',
      money(result.netPresentValue),
      'The present value less the inputs',
      result.netPresentValue,
    ),
    figure(
      'ratio',
      'SROI ratio',
      ratioValue(result.ratio),
      result.ratio === null
        ? 'Present value per unit invested'
        : `Each ${one} invested creates ${money(result.ratio)} of social value (present value ÷ inputs)`,
      result.ratio,
    ),
    figure(
      'netRatio',
      'Net ratio',
      ratioValue(result.netRatio),
      'Net present value per unit invested; not the SROI ratio',
      result.netRatio,
    ),
    figure(
      'paybackMonths',
      'Payback',
      result.paybackMonths === null
        ? notAvailable(noInputs ? 'the inputs total nothing' : 'the total impact is not positive')
        : formatMonths(result.paybackMonths),
      "Months for the first year's impact to repay the inputs (the SROI guide's payback)",
      result.paybackMonths,
    ),
    figure(
      'discountedPaybackMonths',
      'Discounted payback',
      result.discountedPaybackMonths === null
        ? notAvailable(noInputs ? 'the inputs total nothing' : 'the present value never reaches the inputs')
        : formatMonths(result.discountedPaybackMonths),
      'Months until the value built up, discounted, reaches the inputs',
      result.discountedPaybackMonths,
    ),
  ];
}

function figure(
  key: HeadlineKey,
  label: string,
  value: string,
  meaning: string,
  number: Decimal | null,
): HeadlineFigure {
  return { key, label, value, meaning, number: number?.toNumber() ?? null };
}
