import { CellError } from '../errors/cell-error.js';

/** How many problems one cell's message lists before "and n more". */
const SHOWN_PROBLEMS = 3;
/** Excel shows about this many characters of a message; fewer problems are listed rather than cut off. */
const MESSAGE_ROOM = 240;

/**
 * Problems as one message, so that a cell shows every problem at once: the
 * first few, as many as fit, then how many more there are.
 *
 * @example
 * ```ts
 * listProblems(['a is wrong', 'b is wrong', 'c is wrong', 'd is wrong']);
 * //=> 'a is wrong; b is wrong; c is wrong; and 1 more'
 * ```
 */
export function listProblems(problems: readonly string[]): string {
  const shown: string[] = [];
  for (const problem of problems.slice(0, SHOWN_PROBLEMS)) {
    if (shown.length > 0 && [...shown, problem].join('; ').length > MESSAGE_ROOM) break;
    shown.push(problem);
  }
  const more = problems.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * The problems found reading a function's arguments, so that every argument
 * is read and the cell shows every problem at once, not only the first.
 *
 * @example
 * ```ts
 * const problems = new Problems();
 * const price = problems.read(() => readPrice(value));
 * const weight = problems.read(() => readWeight(given, 'weight'));
 * problems.throwAny(); // one problem keeps its own error (#N/A for a missing value); several are one #VALUE!
 * ```
 */
export class Problems {
  private readonly found: CellError[] = [];

  /** Records a problem with an argument (`#VALUE!`). */
  add(message: string): void {
    this.found.push(new CellError('value', message));
  }

  /**
   * Runs one reading and records its `CellError` instead of stopping. Any
   * other error (a bug) is thrown on.
   *
   * @returns what the reading returned, or undefined when it failed
   */
  read<T>(reading: () => T): T | undefined {
    try {
      return reading();
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      this.found.push(error);
      return undefined;
    }
  }

  /**
   * Throws what was found: one problem as it is (so a missing value stays
   * `#N/A`), several listed in one `#VALUE!`; nothing when all was well.
   *
   * @throws CellError
   */
  throwAny(): void {
    const [first] = this.found;
    if (first === undefined) return;
    if (this.found.length === 1) throw first;
    throw new CellError('value', listProblems(this.found.map((problem) => problem.message)));
  }
}

/**
 * Reads every argument, each with its own reading, then throws every problem
 * at once (see {@link Problems.throwAny}), or returns every value.
 *
 * @example
 * ```ts
 * const { bid, weight } = readArguments({
 *   bid: () => readPrice(price),
 *   weight: () => readWeight(given, 'weight'),
 * });
 * ```
 */
export function readArguments<T extends object>(readings: { readonly [K in keyof T]: () => T[K] }): T {
  const problems = new Problems();
  const values = {} as T;
  for (const key of Object.keys(readings) as (keyof T)[]) values[key] = problems.read(readings[key]) as T[keyof T];
  problems.throwAny();
  return values;
}
