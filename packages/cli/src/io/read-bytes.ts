import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { CliError, EXIT } from '../errors.js';
import { LIMITS, overLimit } from './limits.js';

/**
 * Reads a file's bytes: only a regular file (a link to one is fine), and at
 * most `limit` bytes. A device such as /dev/zero, a pipe or a socket is
 * refused before anything is read from it.
 *
 * @param file - the file as the user named it
 * @param limit - the most bytes accepted (default {@link LIMITS}.bytes)
 * @returns the file's bytes
 * @throws CliError: exit 3 for a missing file, 4 for anything else that cannot be read
 */
export async function readBytes(file: string, limit: number = LIMITS.bytes): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    // Non-blocking, so that opening a pipe with no writer does not wait forever
    // (it has no effect on regular files); fstat then describes what was opened.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (info.isDirectory()) throw new CliError(`${file} is a folder, not a file`, EXIT.unreadable);
    if (!info.isFile()) {
      throw new CliError(
        `${file} is not a file saved on disk (it is a device, a pipe or a socket); sroi reads only regular files`,
        EXIT.unreadable,
      );
    }
    if (info.size > limit) throw overLimit(file, 'bytes');
    return await readUpTo(handle, info.size, limit, file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw inWords(error, file);
  } finally {
    await handle?.close();
  }
}

/** Reads to the end, stopping once past `limit`: a file may grow, or report size 0 and have content. */
async function readUpTo(handle: FileHandle, size: number, limit: number, file: string): Promise<Uint8Array> {
  let buffer = new Uint8Array(Math.min(size, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) throw overLimit(file, 'bytes');
      const larger = new Uint8Array(Math.min(buffer.length * 2, limit + 1));
      larger.set(buffer);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}

/** A file system error in words, without Node's error codes. */
function inWords(error: unknown, file: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError(`${file}: no such file`, EXIT.missing);
  const why: Record<string, string> = {
    ELOOP: 'it is a link that loops back on itself',
    EISDIR: 'it is a folder',
    EIO: 'the disk reported an error',
    EAGAIN: 'it is not ready to be read (not a regular file)',
  };
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`${file}: permission denied`, EXIT.unreadable);
  const reason = (code === undefined ? undefined : why[code]) ?? `the system reported ${code ?? 'an error'}`;
  return new CliError(`${file} could not be read: ${reason}`, EXIT.unreadable);
}
