/** The shipped graph, loaded once per test file through the same pipeline as `kg build`. */
import { basename, join } from 'node:path';
import { loadGraph } from '../../src/cli/loadGraph';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const GRAPH_DATA = join(REPO_ROOT, 'graph-data');
export const SHARED = join(REPO_ROOT, '..', 'shared');

/**
 * Whether a file of graph-data belongs in a test's copy of it: not the lock a reading command holds
 * for a moment beside it (a test running at the same time would have the copy fail on a file that vanished).
 */
export const notLock = (src: string) => !basename(src).startsWith('.kg.lock');

export function loadShipped() {
  const loaded = loadGraph(GRAPH_DATA);
  if (!loaded.ok) throw new Error(`shipped graph-data does not validate:\n${loaded.errors.join('\n')}`);
  return loaded;
}
