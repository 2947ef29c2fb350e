import { resolve } from 'node:path';
import { CliError, EXIT } from '../errors.js';
import { exists } from '../io/exists.js';

/**
 * Checks an `--out` file before any work: it must not be a file being read,
 * and an existing file is kept unless `--force` is given.
 *
 * @param out - the --out file, when given
 * @param reads - the files the command reads
 * @param force - whether --force was given
 * @param doing - what the command does with its own file (the first of `reads`): "evaluated", "scored"
 * @throws CliError (exit 2) naming the clash
 */
export async function checkOut(
  out: string | undefined,
  reads: readonly (string | undefined)[],
  force: boolean,
  doing = 'evaluated',
): Promise<void> {
  if (out === undefined) return;
  const read = reads.find((file) => file !== undefined && resolve(file) === resolve(out));
  if (read !== undefined) {
    throw new CliError(
      `--out ${out} is the file being ${read === reads[0] ? doing : 'read'}; choose another name so it is not overwritten`,
      EXIT.usage,
    );
  }
  if (!force && (await exists(out))) throw new CliError(`${out} already exists; use --force to replace it`, EXIT.usage);
}
