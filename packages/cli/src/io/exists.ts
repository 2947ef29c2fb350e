import { access } from 'node:fs/promises';

/** Whether a file is there, so a command can refuse to replace it without --force. */
export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
