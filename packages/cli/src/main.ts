import { parseArgs } from 'node:util';
import { SroiEvaluationError, SroiOptionsError, SroiValidationError } from '@sroi/core';
import { evaluateCommand, type ReportFormat } from './commands/evaluate.js';
import type { Output } from './commands/output.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';
import type { ReadingOptions } from './commands/load-valid.js';
import { readColumnsOption } from './reading/column-mapping.js';
import { montecarloCommand } from './commands/montecarlo.js';
import { monitorCommand } from './commands/monitor.js';
import { scoreCommand } from './commands/score.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { upliftCatalogueCommand, upliftValueCommand } from './commands/uplift.js';
import { reportCommand } from './commands/report.js';
import { loadPricing, type Pricing, type PricingOptions } from './procurement/pricing-options.js';
import { CliError, EXIT, type ExitCode } from './errors.js';
import { safeLines } from './report/safe-text.js';
import { COMMAND_HELP, HELP, VERSION } from './help.js';

export { HELP, VERSION };

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'md'];
const COMMANDS = [
  'evaluate',
  'validate',
  'template',
  'sensitivity',
  'montecarlo',
  'report',
  'score',
  'monitor',
  'uplift',
];
/** Options that price measures from a catalogue (docs/workbook-and-cli.md, "Procurement"). */
const PRICING = ['catalogue', 'index', 'price-year'];
/** Options that only some commands take; the others reject them rather than ignore them. */
const OWN_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  evaluate: ['out', 'force', 'years', ...PRICING],
  validate: PRICING,
  template: ['force'],
  sensitivity: ['target', 'change', 'top', ...PRICING],
  montecarlo: ['iterations', 'seed', 'target', 'ranges', 'workers', ...PRICING],
  report: ['out', 'force', 'iterations', 'seed', 'target', 'change', 'top', 'ranges', 'workers', ...PRICING],
  score: ['out', 'force', 'weights', ...PRICING],
  monitor: ['out', 'force', 'forecast', 'evaluative', ...PRICING],
  // The catalogue is uplift's own file, so it takes no --catalogue.
  uplift: ['out', 'force', 'value', 'from', 'to', 'index', 'price-year'],
};
/** Commands that read an impact map, and so take --columns and --show-mapping (monitor for --forecast and --evaluative). */
const READS_MAPS = ['evaluate', 'validate', 'sensitivity', 'montecarlo', 'report', 'monitor'];

/** What a command may need from the process it runs in; tests pass their own. */
export interface Context {
  /** Cancels a long run (montecarlo), as Ctrl-C does. */
  readonly signal?: AbortSignal;
}

/**
 * Runs the command line and returns the exit code; writes only through `output`.
 *
 * @example
 * ```ts
 * const code = await main(['evaluate', 'examples/social-prescribing.xlsx'], { out: console.log, err: console.error });
 * ```
 */
export async function main(argv: readonly string[], output: Output, context: Context = {}): Promise<ExitCode> {
  try {
    return await run(argv, output, context);
  } catch (error) {
    // Messages quote names and cells from the user's files: no control character reaches the terminal.
    if (error instanceof CliError) {
      output.err(`sroi: ${safeLines(error.message)}\n`);
      return error.exitCode;
    }
    if (error instanceof SroiValidationError || error instanceof SroiOptionsError) {
      output.err(`sroi: ${safeLines(error.message)}\n`);
      return EXIT.problems;
    }
    // Values core could not compute with (such as too few discount rates) are problems with the evaluation;
    // any other error, a RangeError included, is a fault in sroi (exit 70).
    if (error instanceof SroiEvaluationError) {
      output.err(`sroi: the evaluation cannot be computed: ${error.message}\n`);
      return EXIT.problems;
    }
    throw error;
  }
}

