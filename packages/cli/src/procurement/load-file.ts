import { basename, extname } from 'node:path';
import {
  findCatalogueProblems,
  findPriceIndexProblems,
  type Catalogue,
  type Contract,
  type PriceIndex,
  type SroiProblem,
  type Tender,
} from '@sroi/core';
import {
  catalogueFromSheets,
  contractFromSheets,
  formatCellProblem,
  priceIndexFromSheets,
  tenderFromSheets,
  type CellProblem,
  type ProcurementRead,
  type SheetGrid,
} from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
import { readBytes } from '../io/read-bytes.js';
import { readJson } from '../io/read-json.js';
import { readSheets } from '../io/read-sheets.js';

/** The procurement files the command line reads, by what they hold. */
export interface ProcurementModels {
  readonly catalogue: Catalogue;
  readonly index: PriceIndex;
  readonly tender: Tender;
  readonly contract: Contract;
}

export type ProcurementKind = keyof ProcurementModels;

/** A procurement file read: its model, or every problem with its place. */
export interface LoadedFile<T> {
  readonly file: string;
  readonly format: 'json' | 'xlsx' | 'csv';
  /**
   * The model read; null when it has problems. A tender or contract is checked
   * by core only when it is scored or monitored, with the catalogue it needs.
   */
  readonly value: T | null;
  /** One line each, with its place: `measures[2].proxy: …` or `Measures!G4: …`. */
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
  /** Where a model path was read: `Bids!C4` for `bids[2].price`; the path itself in JSON. */
  readonly where: (path: string) => string;
  /** The reader's problems as it gave them, with the model path each concerns (empty for JSON). */
  readonly cellProblems: readonly CellProblem[];
  /** The Price year a tender's or contract's sheet states; null when none (always for JSON). */
  readonly priceYear: number | null;
}

/**
 * What a reader may be given besides the file. Not the catalogue: measure
 * codes are checked once the price base is settled (it may be the file's own
 * Price year), by core, each problem placed at its cell by `where`.
 */
export interface ReadExtras {
  /** Sheets read before the file's own (the weights of `--weights`, for a CSV of bids). */
  readonly sheets?: readonly SheetGrid[];
}

interface Kind<T> {
  /** What the file is, in a commissioner's words: "catalogue of measures". */
  readonly noun: string;
  readonly extensions: readonly string[];
  /**
   * Core's own checks, for the models that need nothing else to be checked; a
   * tender's or contract's are run once the catalogue and price base are settled.
   */
  readonly check: (value: unknown) => SroiProblem[];
  readonly fromSheets: (
    sheets: readonly SheetGrid[],
    file: string,
  ) => ProcurementRead<T> & { readonly priceYear?: number | null };
}

const KINDS: { readonly [K in ProcurementKind]: Kind<ProcurementModels[K]> } = {
  catalogue: {
    noun: 'catalogue of measures',
    extensions: ['.json', '.csv', '.xlsx', '.xlsm'],
    check: findCatalogueProblems,
    fromSheets: (sheets) => catalogueFromSheets(sheets),
  },
  index: {
    noun: 'price index',
    extensions: ['.json', '.csv', '.xlsx', '.xlsm'],
    check: findPriceIndexProblems,
    // A CSV of Year and Index columns has no room for a name: the file's name is the index's.
    fromSheets: (sheets, file) => priceIndexFromSheets(sheets, { name: basename(file, extname(file)) }),
  },
  tender: {
    noun: 'tender',
    extensions: ['.json', '.csv', '.xlsx', '.xlsm'],
    check: anObject('tender', '{ "weights": { … }, "bids": [ … ] }'),
    fromSheets: (sheets) => tenderFromSheets(sheets),
  },
  contract: {
    noun: 'contract',
    extensions: ['.json', '.csv', '.xlsx', '.xlsm'],
    check: anObject('contract', '{ "name": …, "commitments": [ … ], "deliveries": [ … ] }'),
    // A contract's name is the file's when its sheet gives none (a CSV has no room for one).
    fromSheets: (sheets, file) => contractFromSheets(sheets, { name: basename(file, extname(file)) }),
  },
};

/**
 * Reads a catalogue, price index, tender or contract from `.json`, `.xlsx` or
 * `.csv`, through the same byte limits and decoders as an impact map. In a
 * workbook or CSV every problem is at its cell.
 *
 * @param file - the file as the user named it
 * @param kind - what the file holds
 * @param option - the option that named it (`--catalogue`), for a message about its extension
 * @param extras - sheets to read before the file's own
 * @returns the model, or its problems each with its place
 * @throws CliError: exit 2 for an extension not read, 3 for a missing file, 4 for an unreadable one
 */
export async function loadFile<K extends ProcurementKind>(
  file: string,
  kind: K,
  option?: string,
  extras: ReadExtras = {},
): Promise<LoadedFile<ProcurementModels[K]>> {
  const spec = KINDS[kind] as Kind<ProcurementModels[K]>;
  const extension = extname(file).toLowerCase();
  if (!spec.extensions.includes(extension)) {
    const listed = spec.extensions.filter((e) => e !== '.xlsm');
    throw new CliError(
      `${option === undefined ? '' : `${option} `}${file}: a ${spec.noun} is read from ${listed.slice(0, -1).join(', ')} or ${listed.at(-1)} files; got "${extension || 'no extension'}"`,
      EXIT.usage,
    );
  }
  const bytes = await readBytes(file);
  if (extension === '.json') return fromJson(file, readJson(bytes, file), spec.check);
  const { sheets, notes, format } = await readSheets(bytes, file, extension);
  const read = spec.fromSheets([...(extras.sheets ?? []), ...sheets], file);
  const checked = read.value === null ? [] : spec.check(read.value);
  const problems = [
    ...read.problems.map(formatCellProblem),
    ...checked.map((problem) => placeProblem(problem, read.where)),
  ];
  return {
    file,
    format,
    value: problems.length === 0 ? read.value : null,
    problems,
    warnings: [...notes, ...read.warnings.map(formatCellProblem)],
    where: read.where,
    cellProblems: read.problems,
    priceYear: read.priceYear ?? null,
  };
}

function fromJson<T>(file: string, data: unknown, check: Kind<T>['check']): LoadedFile<T> {
  const problems = check(data).map((problem) => placeProblem(problem));
  return {
    file,
    format: 'json',
    value: problems.length === 0 ? (data as T) : null,
    problems,
    warnings: [],
    where: (path) => path,
    cellProblems: [],
    priceYear: null,
  };
}

/** Only that a tender or contract is an object: core checks the rest when it scores or monitors it. */
function anObject(noun: string, example: string): (value: unknown) => SroiProblem[] {
  return (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? []
      : [{ path: '', value, message: `a ${noun} is a JSON object, ${example}; got ${describe(value)}` }];
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  // A whole file may be one string: say what it is, not all of it.
  const shown = JSON.stringify(value);
  return shown.length <= 40 ? `${typeof value} ${shown}` : `a ${typeof value}`;
}

/**
 * A core problem as one line at its place: the cell it was read from, or its
 * path in a JSON file (the whole file when the path is empty).
 *
 * @example
 * ```ts
 * placeProblem({ path: 'bids[1].price', value: 0, message: 'price must be above 0' });
 * //=> 'bids[1].price: price must be above 0'
 * ```
 */
export function placeProblem(problem: SroiProblem, where: (path: string) => string = (path) => path): string {
  const place = problem.path === '' ? '' : where(problem.path);
  return `${place === '' ? '(the whole file)' : place}: ${problem.message}`;
}
