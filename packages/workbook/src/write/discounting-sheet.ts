import { greenBookRate, type Decimal, type DecimalLike } from '@sroi/core';
import { cellAddress } from '../cells/address.js';
import { formula } from '../cells/cell.js';
import { FORMATS, moneyFormat } from '../layout/formats.js';
import type { SheetLayout } from '../layout/sheet.js';
import { discountFactors } from './discount-factors.js';
import {
  DISCOUNTING_ROWS as ROWS,
  discountingColumn,
  impactRange,
  RESULT_ROWS,
  resultCell,
  settingCell,
  yearColumn,
  type Plan,
} from './plan.js';
import { SheetBuilder } from './sheet-builder.js';
import { numberCell } from './text.js';

/**
 * Discounting by year (METHOD.md step 3), one column per year, year 0 (inputs
 * spent at the start) first. Factors compound year by year from a per-year
 * rate row, so constant rates, the Green Book schedules and explicit rate lists
 * all work the same way:
 *   end-of-year factor E_t = E_(t-1) / (1 + r_t)
 *   discount factor = E_t (end-of-year), E_(t-1) (start-of-year) or E_(t-1) / sqrt(1 + r_t) (mid-year).
 */
export function discountingSheet(plan: Plan): SheetLayout {
  const money = moneyFormat(plan.currency);
  const rows = discountFactors(plan);
  const result = plan.result;
  const sheet = new SheetBuilder(plan.sheetNames.discounting);
  sheet.set(0, 0, 'Discounting by year (year 0 = inputs spent at the start, never discounted)').boldRow(0);
  const labels: Record<keyof typeof ROWS, string> = {
    year: 'Year',
    rate: 'Rate',
    endOfYearFactor: 'End-of-year factor',
    discountFactor: 'Discount factor',
    value: 'Value',
    presentValue: 'Present value',
    cumulativePresentValue: 'Cumulative present value',
    paybackCandidate: 'Discounted payback (months) if reached this year',
  };
  for (const [key, row] of Object.entries(ROWS)) sheet.set(row, 0, labels[key as keyof typeof ROWS]);
  sheet.note(
    `A${ROWS.rate + 1}`,
    'The rate of each year of discounting: from the Settings (constant, green-book, green-book-health), or typed in, year 1 first, when Discount is "rates".',
  );
  sheet.note(
    `A${ROWS.endOfYearFactor + 1}`,
    'E(t) = E(t-1) / (1 + rate of year t): rates compound year by year (METHOD.md step 3).',
  );
  sheet.note(
    `A${ROWS.discountFactor + 1}`,
    'end-of-year: E(t); start-of-year: E(t-1); mid-year: E(t-1) / SQRT(1 + rate of year t).',
  );
  sheet.boldRow(ROWS.year);

  const discount = plan.evaluation.discount;
  const explicitRates = discount !== undefined && 'rates' in discount;
  const form = settingCell(plan, 'discount');
  const constant = settingCell(plan, 'rate');
  const timing = settingCell(plan, 'timing');
  const inputsPresentValue = resultCell(plan, RESULT_ROWS.inputsPresentValue);

  sheet.set(ROWS.year, discountingColumn(0), 0);
  sheet.set(ROWS.endOfYearFactor, discountingColumn(0), 1, FORMATS.factor);
  sheet.set(ROWS.discountFactor, discountingColumn(0), 1, FORMATS.factor);
  sheet.set(ROWS.cumulativePresentValue, discountingColumn(0), 0, money);

  let cumulative: Decimal | null = null;
  for (let year = 1; year <= plan.years; year += 1) {
    const column = discountingColumn(year);
    const here = (row: number) => cellAddress(row, column);
    const before = (row: number) => cellAddress(row, column - 1);
    const rate = rows.rates[year] ?? null;
    sheet.set(ROWS.year, column, year);
    if (explicitRates) {
      // The rate as given, not rounded to 15 digits, so that reading it back gives the same list.
      sheet.set(
        ROWS.rate,
        column,
        numberCell((discount as { rates: readonly DecimalLike[] }).rates[year - 1]),
        FORMATS.rate,
      );
    } else {
      const standard = greenBookRate(year, 'green-book').toNumber();
      const health = greenBookRate(year, 'green-book-health').toNumber();
      sheet.set(
        ROWS.rate,
        column,
        formula(
          `IF(${form}="green-book",${standard},IF(${form}="green-book-health",${health},IF(${constant}="",0.035,${constant})))`,
          rate?.toNumber() ?? 0,
        ),
        FORMATS.rate,
      );
    }
    sheet.set(
      ROWS.endOfYearFactor,
      column,
      formula(
        `${before(ROWS.endOfYearFactor)}/(1+${here(ROWS.rate)})`,
        (rows.endOfYearFactors[year] as Decimal).toNumber(),
      ),
      FORMATS.factor,
    );
    sheet.set(
      ROWS.discountFactor,
      column,
      formula(
        `IF(${timing}="start-of-year",${before(ROWS.endOfYearFactor)},IF(${timing}="mid-year",${before(ROWS.endOfYearFactor)}/SQRT(1+${here(ROWS.rate)}),${here(ROWS.endOfYearFactor)}))`,
        (rows.discountFactors[year] as Decimal).toNumber(),
      ),
      FORMATS.factor,
    );
    const engineYear = result.years[year - 1];
    const range = impactRange(plan, yearColumn(year));
    sheet.set(
      ROWS.value,
      column,
      formula(range === null ? '0' : `SUM(${range})`, engineYear?.value.toNumber() ?? 0),
      money,
    );
    sheet.set(
      ROWS.presentValue,
      column,
      formula(`${here(ROWS.value)}*${here(ROWS.discountFactor)}`, engineYear?.presentValue.toNumber() ?? 0),
      money,
    );
    const previous: Decimal | null = cumulative;
    cumulative = engineYear?.cumulativePresentValue ?? previous;
    sheet.set(
      ROWS.cumulativePresentValue,
      column,
      formula(`${before(ROWS.cumulativePresentValue)}+${here(ROWS.presentValue)}`, cumulative?.toNumber() ?? 0),
      money,
    );
    sheet.set(
      ROWS.paybackCandidate,
      column,
      formula(
        `IF(AND(${before(ROWS.cumulativePresentValue)}<${inputsPresentValue},${here(ROWS.cumulativePresentValue)}>=${inputsPresentValue},${here(ROWS.presentValue)}>0),((${inputsPresentValue}-${before(ROWS.cumulativePresentValue)})/${here(ROWS.presentValue)}+${year - 1})*12,"")`,
        paybackCandidate(plan, year, previous),
      ),
      FORMATS.months,
    );
  }
  return sheet.build({
    frozen: { rows: 2, columns: 1 },
    columnWidths: [44, ...Array.from({ length: plan.years + 1 }, () => 13)],
  });
}

/**
 * What the payback-candidate formula gives, from the engine's year figures: a
 * value only in a year where the cumulative present value crosses the inputs.
 */
function paybackCandidate(plan: Plan, year: number, before: Decimal | null): number | string {
  const engineYear = plan.result.years[year - 1];
  const inputs = plan.result.inputsPresentValue;
  const start = before ?? inputs.minus(inputs);
  if (
    engineYear === undefined ||
    !start.lt(inputs) ||
    !engineYear.cumulativePresentValue.gte(inputs) ||
    !engineYear.presentValue.gt(0)
  )
    return '';
  return inputs
    .minus(start)
    .div(engineYear.presentValue)
    .plus(year - 1)
    .times(12)
    .toNumber();
}
