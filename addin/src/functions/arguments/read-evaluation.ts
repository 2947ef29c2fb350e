import { formatMoney, toDecimal, type Decimal, type Input } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { CellsCache } from './reading-cache.js';
import { readImpactMap, type ImpactMapReading } from './read-impact-map.js';
import { sumOfRange, trimmedCellsOf } from './read-range.js';
import { INPUTS } from './rules.js';

/**
 * Readings kept: a few distinct (function, map, inputs), and at most this
 * many cells together (a map of 10,000 rows by 50 columns fits), counted
 * after trailing empty rows are trimmed, so a whole-column map (A:J, 1,048,576
 * rows) counts the rows it fills.
 */
const readings = new CellsCache<ImpactMapReading>(8, 500_000);

/**
 * Reads the `impactMap` and `inputs` arguments shared by `SROI.RESULTS`,
 * `SROI.SWITCHINGVALUE` and `SROI.TORNADO` into one evaluation, discounted
 * as the engine's defaults (3.5%, end of year) until the caller sets
 * `discount` and `timing`. The map is read by `@sroi/workbook` as the command
 * line reads it (see {@link readImpactMap}); the inputs are:
 * - the `inputs` argument, added up as one amount in year 0, when it is given;
 * - the map's own inputs (the SROI Network value map's Inputs columns) when it
 *   is empty, or 0 (Excel desktop's empty cell) while the map has inputs;
 * - refused when both are given, since adding them up would count twice.
 *
 * A sheet of `SROI.SWITCHINGVALUE` cells passes the same map to every cell,
 * and reading a map costs more than looking up its answer: readings are kept
 * by the exact cell values (the evaluation is plain data, never changed),
 * within a bound on readings and cells. Trailing empty rows and columns are
 * trimmed before anything else (see `trimmedCellsOf`).
 *
 * @param name - the evaluation's name (the function's, for the engine's messages)
 * @throws CellError `value` listing the first problems of the map, naming a
 *   cell of inputs that is not an amount, or when map and argument both give inputs
 *
 * @example
 * ```ts
 * readEvaluation('SROI.RESULTS', workedCheckRange, [[50000]]).evaluation.inputs;
 * //=> [{ description: 'Inputs', amount: '50000' }]
 * ```
 */
export function readEvaluation(name: string, impactMap: unknown, inputs: unknown): ImpactMapReading {
  // The range's own rows, trimmed or not, say which outcomeRow values are within it.
  const rangeRows = Array.isArray(impactMap) ? impactMap.length : 1;
  const key = [name, rangeRows, trimmedCellsOf(impactMap), trimmedCellsOf(inputs)];
  const kept = readings.get(key);
  if (kept !== undefined) return kept;
  const [, , mapCells, inputCells] = key as [string, number, unknown[][], unknown[][]];
  const map = readImpactMap(mapCells, name, rangeRows);
  const reading = { ...map, evaluation: { ...map.evaluation, inputs: inputsOf(map, inputCells) } };
  readings.set(key, reading);
  return reading;
}

function inputsOf(map: ImpactMapReading, inputs: unknown[][]): Input[] {
  const own = map.evaluation.inputs;
  const ownTotal = own.reduce((sum: Decimal, input) => sum.plus(toDecimal(input.amount)), toDecimal(0));
  // Trimmed: no cells left means every cell was empty (null, "" or Excel desktop's 0).
  if (inputs.length === 0) return [...own];
  const given = sumOfRange(inputs, INPUTS);
  if (ownTotal.isZero()) return [{ description: 'Inputs', amount: given.toString() }];
  if (given.isZero()) return [...own];
  throw new CellError(
    'value',
    `impactMap already has inputs in ${map.inputsColumn} totalling ${formatMoney(ownTotal, map.evaluation.currency)}: ` +
      'leave the inputs argument empty to use them, or remove them from the map',
  );
}
