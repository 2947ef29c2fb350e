import { toDecimal, type Decimal } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { isBlank } from './cell-value.js';
import { lineOf } from './read-line.js';
import { checked } from './read-number.js';
import { Problems } from './problem-list.js';
import { WEIGHT, type NumberRule } from './rules.js';

// Weights are in percent (core's unit: 60 is 60%). Excel writes a percentage
// as a fraction (a cell formatted as %, or 60% typed in a formula, is 0.6),
// so that form is read too; see docs/excel-functions.md#tender-weights.

const HUNDRED = toDecimal(100);
const ONE = toDecimal(1);
const ZERO = toDecimal(0);

/** Text written with a % sign: read as a share (0.6), as a cell formatted as % holds it. */
function isPercentText(value: unknown): boolean {
  return typeof value === 'string' && /%\s*$/.test(value);
}

/** A weight as given: a number from 0 to 100, or a share for text written with %. */
function readGiven(value: unknown, rule: NumberRule, where = ''): Decimal {
  if (!isPercentText(value)) return checked(value, rule, where);
  return checked(value, { ...rule, max: 1, share: true }, where);
}

/**
 * Reads one criterion's weight in percent: 60, or 60% (which Excel passes as
 * 0.6). A weight from 0 to 1 is taken as a percentage written the Excel way,
 * since no tender weights a criterion at one point or less out of 100: 0.6 is
 * 60%, and 1 is 100%.
 *
 * @throws CellError `not-available` when blank; `value` when it is not a weight from 0% to 100%
 *
 * @example
 * ```ts
 * readWeight(60, 'weight').toString();    //=> '60'
 * readWeight(0.6, 'weight').toString();   //=> '60'
 * readWeight('60%', 'weight').toString(); //=> '60'
 * ```
 */
export function readWeight(value: unknown, name: string): Decimal {
  if (isBlank(value))
    throw new CellError('not-available', `${name} is missing; give the weight in percent, such as 60 or 60%`);
  const weight = readGiven(value, { ...WEIGHT, name });
  return isPercentText(value) || weight.lte(1) ? weight.times(HUNDRED) : weight;
}

/** The three weights, in core's names and order. */
export interface Weights {
  readonly price: string;
  readonly quality: string;
  readonly socialValue: string;
}

const LABELS = ['price weight', 'quality weight', 'social value weight'] as const;

/**
 * Reads `SROI.TENDERSCORE`'s weights: three cells (a row or a column) for
 * price, quality and social value, in percent summing to 100 (60, 30, 10), or
 * as Excel writes percentages, summing to 1 (60%, 30%, 10%). No set of three
 * weights sums to both, so the sum says which was meant. An empty cell is a
 * weight of 0, as Excel desktop passes it; the sum catches one left out.
 *
 * @throws CellError `value` for another number of cells, a cell that is not a
 *   weight, or weights that sum to neither
 *
 * @example
 * ```ts
 * readWeights([[60], [30], [10]]);       //=> { price: '60', quality: '30', socialValue: '10' }
 * readWeights([[0.6, 0.3, 0.1]]);        //=> { price: '60', quality: '30', socialValue: '10' }
 * ```
 */
export function readWeights(range: unknown): Weights {
  const line = lineOf(range, 'weights', 'the price, quality and social value weights');
  if (line.length !== 3) {
    throw new CellError(
      'value',
      `weights must be 3 cells: the price, quality and social value weights in percent, such as 60, 30, 10; got ${line.length} cells`,
    );
  }
  const problems = new Problems();
  const given = LABELS.map((name, index) => {
    const cell = line.at(index);
    return isBlank(cell) ? ZERO : problems.read(() => readGiven(cell, { ...WEIGHT, name }, ` in ${line.where(index)}`));
  });
  problems.throwAny();
  const [price, quality, socialValue] = given as [Decimal, Decimal, Decimal];
  const sum = price.plus(quality).plus(socialValue);
  const scale = sum.eq(HUNDRED) ? ONE : sum.eq(ONE) ? HUNDRED : null;
  if (scale === null) {
    throw new CellError(
      'value',
      `weights must add up to 100 (such as 60, 30, 10) or to 100% (60%, 30%, 10%); got ${price.toString()} + ${quality.toString()} + ${socialValue.toString()} = ${sum.toString()}`,
    );
  }
  return {
    price: price.times(scale).toString(),
    quality: quality.times(scale).toString(),
    socialValue: socialValue.times(scale).toString(),
  };
}
