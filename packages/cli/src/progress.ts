/**
 * Progress on stderr for long runs only: nothing is shown for a run that
 * finishes within `afterMs` (default one second; the environment variable
 * SROI_PROGRESS_AFTER_MS changes it), then each stage is shown as it starts.
 */
export class Progress {
  private readonly started = Date.now();
  private current: string | null = null;
  private shown = false;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    private readonly write: (text: string) => void,
    private readonly afterMs = Number(process.env['SROI_PROGRESS_AFTER_MS'] ?? 1000),
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

  /** Ends progress: says how long it took, if anything was shown. */
  done(): void {
    clearTimeout(this.timer);
    if (this.shown) this.write(`sroi: done in ${((Date.now() - this.started) / 1000).toFixed(1)} s\n`);
  }

  private showCurrent(): void {
    if (this.current === null) return;
    this.shown = true;
    this.write(`sroi: ${this.current}...\n`);
    this.current = null;
  }
}
