import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT, type ExitCode } from '../errors.js';

/** Set once the run is cancelled (Ctrl-C, SIGTERM): no file is written after that. */
let cancelled: ExitCode | undefined;

/**
 * Writes a file whole or not at all: the bytes go to a new file beside it,
 * which then replaces it in one step, so that a failure half-way (a full disk,
 * Ctrl-C) never leaves a damaged file, nor destroys the one being replaced.
 *
 * The temporary file is created, filled, flushed to disk and renamed in one
 * synchronous step: a signal's handler runs before it (nothing is on disk yet)
 * or after it (the file is complete), never in between, so no temporary file
 * is ever left behind. A link is written through: the file it points to is
 * replaced, and keeps its permissions.
 *
 * @param file - the file to write, as the user named it
 * @param bytes - everything it will hold
 * @throws CliError (exit 5) saying why the file cannot be written; (exit 130 or 143) when the run was cancelled
 */
export async function writeWhole(file: string, bytes: Uint8Array | string): Promise<void> {
  // Async for its callers' sake, and so that a signal that arrived while the bytes were built is handled first.
  await new Promise((resolve) => setImmediate(resolve));
  if (cancelled !== undefined) throw new CliError(`${file} was not written: the run was cancelled`, cancelled);
  const target = realTarget(file);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const descriptor = openSync(temporary, 'wx', modeOf(target));
    created = true;
    try {
      const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
      for (let written = 0; written < data.byteLength;)
        written += writeSync(descriptor, data, written, data.byteLength - written);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, target);
  } catch (error) {
    if (created) removeQuietly(temporary);
    throw new CliError(`cannot write ${file}: ${whyUnwritable(error)}`, EXIT.unwritable);
  }
}

/**
 * Stops every later {@link writeWhole}: called when the run is cancelled, so
 * that a command that goes on to its end (to say how far it got) writes nothing.
 *
 * @param code - the exit code of the cancellation: 130 (Ctrl-C) or 143 (SIGTERM)
 */
export function cancelWrites(code: ExitCode): void {
  cancelled ??= code;
}

/** The file a link points to (so that the link is kept and the file replaced), or the name as given. */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The permissions of the file being replaced, kept by its replacement; a new file's are the usual ones. */
function modeOf(file: string): number {
  try {
    return statSync(file).mode & 0o777;
  } catch {
    return 0o666;
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or its folder went with it: nothing is left to remove.
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
  if (code === 'EDQUOT') return 'the disk quota is used up';
  if (code === 'EFBIG') return 'the file is larger than the disk allows';
  return error instanceof Error ? error.message : String(error);
}
