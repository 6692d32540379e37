/** What every command shares: where it prints, how it loads graph-data. */
import { loadGraph, type Loaded } from './loadGraph';

export type Io = { out: (line: string) => void; err: (line: string) => void };

/** A command: its arguments (after the command's name) in, an exit code out. */
export type Command = { usage: string; run: (args: string[], io: Io) => number };

export const DATA_OPTION = { data: { type: 'string', default: 'graph-data' } } as const;

export function loadOrReport(dataDir: string, io: Io): Extract<Loaded, { ok: true }> | undefined {
  const loaded = loadGraph(dataDir);
  if (loaded.ok) return loaded;
  loaded.errors.forEach((line) => io.err(line));
  io.err(`${loaded.errors.length} error(s) in ${dataDir}`);
  return undefined;
}
