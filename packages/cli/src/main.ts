import { parseArgs } from 'node:util';
import { SroiValidationError } from '@sroi/core';
import { evaluateCommand, type ReportFormat } from './commands/evaluate.js';
import type { Output } from './commands/output.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';
import type { ReadingOptions } from './commands/load-valid.js';
import { readColumnsOption } from './reading/column-mapping.js';
import { montecarloCommand } from './commands/montecarlo.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { CliError, EXIT, type ExitCode } from './errors.js';
import { COMMAND_HELP, HELP, VERSION } from './help.js';

export { HELP, VERSION };

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'md'];
const COMMANDS = ['evaluate', 'validate', 'template', 'sensitivity', 'montecarlo'];
/** Options that only some commands take; the others reject them rather than ignore them. */
const OWN_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  evaluate: ['out', 'force'],
  template: ['force'],
  sensitivity: ['target', 'change'],
  montecarlo: ['iterations', 'seed', 'target'],
};

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
    if (error instanceof CliError) {
      output.err(`sroi: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof SroiValidationError) {
      output.err(`sroi: ${error.message}\n`);
      return EXIT.problems;
    }
    // The engine's RangeErrors (such as too few discount rates) are problems with the evaluation.
    if (error instanceof RangeError) {
      output.err(`sroi: the evaluation cannot be computed: ${error.message}\n`);
      return EXIT.problems;
    }
    throw error;
  }
}

async function run(argv: readonly string[], output: Output, context: Context): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        target: { type: 'string' },
        change: { type: 'string' },
        iterations: { type: 'string', short: 'n' },
        seed: { type: 'string' },
        columns: { type: 'string' },
        'show-mapping': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
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
  const own = OWN_OPTIONS[command] ?? [];
  const foreign = Object.values(OWN_OPTIONS)
    .flat()
    .find((name) => values[name as keyof typeof values] !== undefined && !own.includes(name));
  if (foreign !== undefined)
    throw new CliError(`${command} does not take --${foreign}. Run "sroi ${command} --help".`, EXIT.usage);
  if (file === undefined) throw new CliError(`${command} needs a file: sroi ${command} <file>`, EXIT.usage);
  if (extra.length > 0) throw new CliError(`${command} takes one file; got also ${extra.join(' ')}`, EXIT.usage);
  const format = values.format ?? 'text';
  if (command === 'template' && (values.columns !== undefined || values['show-mapping'] === true))
    throw new CliError('template does not take --columns or --show-mapping. Run "sroi template --help".', EXIT.usage);
  const reading: ReadingOptions = {
    ...(values.columns === undefined ? {} : { columns: await readColumnsOption(values.columns) }),
    showMapping: values['show-mapping'] === true,
  };

  switch (command) {
    case 'evaluate':
      if (!FORMATS.includes(format as ReportFormat))
        throw new CliError(`--format must be text, json or md; got "${format}"`, EXIT.usage);
      return evaluateCommand(
        file,
        {
          format: format as ReportFormat,
          force: values.force === true,
          ...(values.out === undefined ? {} : { out: values.out }),
          reading,
        },
        output,
      );
    case 'validate':
      if (format !== 'text' && format !== 'json')
        throw new CliError(`--format must be text or json; got "${format}"`, EXIT.usage);
      return validateCommand(file, format, output, reading);
    case 'sensitivity':
    case 'montecarlo': {
      if (!FORMATS.includes(format as ReportFormat))
        throw new CliError(`--format must be text, json or md; got "${format}"`, EXIT.usage);
      const { target, change, iterations, seed } = values;
      return command === 'sensitivity'
        ? sensitivityCommand(file, { format: format as ReportFormat, target, change, reading }, output)
        : montecarloCommand(
            file,
            { format: format as ReportFormat, target, iterations, seed, reading },
            output,
            context.signal,
          );
    }
    default:
      return templateCommand(file, values.force === true, output);
  }
}

const NUMBER_OPTIONS = ['--target', '--change', '--iterations', '-n', '--seed'];

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
