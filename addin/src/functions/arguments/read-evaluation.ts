import type { Evaluation } from '@sroi/core';
import { impactMapFromRange, type ImpactMapProblem } from '../../impact-map/impact-map-from-range.js';
import { CellError } from '../errors/cell-error.js';
import { cellsOf, sumOfRange } from './read-range.js';
import { INPUTS } from './rules.js';

/** How many problems one cell's message lists before "and n more". */
const SHOWN_PROBLEMS = 3;

/** Distinct (name, map, inputs) readings kept, newest first. */
const MAX_READINGS = 8;

interface Reading {
  readonly name: string;
  readonly impactMap: unknown;
  readonly inputs: unknown;
  readonly evaluation: Evaluation;
}
const readings: Reading[] = [];

/**
 * Reads the `impactMap` and `inputs` arguments shared by `SROI.EVALUATE`,
 * `SROI.SWITCHINGVALUE` and `SROI.TORNADO` into one evaluation: the outcomes
 * of the range (headers in its first row) and the inputs added up as one
 * amount in year 0, discounted as the engine's defaults (3.5%, end of year) until
 * the caller sets `discount` and `timing`.
 *
 * A sheet of `SROI.SWITCHINGVALUE` cells passes the same map to every cell,
 * and reading a map costs more than looking up its answer: readings are kept
 * by the exact cell values (the evaluation is plain data, never changed).
 *
 * @param name - the evaluation's name (the function's, for the engine's messages)
 * @throws CellError `value` listing the first problems of the map, or naming a cell of inputs that is not an amount
 *
 * @example
 * ```ts
 * readEvaluation('SROI.EVALUATE', workedCheckRange, [[50000]]).outcomes[0].id; //=> 'row-2'
 * ```
 */
export function readEvaluation(name: string, impactMap: unknown, inputs: unknown): Evaluation {
  const kept = readings.find(
    (reading) => reading.name === name && sameCells(reading.impactMap, impactMap) && sameCells(reading.inputs, inputs),
  );
  if (kept !== undefined) return kept.evaluation;
  const evaluation = readFresh(name, impactMap, inputs);
  readings.unshift({ name, impactMap: copyOf(impactMap), inputs: copyOf(inputs), evaluation });
  if (readings.length > MAX_READINGS) readings.pop();
  return evaluation;
}

function readFresh(name: string, impactMap: unknown, inputs: unknown): Evaluation {
  const reading = impactMapFromRange(cellsOf(impactMap));
  if (!reading.ok) throw new CellError('value', describeProblems(reading.problems));
  return {
    name,
    stakeholders: reading.stakeholders,
    inputs: [{ description: 'Inputs', amount: sumOfRange(inputs, INPUTS).toString() }],
    outcomes: reading.outcomes,
  };
}

function describeProblems(problems: readonly ImpactMapProblem[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => problem.message);
  const more = problems.length - shown.length;
  return `impactMap: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

// Module constants, not global look-ups, in the loop below: some hosts (Node's vm, used by the tests and
// benchmarks) resolve globals slowly, and a map of thousands of cells is compared on every call.
const isArray = Array.isArray;
const same = Object.is;

/**
 * True when two arguments hold the same cells: the same shape and, cell by
 * cell, the same value (Object.is, so -0 and 0, NaN, null and undefined are
 * told apart). Comparing costs far less than reading a map, and builds nothing.
 */
function sameCells(a: unknown, b: unknown): boolean {
  if (!isArray(a) || !isArray(b)) return same(a, b);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!sameCells(a[i], b[i])) return false;
  return true;
}

/** A copy of a range's cells, so that a caller changing its arrays cannot change what is kept. */
function copyOf(value: unknown): unknown {
  return isArray(value) ? value.map(copyOf) : value;
}
