import { jsonText } from '../report/safe-text.js';
import {
  compareSroi,
  evaluate,
  monitorDelivery,
  SroiValidationError,
  toJSON,
  type Contract,
  type DeliveryReport,
  type MonitorOptions,
  type SroiComparison,
} from '@sroi/core';
import { monitoringWorkbook } from '@sroi/workbook';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import { writeXlsx } from '../io/write-xlsx.js';
import { loadFile, placeProblem } from '../procurement/load-file.js';
import { pricingPlace, reportFile, withFileYear, type Pricing } from '../procurement/pricing-options.js';
import { Progress } from '../progress.js';
import { comparisonMarkdown, comparisonText } from '../report/comparison-report.js';
import { deliveryMarkdown, deliveryText, type DeliveryReportView } from '../report/delivery-report.js';
import type { ReportFormat } from './evaluate.js';
import { loadValid, readingFor, reportReadWarnings, type ReadingOptions } from './load-valid.js';
import { checkOut } from './out-file.js';
import { reportProblems, type Output } from './output.js';

export interface MonitorCommandOptions {
  readonly format: ReportFormat;
  /** The catalogue and price base of --catalogue, --index and --price-year, already read. */
  readonly pricing?: Pricing;
  /** The forecast SROI (an impact map file), to compare with `evaluative`. */
  readonly forecast?: string;
  /** The evaluative SROI of what was delivered (an impact map file). */
  readonly evaluative?: string;
  /** How the two impact maps are read, as `sroi evaluate` reads them. */
  readonly reading?: ReadingOptions;
  /** Writes the contract with its monitoring as a workbook. */
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * `sroi monitor <contract> --catalogue FILE`: what was committed against what
 * was delivered, by measure, domain and period (core's `monitorDelivery`),
 * and, with `--forecast` and `--evaluative`, the two SROIs compared.
 */
export async function monitorCommand(file: string, options: MonitorCommandOptions, output: Output): Promise<ExitCode> {
  const given = checkOptions(options);
  const reads = [file, given.catalogue.file, given.index?.file, options.forecast, options.evaluative];
  await checkOut(options.out, reads, options.force === true, 'monitored', ['.xlsx']);
  const loaded = await loadFile(file, 'contract');
  if (!reportFile(output, loaded) || loaded.value === null) return EXIT.problems;
  const contract: Contract = loaded.value;
  const { pricing = given, warning } = withFileYear(given, loaded.priceYear, file);
  if (warning !== undefined) reportReadWarnings(output, file, [warning]);
  const monitorOptions: MonitorOptions = {
    catalogue: pricing.catalogue.value,
    ...(pricing.priceBase === undefined ? {} : { priceBase: pricing.priceBase }),
  };
  const where = (path: string) => pricingPlace(pricing, path) ?? loaded.where(path);
  let report: DeliveryReport;
  try {
    report = monitorDelivery(contract, monitorOptions);
  } catch (error) {
    if (!(error instanceof SroiValidationError)) throw error;
    reportProblems(
      output,
      file,
      error.problems.map((problem) => placeProblem(problem, where)),
    );
    return EXIT.problems;
  }
  const comparison = await compare(options, pricing, output);
  if (comparison === null) return EXIT.problems;
  output.out(printed(options.format, { report, where }, comparison));
  if (options.out !== undefined) {
    await writeXlsx(monitoringWorkbook(contract, monitorOptions), options.out);
    output.err(`sroi: wrote ${options.out} (formulas recalculate in Excel or LibreOffice)\n`);
  }
  return EXIT.ok;
}

/** Refuses options that do not go together, and returns the catalogue monitor needs. */
function checkOptions(options: MonitorCommandOptions): Pricing {
  if ((options.forecast === undefined) !== (options.evaluative === undefined)) {
    const missing = options.forecast === undefined ? '--forecast' : '--evaluative';
    throw new CliError(
      `comparing SROIs needs both --forecast and --evaluative (impact map files); ${missing} is missing. Run "sroi monitor --help".`,
      EXIT.usage,
    );
  }
  const reading = options.reading ?? {};
  if (options.forecast === undefined && (reading.columns !== undefined || reading.showMapping === true)) {
    throw new CliError(
      '--columns and --show-mapping say how to read the --forecast and --evaluative impact maps; give those too, or leave them out',
      EXIT.usage,
    );
  }
  if (options.pricing === undefined) {
    throw new CliError(
      'monitor prices what was committed and delivered from a catalogue of measures: give it with --catalogue FILE. Run "sroi monitor --help".',
      EXIT.usage,
    );
  }
  return options.pricing;
}

/** The delivery report, then the comparison when asked for, in the format asked for. */
function printed(format: ReportFormat, view: DeliveryReportView, comparison: Compared | undefined): string {
  if (format === 'json') {
    const json = {
      ...(toJSON(view.report) as object),
      ...(comparison === undefined ? {} : { comparison: toJSON(comparison.result) }),
    };
    return jsonText(json);
  }
  const md = format === 'md';
  const delivery = md ? deliveryMarkdown(view) : deliveryText(view);
  if (comparison === undefined) return delivery;
  const { result, currency } = comparison;
  return `${delivery}\n${md ? comparisonMarkdown(result, currency) : comparisonText(result, currency)}`;
}

interface Compared {
  readonly result: SroiComparison;
  /** The evaluative SROI's currency, the comparison's figures' own. */
  readonly currency: string;
}

/** The forecast and evaluative SROIs compared; undefined when not asked for, null when either has problems (both listed). */
async function compare(
  options: MonitorCommandOptions,
  pricing: Pricing,
  output: Output,
): Promise<Compared | undefined | null> {
  if (options.forecast === undefined || options.evaluative === undefined) return undefined;
  const progress = new Progress(output.err);
  try {
    // Outcomes that name measures are priced as the contract is: the same catalogue, in the same year's prices.
    const reading = { ...readingFor(options), pricing, pricingOptional: true };
    const stage = (message: string) => progress.stage(message);
    // Both are read before either is reported, so that the problems of both are listed at once.
    const forecast = await loadValid(options.forecast, output, stage, reading);
    const evaluative = await loadValid(options.evaluative, output, stage, reading);
    if (forecast === null || evaluative === null) return null;
    const after = evaluate(evaluative.evaluation);
    return { result: compareSroi(evaluate(forecast.evaluation), after), currency: after.settings.currency };
  } finally {
    progress.done();
  }
}
