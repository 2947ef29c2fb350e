import { main } from '@sroi/cli';

// Progress appears after a second by default; tests that expect none must not
// depend on the machine's speed, so they run with a threshold no test reaches.
// Tests of progress set their own (0).
process.env['SROI_PROGRESS_AFTER_MS'] ??= '600000';

/** Runs the command line in-process and collects what it writes. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

/** Runs `body` with progress shown after `milliseconds` ("0": at once), then restores the setting. */
export async function withProgressAfter<T>(milliseconds: string, body: () => Promise<T>): Promise<T> {
  const before = process.env['SROI_PROGRESS_AFTER_MS'];
  process.env['SROI_PROGRESS_AFTER_MS'] = milliseconds;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env['SROI_PROGRESS_AFTER_MS'];
    else process.env['SROI_PROGRESS_AFTER_MS'] = before;
  }
}
