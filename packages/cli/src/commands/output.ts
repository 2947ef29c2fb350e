import { safeText } from '../report/safe-text.js';

/** Where a command writes: stdout for results, stderr for problems and progress. */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal, where a progress bar is redrawn in place (default false: one line per step). */
  readonly errIsTTY?: boolean;
}

/**
 * Lists problems on stderr, one per line, with a count. A problem quotes what
 * a cell holds, so each is made safe to print: on one line, with no control
 * character to reach the terminal.
 */
export function reportProblems(output: Output, file: string, problems: readonly string[]): void {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  output.err(
    `sroi: ${safeText(file)} has ${count}:\n${problems.map((problem) => `  ${safeText(problem)}`).join('\n')}\n`,
  );
}
