import { findPriceBaseProblems, type Catalogue, type PriceBase, type PriceIndex } from '@sroi/core';
import { CliError, EXIT } from '../errors.js';
import { reportProblems, type Output } from '../commands/output.js';
import { reportReadWarnings } from '../commands/load-valid.js';
import { loadFile, type LoadedFile } from './load-file.js';

/** The pricing options as typed: `--catalogue FILE --index FILE --price-year YEAR`. */
export interface PricingOptions {
  readonly catalogue?: string | undefined;
  readonly index?: string | undefined;
  readonly priceYear?: string | undefined;
}

/** A catalogue read and checked, with the file it came from. */
export type CatalogueFile = LoadedFile<Catalogue> & { readonly value: Catalogue };
/** A price index read and checked, with the file it came from. */
export type IndexFile = LoadedFile<PriceIndex> & { readonly value: PriceIndex };

/** The catalogue and price base a command prices measures with. */
export interface Pricing {
  readonly catalogue: CatalogueFile;
  readonly index?: IndexFile;
  /** Absent when neither --index nor --price-year is given: core then uses the catalogue's latest price year. */
  readonly priceBase?: PriceBase;
  /** Whether --price-year was given (else the year is the catalogue's latest, or a tender's or contract's own). */
  readonly yearGiven: boolean;
}

/**
 * The year of `--price-year`, or undefined when not given.
 *
 * @throws CliError (exit 2) for anything but a whole number
 * @example
 * ```ts
 * readPriceYear('2025'); //=> 2025
 * ```
 */
export function readPriceYear(text: string | undefined, flag = '--price-year'): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(text))
    throw new CliError(`${flag} must be a year such as 2025; got ${JSON.stringify(text)}`, EXIT.usage);
  return Number(text);
}

/**
 * Reads `--catalogue`, `--index` and `--price-year` for a command. Without
 * `--catalogue` there is nothing to price, so `--index` and `--price-year`
 * are refused rather than ignored. Problems in either file are listed on
 * stderr, each with its place, and the result is null (exit 1).
 *
 * @param options - the options as typed
 * @param output - where problems and reading warnings go
 * @param command - the command, for messages
 * @param catalogueOption - how the catalogue was named: `--catalogue`, or nothing when it is the command's file
 * @returns undefined when no catalogue is given; null when a file has problems
 * @throws CliError: exit 2 for a wrong option, 3 or 4 for a file that cannot be read
 */
export async function loadPricing(
  options: PricingOptions,
  output: Output,
  command: string,
  catalogueOption: string | undefined = '--catalogue',
): Promise<Pricing | undefined | null> {
  const year = readPriceYear(options.priceYear);
  if (options.catalogue === undefined) {
    const given = options.index !== undefined ? '--index' : year !== undefined ? '--price-year' : undefined;
    if (given === undefined) return undefined;
    throw new CliError(
      `${given} says how to price the measures of a catalogue: give the catalogue too, with --catalogue FILE. Run "sroi ${command} --help".`,
      EXIT.usage,
    );
  }
  const [catalogue, index] = await Promise.all([
    loadFile(options.catalogue, 'catalogue', catalogueOption),
    options.index === undefined ? undefined : loadFile(options.index, 'index', '--index'),
  ]);
  if (!reportFile(output, catalogue) || (index !== undefined && !reportFile(output, index))) return null;
  const checked = catalogue as CatalogueFile;
  const indexFile = index as IndexFile | undefined;
  if (year === undefined && indexFile === undefined) return { catalogue: checked, yearGiven: false };
  const priceBase: PriceBase = {
    year: year ?? latestPriceYear(checked.value),
    ...(indexFile === undefined ? {} : { index: indexFile.value }),
  };
  const problem = findPriceBaseProblems(priceBase).find((p) => p.path === 'year');
  if (problem !== undefined) throw new CliError(`--price-year: ${problem.message}`, EXIT.usage);
  return {
    catalogue: checked,
    ...(indexFile === undefined ? {} : { index: indexFile }),
    priceBase,
    yearGiven: year !== undefined,
  };
}

/**
 * The price base to score or monitor in: --price-year when given, else the
 * Price year the tender's or contract's own sheet states, else the
 * catalogue's latest price year. A sheet's year overruled by --price-year is said.
 *
 * @param pricing - the catalogue and price base of the options
 * @param fileYear - the Price year the file states, or null
 * @param file - the file, for the warning
 * @returns the pricing to use, and a warning when the two years differ
 */
export function withFileYear(
  pricing: Pricing | undefined,
  fileYear: number | null,
  file: string,
): { pricing: Pricing | undefined; warning?: string } {
  if (pricing === undefined || fileYear === null) return { pricing };
  if (pricing.yearGiven) {
    const year = pricing.priceBase?.year;
    if (year === fileYear) return { pricing };
    return { pricing, warning: `${file} states price year ${fileYear}; --price-year ${year} is used instead` };
  }
  const index = pricing.index === undefined ? {} : { index: pricing.index.value };
  return { pricing: { ...pricing, priceBase: { year: fileYear, ...index } } };
}

/** Lists a file's problems (false when it has any) and its reading warnings. */
export function reportFile(output: Output, loaded: LoadedFile<unknown>): boolean {
  if (loaded.value === null) reportProblems(output, loaded.file, loaded.problems);
  reportReadWarnings(output, loaded.file, loaded.warnings);
  return loaded.value !== null;
}

/** The price year core uses for a catalogue when none is given: its latest. */
export function latestPriceYear(catalogue: Catalogue): number {
  return catalogue.measures.reduce((latest, measure) => Math.max(latest, measure.priceYear), 0);
}

/**
 * Where a core problem about pricing is: `catalogue.measures[2].proxy` in the
 * catalogue file (at its cell), `priceBase.index.values[1].year` in the index
 * file, `priceBase.year` at --price-year; null for a path of the file itself.
 *
 * @example
 * ```ts
 * pricingPlace(pricing, 'catalogue.measures[0].code'); //=> 'measures.csv Measures!A2'
 * ```
 */
export function pricingPlace(pricing: Pricing | undefined, path: string): string | null {
  const inside = (prefix: string) =>
    path === prefix ? '' : path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : null;
  const ofCatalogue = inside('catalogue');
  if (ofCatalogue !== null && pricing !== undefined)
    return `${pricing.catalogue.file}${ofCatalogue === '' ? '' : ` ${pricing.catalogue.where(ofCatalogue)}`}`;
  const ofIndex = inside('priceBase.index');
  if (ofIndex !== null && pricing?.index !== undefined)
    return `${pricing.index.file}${ofIndex === '' ? '' : ` ${pricing.index.where(ofIndex)}`}`;
  if (path === 'priceBase.year') return '--price-year';
  return null;
}
