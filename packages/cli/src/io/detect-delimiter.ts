import { csvShape, type CsvShape, type Delimiter } from './csv-shape.js';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Chooses the separator of a CSV file from all of its rows, quotes respected:
 * the one that splits the most rows into the same number of fields, weighted
 * by that number (see {@link CsvShape}.consistency). So a comma file with
 * "Patients; carers" in one cell stays a comma file, and a semicolon file
 * with decimal commas (`0,25`) stays a semicolon file: its header has no
 * commas, and its rows split into fewer fields by commas than by semicolons.
 *
 * @param text - the whole file
 * @returns the shape of the file with the chosen separator; a comma when none splits any row
 * @example
 * detectDelimiter('Stakeholder;Outcome;Value\nPatients;Less lonely;0,5\n').delimiter //=> ';'
 */
export function detectDelimiter(text: string): CsvShape {
  const shapes = CANDIDATES.map((delimiter) => csvShape(text, delimiter));
  return shapes.reduce((best, shape) => (shape.consistency > best.consistency ? shape : best));
}
