/** Runs the `kg` command in-process, capturing what it prints. */
import { main } from '../../src/cli/kg';

export function runKg(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
