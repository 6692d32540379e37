/** Timing helpers: the median of repeated runs after a warm-up, in milliseconds. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Fast functions are run in batches long enough (≥ 5 ms) for the clock to resolve them. */
const MIN_SAMPLE_MS = 5;

export function time<T>(fn: () => T, runs: number, warmup = Math.min(3, runs)): { ms: number; result: T } {
  let result = fn();
  for (let i = 1; i < warmup; i++) result = fn();
  let batch = 1;
  for (let start = performance.now(); performance.now() - start < MIN_SAMPLE_MS && batch < 1 << 16; batch *= 2) {
    for (let i = 0; i < batch; i++) result = fn();
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) result = fn();
    samples.push((performance.now() - start) / batch);
  }
  return { ms: median(samples), result };
}

export const fmt = (ms: number) => (ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
