/**
 * Exit codes of `sroi`, one meaning each, so scripts can tell them apart.
 */
export const EXIT = {
  /** Done; for `validate`, no problems. */
  ok: 0,
  /** The file was read but the evaluation has problems (including no impact map or an empty one). */
  problems: 1,
  /** The command line is wrong (unknown command or option). */
  usage: 2,
  /** The file does not exist. */
  missing: 3,
  /** The file exists but cannot be read: not a workbook, damaged, or password-protected. */
  unreadable: 4,
  /** The output file (--out, template) cannot be written: no such folder, no permission, a full disk. */
  unwritable: 5,
  /** Something sroi did not expect went wrong: a fault in sroi, to report with the message and the command. */
  unexpected: 70,
  /** The run was cancelled (Ctrl-C), as shells report a command ended by SIGINT (128 + 2). */
  cancelled: 130,
  /** The run was stopped by SIGTERM (128 + 15), as by `kill` or a CI job's timeout. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one message and an exit code, without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}
