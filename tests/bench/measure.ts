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

/**
 * Two functions timed in alternating batches, so that both meet the same garbage-collector
 * and JIT weather; each side's median per call, in milliseconds.
 */
export function compare<A, B>(a: () => A, b: () => B, runs: number): { a: { ms: number; result: A }; b: { ms: number; result: B } } {
  const first = time(a, 1);
  const second = time(b, 1);
  const batchOf = (ms: number) => Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(ms, 1e-6)));
  const batchA = batchOf(first.ms);
  const batchB = batchOf(second.ms);
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    for (let j = 0; j < batchA; j++) a();
    samplesA.push((performance.now() - start) / batchA);
    start = performance.now();
    for (let j = 0; j < batchB; j++) b();
    samplesB.push((performance.now() - start) / batchB);
  }
  return { a: { ms: median(samplesA), result: first.result }, b: { ms: median(samplesB), result: second.result } };
}
