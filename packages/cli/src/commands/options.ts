import { SroiOptionsError, toDecimal } from '@sroi/core';
import { CliError, EXIT } from '../errors.js';
import { DEFAULT_TOP } from '../report/sensitivity-report.js';

/** Problems with a command's options, each as "--flag: what is wrong and what is valid". */
export type OptionProblems = string[];

// A plain number as people type it: 10000, 10,000, 10_000, 1e6, -3, 0.5.
const NUMBER = /^[+-]?(\d[\d,_]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a number option, or records why it is not one (and returns undefined).
 *
 * @example
 * ```ts
 * readNumber('--iterations', '10,000', 'a whole number from 1 to 10000000', problems); //=> 10000
 * readNumber('--seed', 'abc', 'any number, e.g. 42', problems);                     //=> undefined
 * ```
 */
export function readNumber(
  flag: string,
  text: string | undefined,
  expected: string,
  problems: OptionProblems,
): number | undefined {
  if (text === undefined) return undefined;
  const plain = text.trim();
  if (NUMBER.test(plain)) return Number(plain.replace(/[,_]/g, ''));
  problems.push(`${flag}: ${flag.replace(/^--/, '')} must be ${expected}; got ${JSON.stringify(text)}`);
  return undefined;
}

/** A share option: "0.1", or "10%" for the same. Anything else is passed on for core to report. */
export function readShare(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const percent = /^\s*([+-]?(\d+(\.\d*)?|\.\d+))\s*%\s*$/.exec(text);
  return percent?.[1] === undefined ? text : toDecimal(percent[1]).dividedBy(100).toString();
}

/** Core's option problems, named by the command line's flags (`iterations` becomes `--iterations`). */
export function optionProblemsOf(error: SroiOptionsError): OptionProblems {
  return error.problems.map((problem) => `--${problem.path}: ${problem.message}`);
}

/** A usage error (exit code 2) listing every problem with the options at once, in the order of `flags`. */
export function invalidOptions(command: string, problems: OptionProblems, flags: readonly string[] = []): CliError {
  const rank = (problem: string) => flags.findIndex((flag) => problem.startsWith(`${flag}:`)) >>> 0;
  problems = [...problems].sort((a, b) => rank(a) - rank(b));
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new CliError(
    `${command}: invalid options (${count}):\n${problems.map((problem) => `  ${problem}`).join('\n')}\n` +
      `Run "sroi ${command} --help" for usage.`,
    EXIT.usage,
  );
}

/** --top (sensitivity, report): a whole number of 1 or more, default {@link DEFAULT_TOP}; a problem is recorded, not thrown. */
export function readTop(text: string | undefined, problems: OptionProblems): number {
  const expected = 'a whole number of 1 or more, e.g. 10';
  const before = problems.length;
  const top = readNumber('--top', text, expected, problems);
  if (top === undefined || problems.length > before) return DEFAULT_TOP;
  if (Number.isSafeInteger(top) && top >= 1) return top;
  problems.push(`--top: top must be ${expected}; got ${JSON.stringify(text)}`);
  return DEFAULT_TOP;
}