async function run(argv: readonly string[], output: Output, context: Context): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nRun "sroi --help" for usage.`, EXIT.usage);
  }
  const { values, positionals } = parsed;
  if (values.version === true) {
    output.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const [command, file, ...extra] = positionals;
  const helpOf = command === 'help' ? file : command;
  if (values.help === true || command === undefined || command === 'help') {
    output.out((helpOf === undefined ? undefined : COMMAND_HELP[helpOf]) ?? HELP);
    return command === undefined && values.help !== true ? EXIT.usage : EXIT.ok;
  }
  if (!COMMANDS.includes(command)) {
    throw new CliError(
      `unknown command "${command}"; commands are ${COMMANDS.slice(0, -1).join(', ')} and ${COMMANDS.at(-1)}. Run "sroi --help".`,
      EXIT.usage,
    );
  }
  checkOptions(command, values);
  const format = values.format ?? 'text';
  if (command === 'uplift') checkUplift(file, values);
  if (command === 'uplift' && values.value !== undefined) {
    const { value, from, to, index } = values;
    return upliftValueCommand({ format: reportFormat(format), value, from, to, index }, output);
  }
  if (file === undefined) throw new CliError(`${command} needs a file: sroi ${command} <file>`, EXIT.usage);
  if (extra.length > 0) throw new CliError(`${command} takes one file; got also ${extra.join(' ')}`, EXIT.usage);
  const pricingOptions: PricingOptions = {
    catalogue: command === 'uplift' ? file : values.catalogue,
    index: values.index,
    priceYear: values['price-year'],
  };
  const pricing = await loadPricing(pricingOptions, output, command, command === 'uplift' ? undefined : '--catalogue');
  if (pricing === null) return EXIT.problems;
  const reading: ReadingOptions = {
    ...(values.columns === undefined
      ? {}
      : { columns: await readColumnsOption(values.columns), columnsText: values.columns }),
    showMapping: values['show-mapping'] === true,
    ...(pricing === undefined ? {} : { pricing }),
  };
  return dispatch({ command, file, format, values, reading, pricing }, output, context);
}

type Values = ReturnType<typeof parseOptions>['values'];

/** Refuses options the command does not take, and a format it cannot print, before any file is read. */
function checkOptions(command: string, values: Values): void {
  const own = OWN_OPTIONS[command] ?? [];
  const foreign = Object.values(OWN_OPTIONS)
    .flat()
    .find((name) => values[name as keyof Values] !== undefined && !own.includes(name));
  if (command === 'uplift' && foreign === 'catalogue')
    throw new CliError(
      'uplift takes the catalogue as its file: sroi uplift <catalogue> --price-year YEAR --index FILE',
      EXIT.usage,
    );
  if (foreign !== undefined)
    throw new CliError(`${command} does not take --${foreign}. Run "sroi ${command} --help".`, EXIT.usage);
  if (!READS_MAPS.includes(command) && (values.columns !== undefined || values['show-mapping'] === true))
    throw new CliError(
      `${command} does not take --columns or --show-mapping. Run "sroi ${command} --help".`,
      EXIT.usage,
    );
  const format = values.format ?? 'text';
  if (command === 'validate' && format !== 'text' && format !== 'json')
    throw new CliError(`--format must be text or json; got "${format}"`, EXIT.usage);
  if (command === 'report' && values.format !== undefined)
    throw new CliError('report writes one HTML page (--out report.html) and takes no --format', EXIT.usage);
  if (command !== 'validate' && command !== 'template') reportFormat(format);
}

/**
 * uplift moves one value (--value, --from, --to) or a catalogue (its file,
 * --price-year, --out): the options of one are refused with the other, not ignored.
 */
function checkUplift(file: string | undefined, values: Values): void {
  const refuse = (message: string) => {
    throw new CliError(`${message}. Run "sroi uplift --help".`, EXIT.usage);
  };
  if (values.value === undefined) {
    if (file === undefined) refuse('uplift needs a catalogue file, or --value with --from and --to');
    const given = (['from', 'to'] as const).find((name) => values[name] !== undefined);
    if (given !== undefined) refuse(`--${given} is for one value (with --value); a catalogue is moved to --price-year`);
    if (values['price-year'] === undefined)
      refuse('uplift needs the year to state the catalogue in: --price-year YEAR (and --index FILE)');
    return;
  }
  if (file !== undefined)
    refuse(`uplift moves one value (--value) or a catalogue (a file), not both; got the file ${file}`);
  if (values['price-year'] !== undefined)
    refuse('--price-year is for a catalogue; move one value with --from and --to');
  if (values.out !== undefined) refuse('--out writes a catalogue; one value is only printed');
}

interface Run {
  readonly command: string;
  readonly file: string;
  readonly format: string;
  readonly values: Values;
  readonly reading: ReadingOptions;
  readonly pricing: Pricing | undefined;
}

/** Runs a command whose options have been checked and whose catalogue (if any) has been read. */
function dispatch(run: Run, output: Output, context: Context): Promise<ExitCode> {
  const { command, file, values, reading, pricing } = run;
  // validate prints text or json, checked with the other options; template prints one line.
  const format =
    command === 'validate' || command === 'template'
      ? run.format === 'json'
        ? 'json'
        : 'text'
      : reportFormat(run.format);
  const out = values.out === undefined ? {} : { out: values.out };
  const force = values.force === true;
  const priced = pricing === undefined ? {} : { pricing };
  switch (command) {
    case 'evaluate':
      return evaluateCommand(file, { format, force, ...out, reading, years: values.years === true }, output);
    case 'validate':
      return validateCommand(file, format === 'json' ? 'json' : 'text', output, reading);
    case 'sensitivity': {
      const { target, change, top } = values;
      return sensitivityCommand(file, { format, target, change, top, reading }, output);
    }
    case 'montecarlo': {
      const { target, iterations, seed, ranges, workers } = values;
      const options = { format, target, iterations, seed, ranges, workers, reading };
      return montecarloCommand(file, options, output, context.signal);
    }
    case 'report': {
      const { target, change, top, iterations, seed, ranges, workers } = values;
      const options = { ...out, force, target, change, top, iterations, seed, ranges, workers, reading };
      return reportCommand(file, options, output, context.signal);
    }
    case 'score': {
      const weights = values.weights === undefined ? {} : { weights: values.weights };
      return scoreCommand(file, { format, ...priced, ...weights, ...out, force }, output);
    }
    case 'monitor': {
      const forecast = values.forecast === undefined ? {} : { forecast: values.forecast };
      const evaluative = values.evaluative === undefined ? {} : { evaluative: values.evaluative };
      return monitorCommand(file, { format, ...priced, ...forecast, ...evaluative, reading, ...out, force }, output);
    }
    case 'uplift':
      // --price-year is required for a catalogue, so it was read with a price base.
      return upliftCatalogueCommand({ format, pricing: pricing as Pricing, ...out, force }, output);
    default:
      return templateCommand(file, force, output);
  }
}

/** Every option of every command; each command refuses those not its own ({@link OWN_OPTIONS}). */
function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: joinNegativeNumbers(argv),
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      target: { type: 'string' },
      change: { type: 'string' },
      top: { type: 'string' },
      years: { type: 'boolean' },
      ranges: { type: 'string' },
      iterations: { type: 'string', short: 'n' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      columns: { type: 'string' },
      'show-mapping': { type: 'boolean' },
      catalogue: { type: 'string' },
      index: { type: 'string' },
      'price-year': { type: 'string' },
      weights: { type: 'string' },
      forecast: { type: 'string' },
      evaluative: { type: 'string' },
      value: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

const NUMBER_OPTIONS = ['--target', '--change', '--top', '--iterations', '-n', '--seed', '--workers', '--value'];

/** The --format of a command that prints text, JSON or Markdown. */
function reportFormat(format: string): ReportFormat {
  if (!FORMATS.includes(format as ReportFormat))
    throw new CliError(`--format must be text, json or md; got "${format}"`, EXIT.usage);
  return format as ReportFormat;
}

/** "--seed -3" as "--seed=-3": parseArgs would take "-3" for an option, and a seed may be negative. */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (NUMBER_OPTIONS.includes(arg) && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
}
