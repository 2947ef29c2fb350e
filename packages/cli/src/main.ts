import { parseArgs } from 'node:util';
import { SroiValidationError } from '@sroi/core';
import { evaluateCommand, type ReportFormat } from './commands/evaluate.js';
import type { Output } from './commands/output.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';
import { CliError, EXIT, type ExitCode } from './errors.js';

export const VERSION = '0.1.0';

export const HELP = `sroi ${VERSION}: Social Return on Investment from an impact map

Usage:
  sroi evaluate <file.xlsx|file.csv|file.json> [--format text|json|md] [--out report.xlsx]
  sroi validate <file> [--format text|json]
  sroi template <out.xlsx> [--force]

Commands:
  evaluate   print present value, inputs, NPV, the SROI ratio, net ratio, paybacks,
             and value by stakeholder and by domain; --out writes the evaluation as a
             workbook with live formulas and a Results sheet
  validate   list every problem with its sheet and cell (exit code 1 if any)
  template   write a blank impact-map workbook with an example row

Exit codes:
  0 done   1 the evaluation has problems   2 wrong command line
  3 no such file   4 file cannot be read (not a workbook, damaged, password-protected)

Method: docs/METHOD.md (A Guide to SROI, Cabinet Office 2009; HM Treasury Green Book).
`;

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'md'];

/**
 * Runs the command line and returns the exit code; writes only through `output`.
 *
 * @example
 * ```ts
 * const code = await main(['evaluate', 'examples/social-prescribing.xlsx'], { out: console.log, err: console.error });
 * ```
 */
export async function main(argv: readonly string[], output: Output): Promise<ExitCode> {
  try {
    return await run(argv, output);
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

async function run(argv: readonly string[], output: Output): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
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
  if (values.help === true || command === undefined || command === 'help') {
    output.out(HELP);
    return command === undefined && values.help !== true ? EXIT.usage : EXIT.ok;
  }
  if (!['evaluate', 'validate', 'template'].includes(command)) {
    throw new CliError(
      `unknown command "${command}"; commands are evaluate, validate and template. Run "sroi --help".`,
      EXIT.usage,
    );
  }
  if (file === undefined) throw new CliError(`${command} needs a file: sroi ${command} <file>`, EXIT.usage);
  if (extra.length > 0) throw new CliError(`${command} takes one file; got also ${extra.join(' ')}`, EXIT.usage);
  const format = values.format ?? 'text';

  switch (command) {
    case 'evaluate':
      if (!FORMATS.includes(format as ReportFormat))
        throw new CliError(`--format must be text, json or md; got "${format}"`, EXIT.usage);
      return evaluateCommand(
        file,
        { format: format as ReportFormat, ...(values.out === undefined ? {} : { out: values.out }) },
        output,
      );
    case 'validate':
      if (format !== 'text' && format !== 'json')
        throw new CliError(`--format must be text or json; got "${format}"`, EXIT.usage);
      return validateCommand(file, format, output);
    default:
      return templateCommand(file, values.force === true, output);
  }
}
