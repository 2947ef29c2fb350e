import type { Catalogue, Contract, PriceIndex, Tender } from '@sroi/core';
import type { CellProblem } from '../../read/problems.js';
import type { SheetGrid } from '../../read/find-tables.js';

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

// Placeholders: the procurement readers are being written (issue 10).
export declare function catalogueFromSheets(sheets: readonly SheetGrid[]): ProcurementRead<Catalogue>;
export declare function priceIndexFromSheets(
  sheets: readonly SheetGrid[],
  options?: { readonly name?: string },
): ProcurementRead<PriceIndex>;
export declare function tenderFromSheets(sheets: readonly SheetGrid[]): ProcurementRead<Tender>;
export declare function contractFromSheets(sheets: readonly SheetGrid[]): ProcurementRead<Contract>;
