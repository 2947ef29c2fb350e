import { jsonText } from '../report/safe-text.js';
import { basename, extname } from 'node:path';
import { findTenderProblems, scoreTenders, toJSON, type Tender, type TenderOptions } from '@sroi/core';
import { tenderWorkbook } from '@sroi/workbook';
import { EXIT, type ExitCode } from '../errors.js';
import { writeXlsx } from '../io/write-xlsx.js';
import { loadFile, placeProblem } from '../procurement/load-file.js';
import { pricingPlace, reportFile, withFileYear, type Pricing } from '../procurement/pricing-options.js';
import { weightsPlace, weightsSheet } from '../procurement/weights-option.js';
import { tenderMarkdown, tenderText } from '../report/tender-report.js';
import type { ReportFormat } from './evaluate.js';
import { reportReadWarnings } from './load-valid.js';
import { checkOut } from './out-file.js';
import { reportProblems, type Output } from './output.js';

const WEIGHTS_INSTEAD =
  'bids in a CSV or workbook may take their weights from the command line instead: --weights 60,30,10 (price, quality and social value, in percent)';

export interface ScoreOptions {
  readonly format: ReportFormat;
  /** The catalogue and price base of --catalogue, --index and --price-year, already read. */
  readonly pricing?: Pricing;
  /** `--weights 60,30,10` (price, quality, social value), for a CSV of bids, which has no room for them. */
  readonly weights?: string;
  /** Writes the tender with its scores as a workbook. */
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * `sroi score <tender>`: scores and ranks the bids with core's
 * `scoreTenders`, prints the table and the working, and optionally writes the
 * scored tender as a workbook. Every problem is listed with its place.
 */
export async function scoreCommand(file: string, options: ScoreOptions, output: Output): Promise<ExitCode> {
  await checkOut(
    options.out,
    [file, options.pricing?.catalogue.file, options.pricing?.index?.file],
    options.force === true,
    'scored',
    ['.xlsx'],
  );
  const loaded = await loadTender(file, options.weights, output);
  if (loaded === null) return EXIT.problems;
  const { pricing, warning } = withFileYear(options.pricing, loaded.priceYear, file);
  if (warning !== undefined) reportReadWarnings(output, file, [warning]);
  const tender = loaded.tender;
  const tenderOptions: TenderOptions = {
    ...(pricing === undefined ? {} : { catalogue: pricing.catalogue.value }),
    ...(pricing?.priceBase === undefined ? {} : { priceBase: pricing.priceBase }),
  };
  const where = (path: string) => pricingPlace(pricing, path) ?? weightsPlace(loaded.where(path));
  const problems = findTenderProblems(tender, tenderOptions);
  if (problems.length > 0) {
    reportProblems(
      output,
      file,
      problems.map((problem) => placeProblem(problem, where)),
    );
    return EXIT.problems;
  }
  const result = scoreTenders(tender, tenderOptions);
  if (pricing !== undefined && result.pricing === null)
    output.err(
      `sroi: --catalogue ${pricing.catalogue.file}: no bid commits to measures, so nothing was priced from it\n`,
    );
  if (options.format === 'json') output.out(jsonText(toJSON(result)));
  else {
    const report = { result, where };
    output.out(options.format === 'md' ? tenderMarkdown(report) : tenderText(report));
  }
  if (options.out !== undefined) {
    await writeXlsx(tenderWorkbook(tender, tenderOptions), options.out);
    output.err(`sroi: wrote ${options.out} (formulas recalculate in Excel or LibreOffice)\n`);
  }
  return EXIT.ok;
}

/**
 * Reads a tender (a CSV of bids with the weights of --weights), listing its
 * problems and warnings on stderr; null when it has problems. A tender with
 * no name of its own is named after its file, as a CSV of bids always is.
 */
async function loadTender(
  file: string,
  weightsText: string | undefined,
  output: Output,
): Promise<{ tender: Tender; where: (path: string) => string; priceYear: number | null } | null> {
  const extension = extname(file).toLowerCase();
  const format = extension === '.json' ? 'json' : extension === '.csv' ? 'csv' : 'xlsx';
  const weights = weightsSheet(weightsText, format);
  const read = await loadFile(file, 'tender', undefined, weights === undefined ? {} : { sheets: [weights] });
  const noWeights = format !== 'json' && weights === undefined && read.cellProblems.some((p) => p.path === 'weights');
  const loaded = {
    ...read,
    problems: [...read.problems.map(weightsPlace), ...(noWeights ? [`--weights: ${WEIGHTS_INSTEAD}`] : [])],
    warnings: read.warnings.map(weightsPlace),
  };
  if (!reportFile(output, loaded) || loaded.value === null) return null;
  return {
    tender: { ...loaded.value, name: loaded.value.name ?? basename(file, extension) },
    where: loaded.where,
    priceYear: loaded.priceYear,
  };
}
