import type { CellProblem } from '../../read/problems.js';

/**
 * What a procurement reader returns: the model (null when it could not be
 * read), every problem with its sheet and cell, and where each model path was
 * read so that the engine's problems (`bids[1].price`) can name a cell.
 */
export interface ProcurementRead<T> {
  readonly value: T | null;
  readonly problems: readonly CellProblem[];
  readonly warnings: readonly CellProblem[];
  /** `Bids!C4` for `bids[2].price`; the path itself when it was not read from a cell. */
  readonly where: (path: string) => string;
}

/** A tender or contract as read, with the price year its sheet states (the price base to score or monitor in). */
export interface PricedRead<T> extends ProcurementRead<T> {
  /** The Price year row's year, or null when the sheet gives none (then the catalogue's latest price year is used). */
  readonly priceYear: number | null;
}
