/**
 * One import worker started ahead, when the page is idle: loading the worker's code (the file
 * readers, the checks, the layout) would otherwise come first in every import.
 */
const spawn = () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

const IDLE_DELAY_MS = 1000;

export class SpareWorker {
  private spare: Worker | null = null;
  private timer: number | undefined;

  /** The waiting worker, or a new one; another is prepared for the next import. */
  take(): Worker {
    const worker = this.spare ?? spawn();
    this.spare = null;
    this.prepare();
    return worker;
  }

  prepare(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => (this.spare ??= spawn()), IDLE_DELAY_MS);
  }

  dispose(): void {
    window.clearTimeout(this.timer);
    this.spare?.terminate();
    this.spare = null;
  }
}
