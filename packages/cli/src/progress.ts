/**
 * Progress on stderr for long runs only: nothing is shown for a run that
 * finishes within `afterMs` (default one second; the environment variable
 * SROI_PROGRESS_AFTER_MS changes it), then each stage is shown as it starts,
 * and a counted stage (Monte Carlo iterations) as a bar: redrawn in place on
 * a terminal, one line per tenth of the run otherwise, so a log stays readable.
 */
export class Progress {
  private readonly started = Date.now();
  private current: string | null = null;
  private shown = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  /** On a terminal, whether the bar's line is open (the cursor is after it). */
  private barOpen = false;
  private barDrawnAt = 0;
  private barTenth = -1;

  constructor(
    private readonly write: (text: string) => void,
    private readonly afterMs = Number(process.env['SROI_PROGRESS_AFTER_MS'] ?? 1000),
    private readonly isTTY = false,
  ) {
    // Fires while an asynchronous stage (reading a file) is still running.
    this.timer = setTimeout(() => this.showCurrent(), this.afterMs);
    this.timer.unref();
  }

  /** Starts a stage, e.g. "evaluating 10,000 outcomes". */
  stage(message: string): void {
    this.current = message;
    if (this.shown || Date.now() - this.started >= this.afterMs) this.showCurrent();
  }

  /** Shows `done` of `total` as a bar, e.g. "sroi: Monte Carlo [####....]  45% (4,500 of 10,000 iterations)". */
  count(label: string, done: number, total: number): void {
    const now = Date.now();
    if (now - this.started < this.afterMs) return;
    this.current = null;
    this.shown = true;
    if (this.isTTY) {
      // Ten frames a second are plenty, and the last frame is always drawn.
      if (this.barOpen && now - this.barDrawnAt < 100 && done < total) return;
      this.barDrawnAt = now;
      this.barOpen = true;
      this.write(`\r${bar(label, done, total)}\x1b[K`);
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth === this.barTenth) return;
    this.barTenth = tenth;
    this.write(`${bar(label, done, total)}\n`);
  }

  /** Ends progress without a time, for a run that was cancelled: clears an unfinished bar from the terminal, so that a message can take its line. */
  cancel(): void {
    clearTimeout(this.timer);
    this.shown = false;
    if (!this.barOpen) return;
    this.write('\r\x1b[K');
    this.barOpen = false;
  }

  /** Ends progress: says how long it took, if anything was shown. */
  done(): void {
    clearTimeout(this.timer);
    this.closeBar();
    if (this.shown) this.write(`sroi: done in ${((Date.now() - this.started) / 1000).toFixed(1)} s\n`);
  }

  private closeBar(): void {
    if (!this.barOpen) return;
    this.write('\n');
    this.barOpen = false;
  }

  private showCurrent(): void {
    if (this.current === null) return;
    this.closeBar();
    this.shown = true;
    this.write(`sroi: ${this.current}...\n`);
    this.current = null;
  }
}

const WIDTH = 30;

/**
 * One frame of the bar.
 *
 * @example
 * ```ts
 * bar('Monte Carlo', 4500, 10000);
 * //=> 'sroi: Monte Carlo [##############................]  45% (4,500 of 10,000 iterations)'
 * ```
 */
export function bar(label: string, done: number, total: number): string {
  const filled = Math.round((done / total) * WIDTH);
  const percent = `${Math.floor((done / total) * 100)}%`.padStart(4);
  return (
    `sroi: ${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent} ` +
    `(${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} iterations)`
  );
}
