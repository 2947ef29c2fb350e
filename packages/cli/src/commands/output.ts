/** Where a command writes: stdout for results, stderr for problems and progress. */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Lists problems on stderr, one per line, with a count. */
export function reportProblems(output: Output, file: string, problems: readonly string[]): void {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  output.err(`sroi: ${file} has ${count}:\n${problems.map((problem) => `  ${problem}`).join('\n')}\n`);
}
