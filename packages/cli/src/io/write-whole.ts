import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT } from '../errors.js';

/**
 * Writes a file whole or not at all: the bytes go to a new file beside it,
 * which then replaces it in one step, so that a failure half-way (a full disk,
 * Ctrl-C) never leaves a damaged file, nor destroys the one being replaced.
 *
 * @param file - the file to write, as the user named it
 * @param bytes - everything it will hold
 * @throws CliError (exit 5) saying why the file cannot be written
 */
export async function writeWhole(file: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError(`cannot write ${file}: ${whyUnwritable(error)}`, EXIT.unwritable);
  }
}

/** A file system error in words, without a stack trace. */
export function whyUnwritable(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}
