/**
 * What a bench run says while it runs (on stderr, so the report on stdout stays a clean table):
 * each case as it starts, and as it ends with its figure and how long it took. A run of several
 * minutes shows where it is.
 */
export type Progress = {
  /** Runs one case, announcing it; `figure` words the result for the line that ends it. */
  measure<T>(name: string, work: () => T | Promise<T>, figure: (result: T) => string): Promise<T>;
};

export function progressFor(section: string, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Progress {
  return {
    async measure(name, work, figure) {
      write(`▶ ${section} · ${name}`);
      const start = performance.now();
      const result = await work();
      write(`✓ ${section} · ${name} — ${figure(result)} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
      return result;
    },
  };
}

/** "1.23 ms vs 2.46 ms bare (0.50×)": the line that ends a case measured against a bare baseline. */
export const against = (ours: number, bare: number, fmt: (ms: number) => string, unit = 'ms') => `${fmt(ours)} ${unit} vs ${fmt(bare)} ${unit} bare (${(ours / bare).toFixed(2)}×)`;
