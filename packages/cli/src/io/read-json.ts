import { CliError, EXIT } from '../errors.js';

/**
 * Parses a JSON file's bytes (UTF-8, with or without a byte order mark).
 *
 * @param bytes - the file's bytes, already read within the limits
 * @param file - the file as the user named it, for messages
 * @returns whatever the file holds, for a model's own checks
 * @throws CliError (exit 4) for a file that is not valid JSON
 * @example
 * readJson(new TextEncoder().encode('{"name":"x"}'), 'tender.json'); //=> { name: 'x' }
 */
export function readJson(bytes: Uint8Array, file: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`, EXIT.unreadable);
  }
}
