import { jsonText } from '../report/safe-text.js';
import { extname } from 'node:path';
import { priceCatalogue, SroiValidationError, toJSON, upliftValue } from '@sroi/core';
import { catalogueWorkbook } from '@sroi/workbook';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import { catalogueCsv, catalogueJson } from '../io/write-catalogue.js';
import { writeWhole } from '../io/write-whole.js';
import { writeXlsx } from '../io/write-xlsx.js';
import { loadFile, placeProblem } from '../procurement/load-file.js';
import { reportFile, type IndexFile, type Pricing } from '../procurement/pricing-options.js';
import { repriced } from '../procurement/reprice.js';
import { pricedCatalogueMarkdown, pricedCatalogueText, upliftText } from '../report/uplift-report.js';
import type { ReportFormat } from './evaluate.js';
import { invalidOptions, readNumber, type OptionProblems } from './options.js';
import { checkOut } from './out-file.js';
import { reportProblems, type Output } from './output.js';

const OUT_FORMATS = ['.json', '.csv', '.xlsx'];

/** One value moved between price years: `sroi uplift --value 1000 --from 2020 --to 2025 --index FILE`. */
export interface UpliftValueOptions {
  readonly format: ReportFormat;
  readonly value: string;
  readonly from?: string;
  readonly to?: string;
  /** The --index file, when given (only needed when the years differ). */
  readonly index?: string;
}

/**
 * `sroi uplift --value V --from YEAR --to YEAR --index FILE`: one value moved
 * from one year's prices to another's with core's `upliftValue`, and the
 * factor and index values used.
 */
export async function upliftValueCommand(options: UpliftValueOptions, output: Output): Promise<ExitCode> {
  const problems: OptionProblems = [];
  const value = readNumber('--value', options.value, 'an amount, e.g. 1000', problems);
  const years = (['from', 'to'] as const).map((flag) => {
    const text = options[flag];
    if (text === undefined)
      problems.push(
        `--${flag}: the year ${flag === 'from' ? 'the value is in' : 'to move it to'} is required, e.g. --${flag} 2025`,
      );
    else if (!/^\s*\d+\s*$/.test(text))
      problems.push(`--${flag}: must be a year such as 2025; got ${JSON.stringify(text)}`);
    return text === undefined ? undefined : Number(text);
  });
  if (problems.length > 0 || value === undefined)
    throw invalidOptions('uplift', problems, ['--value', '--from', '--to']);
  const [from = 0, to = 0] = years;
  const index = options.index === undefined ? undefined : await loadFile(options.index, 'index', '--index');
  if (index !== undefined && !reportFile(output, index)) return EXIT.problems;
  let uplift;
  try {
    // The value as typed (less separators), not as a float: every digit given is kept.
    uplift = upliftValue(options.value.trim().replace(/[,_]/g, ''), from, to, (index as IndexFile | undefined)?.value);
  } catch (error) {
    if (!(error instanceof SroiValidationError)) throw error;
    const flags: Record<string, string> = { value: '--value', fromYear: '--from', toYear: '--to' };
    const usage = error.problems.filter((problem) => flags[problem.path] !== undefined);
    if (usage.length > 0)
      throw invalidOptions(
        'uplift',
        usage.map((problem) => `${flags[problem.path]}: ${problem.message}`),
        ['--value', '--from', '--to'],
      );
    // Without an index the years must be the same: the fix is an option, so it is a usage error.
    if (index === undefined)
      throw invalidOptions(
        'uplift',
        error.problems.map((problem) => `--index: ${problem.message}`),
      );
    reportProblems(
      output,
      index.file,
      error.problems.map((problem) => problem.message),
    );
    return EXIT.problems;
  }
  output.out(options.format === 'json' ? jsonText(toJSON(uplift)) : upliftText(uplift));
  return EXIT.ok;
}

/** A catalogue restated in one year's prices: `sroi uplift <catalogue> --price-year YEAR [--index FILE]`. */
export interface UpliftCatalogueOptions {
  readonly format: ReportFormat;
  /** The catalogue (the command's file) and price base, already read. */
  readonly pricing: Pricing;
  /** Writes the catalogue in the price base: .json or .csv (reads back with --catalogue), or .xlsx. */
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * `sroi uplift <catalogue> --price-year YEAR --index FILE`: every measure's
 * proxy moved to the price base with core's `priceCatalogue`, each with the
 * factor used; `--out` writes the catalogue so restated.
 */
export async function upliftCatalogueCommand(options: UpliftCatalogueOptions, output: Output): Promise<ExitCode> {
  const { pricing } = options;
  if (pricing.priceBase === undefined)
    throw new CliError(
      'uplift needs the year to state the catalogue in: give --price-year YEAR (and --index FILE)',
      EXIT.usage,
    );
  const extension = options.out === undefined ? undefined : extname(options.out).toLowerCase();
  if (extension !== undefined && !OUT_FORMATS.includes(extension))
    throw new CliError(
      `--out ${options.out}: uplift writes a catalogue as .json, .csv or .xlsx; got "${extension || 'no extension'}"`,
      EXIT.usage,
    );
  const reads = [pricing.catalogue.file, pricing.index?.file];
  await checkOut(options.out, reads, options.force === true, 'uplifted', OUT_FORMATS);
  let priced;
  try {
    priced = priceCatalogue(pricing.catalogue.value, pricing.priceBase);
  } catch (error) {
    if (!(error instanceof SroiValidationError)) throw error;
    reportProblems(
      output,
      pricing.catalogue.file,
      error.problems.map((problem) => placeProblem(problem, pricing.catalogue.where)),
    );
    return EXIT.problems;
  }
  if (options.format === 'json') output.out(jsonText(toJSON(priced)));
  else output.out(options.format === 'md' ? pricedCatalogueMarkdown(priced) : pricedCatalogueText(priced));
  if (options.out !== undefined) {
    const restated = repriced(pricing.catalogue.value, priced);
    if (extension === '.xlsx')
      await writeXlsx(catalogueWorkbook(pricing.catalogue.value, pricing.priceBase), options.out);
    else await writeWhole(options.out, extension === '.csv' ? catalogueCsv(restated) : catalogueJson(restated));
    output.err(`sroi: wrote ${options.out}: ${written(extension, priced.pricing.priceYear)}\n`);
  }
  return EXIT.ok;
}

function written(extension: string | undefined, year: number): string {
  if (extension === '.xlsx')
    return `the catalogue as given, its price index and each proxy in ${year} prices (formulas recalculate in Excel or LibreOffice)`;
  return `every proxy in ${year} prices, each source saying how it was moved; use it with --catalogue and no index`;
}
