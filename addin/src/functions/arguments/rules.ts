import { WHOLE_NUMBER_RULES, type WholeNumberRule } from '@sroi/core';

/**
 * What each argument of the `SROI.*` functions accepts, in one table, so that
 * every function and every message says the same thing (METHOD.md's impact
 * map fields). `name` is the argument's name as Excel shows it.
 */
export interface NumberRule {
  /** The argument's name in Excel's formula help, used in messages. */
  readonly name: string;
  readonly min?: number;
  /** Exclusive lower bound: the value must be more than this. */
  readonly above?: number;
  readonly max?: number;
  /** A whole number (years). */
  readonly whole?: boolean;
  /** A share from 0 to 1: shown in messages as a percentage. */
  readonly share?: boolean;
  /** What is valid, in words: the end of "deadweight must be ...". */
  readonly expected: string;
}

const share = (name: string): NumberRule => ({ name, min: 0, max: 1, share: true, expected: 'between 0% and 100%' });
/** Years within core's limits, so that a function accepts every year `evaluate` accepts and no other. */
const years = (name: string, { min, max }: WholeNumberRule): NumberRule => ({
  name,
  min,
  max,
  whole: true,
  expected: `a whole number from ${min} to ${max}`,
});
const anyNumber = (name: string): NumberRule => ({ name, expected: 'a number' });
const notNegative = (name: string): NumberRule => ({ name, min: 0, expected: '0 or more' });

export const QUANTITY = notNegative('quantity');
export const PROXY = anyNumber('proxy');
export const DEADWEIGHT = share('deadweight');
export const DISPLACEMENT = share('displacement');
export const ATTRIBUTION = share('attribution');
export const DROP_OFF = share('dropOff');
export const DURATION = years('duration', WHOLE_NUMBER_RULES.duration);
export const START_YEAR = years('startYear', WHOLE_NUMBER_RULES.startYear);
// The year of a discount factor: any year an input or an outcome can reach, 0 (undiscounted) to 1999.
export const YEAR = years('year', WHOLE_NUMBER_RULES.discountYear);
export const IMPACT = anyNumber('impact');
export const PRESENT_VALUE = anyNumber('presentValue');
export const INPUTS = notNegative('inputs');
export const RATE = share('rate');
export const VALUES = anyNumber('values');
export const TARGET: NumberRule = { name: 'target', above: 0, expected: 'above 0, e.g. 1 for a ratio of 1 : 1' };
export const CHANGE: NumberRule = {
  name: 'change',
  above: 0,
  max: 1,
  share: true,
  expected: 'above 0% and at most 100%, e.g. 10%',
};

// Procurement (docs/excel-functions.md#sroipricescore): what core's PROCUREMENT_RULES allow, in the add-in's words.
export const PRICE: NumberRule = { name: 'price', above: 0, expected: 'above 0, e.g. 250000' };
export const QUALITY: NumberRule = { name: 'quality', min: 0, max: 100, expected: 'from 0 to 100 (a score)' };
export const OFFER = notNegative('offer');
export const INDEX_VALUE: NumberRule = { name: 'index value', above: 0, expected: 'above 0, e.g. 102.5' };
/** A weight in percent; a cell formatted as % (60% is 0.6) is read by `readWeight`. */
export const WEIGHT: NumberRule = {
  name: 'weight',
  min: 0,
  max: 100,
  expected: 'from 0 to 100 (a percentage, such as 60 or 60%)',
};
/** Price years: core's range (1800 to 2300), so that a date given by mistake (45000) is refused. */
const priceYear = (name: string): NumberRule => {
  const { min, max } = WHOLE_NUMBER_RULES.priceYear;
  return { name, min, max, whole: true, expected: `a year from ${min} to ${max}, such as 2024` };
};
export const FROM_YEAR = priceYear('fromYear');
export const TO_YEAR = priceYear('toYear');
export const INDEX_YEAR = priceYear('year');
export const AMOUNT = anyNumber('value');
