/** The shipped graph, loaded once per test file through the same pipeline as `kg build`. */
import { join } from 'node:path';
import { loadGraph } from '../../src/cli/loadGraph';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const GRAPH_DATA = join(REPO_ROOT, 'graph-data');
export const SHARED = join(REPO_ROOT, '..', 'shared');

export function loadShipped() {
  const loaded = loadGraph(GRAPH_DATA);
  if (!loaded.ok) throw new Error(`shipped graph-data does not validate:\n${loaded.errors.join('\n')}`);
  return loaded;
}
