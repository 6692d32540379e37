/**
 * One import worker started ahead, once the page is idle after loading and after each import:
 * loading the worker's code (the file readers, the checks, the layout) would otherwise come
 * first in every import. Never during an import, which has the machine's cores to itself.
 */
const spawn = () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

/** At the latest this long after being asked, even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 2000;

export class SpareWorker {
  private spare: Worker | null = null;
  private failed = false;
  private pending: number | null = null;

  /** The waiting worker if it loaded, else a new one (whose failure the import then reports). */
  take(): Worker {
    this.cancel();
    const worker = this.spare && !this.failed ? this.spare : spawn();
    if (this.spare !== worker) this.spare?.terminate();
    this.spare = null;
    return worker;
  }

  prepare(): void {
    if (this.spare || this.pending !== null) return;
    this.pending = requestIdleCallback(
      () => {
        this.pending = null;
        this.failed = false;
        const worker = spawn();
        // An error before the worker is taken would be lost: remember it, and take() starts afresh.
        worker.addEventListener('error', () => void (this.spare === worker && (this.failed = true)), { once: true });
        this.spare = worker;
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  }

  dispose(): void {
    this.cancel();
    this.spare?.terminate();
    this.spare = null;
  }

  private cancel(): void {
    if (this.pending !== null) cancelIdleCallback(this.pending);
    this.pending = null;
  }
}
