#!/usr/bin/env node
// The `sroi` executable: everything else lives in main.ts, which tests call directly.
// Here are what only a real process has: signals, closed pipes, and errors nobody expected.
import { EXIT, type ExitCode } from './errors.js';
import { cancelWrites } from './io/write-whole.js';
import { main } from './main.js';

const cancel = new AbortController();
/** Set when a command that handles Ctrl-C itself (montecarlo) was left to stop on its own. */
let leftToStop = false;
/** Set when stdout could not take the output (a full disk under `> file`): the run did not deliver it. */
let outputLost = false;
const closed = new Set<NodeJS.WriteStream>();

/**
 * Ctrl-C (SIGINT: exit 130) or SIGTERM (exit 143). No file is written after
 * it; a file being written is either complete or not there (see writeWhole).
 * montecarlo listens for Ctrl-C itself, to say how far it got: it is left to
 * stop; a second Ctrl-C ends the run at once.
 */
function stop(signal: 'SIGINT' | 'SIGTERM'): void {
  const code = signal === 'SIGINT' ? EXIT.cancelled : EXIT.terminated;
  cancelWrites(code);
  cancel.abort();
  if (!leftToStop && process.listenerCount(signal) > 1) {
    leftToStop = true;
    return;
  }
  // On a terminal, a progress bar may be open on the line: clear it first.
  const clear = process.stderr.isTTY === true ? '\r\x1b[K' : '';
  write(process.stderr, `${clear}sroi: ${signal === 'SIGINT' ? 'cancelled (Ctrl-C)' : 'stopped (SIGTERM)'}\n`);
  process.exit(code);
}

/**
 * A reader that stops early (`sroi … | head`) closes the pipe: what is left
 * is not wanted, so it is dropped without a word, and the command ends as it
 * would have (exit 0 when done), as most tools do. Any other failure of
 * stdout loses output the user asked for: it is said, with exit code 5.
 */
function onStreamError(stream: NodeJS.WriteStream, error: NodeJS.ErrnoException): void {
  closed.add(stream);
  if (error.code === 'EPIPE' || stream === process.stderr) return;
  outputLost = true;
  // The command may have ended already, with its own code: the output it printed is still incomplete.
  if (process.exitCode === undefined || process.exitCode === EXIT.ok) process.exitCode = EXIT.unwritable;
  const why = error.code === 'ENOSPC' ? 'the disk is full' : error.message;
  write(process.stderr, `sroi: the output could not be written in full: ${why}\n`);
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (closed.has(stream)) return;
  try {
    stream.write(text);
  } catch (error) {
    onStreamError(stream, error as NodeJS.ErrnoException);
  }
}

/** An error sroi did not expect: a fault to report, with what the maintainers need to find it. */
function unexpected(error: unknown): ExitCode {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  write(
    process.stderr,
    'sroi: an unexpected error (exit code 70): please report it to the maintainers of sroi with this message, ' +
      'the command you ran, your version (sroi --version) and, if you can share it, the file ' +
      '(or a copy with the names changed):\n' +
      `${detail}\n`,
  );
  return EXIT.unexpected;
}

for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => onStreamError(stream, error));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

main(
  process.argv.slice(2),
  {
    out: (text) => write(process.stdout, text),
    err: (text) => write(process.stderr, text),
    errIsTTY: process.stderr.isTTY === true,
  },
  { signal: cancel.signal },
).then(
  (code) => {
    process.exitCode = outputLost && code === EXIT.ok ? EXIT.unwritable : code;
  },
  (error: unknown) => {
    process.exitCode = unexpected(error);
  },
);
