/**
 * The node discs on screen, for the label placement to keep clear of: read from sigma's display
 * data (after the reducers, so hidden nodes are left out) and moved to the viewport by the
 * camera's transform, taken once per frame rather than computed per node.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { Disc } from './labelPlacement';

/**
 * Specks this small are not worth keeping a label off: on a large graph they are everywhere, and
 * a name written over them (with its white outline) still reads; the hubs among them do not.
 */
const MIN_RADIUS = 2.5;
const MARGIN = 20;

/** Nodes from the largest down, computed once per graph: a frame stops at the first too small to matter. */
const bySize = new WeakMap<Graph, string[]>();

function largestFirst(graph: Graph): string[] {
  let keys = bySize.get(graph);
  if (!keys) {
    const size = (n: string) => Number(graph.getNodeAttribute(n, 'size')) || 0;
    keys = graph.nodes().sort((a, b) => size(b) - size(a));
    bySize.set(graph, keys);
  }
  return keys;
}

export function visibleDiscs(sigma: Sigma): Disc[] {
  const { width, height } = sigma.getDimensions();
  const origin = sigma.framedGraphToViewport({ x: 0, y: 0 });
  const ex = sigma.framedGraphToViewport({ x: 1, y: 0 });
  const ey = sigma.framedGraphToViewport({ x: 0, y: 1 });
  const scale = sigma.scaleSize(1);
  const discs: Disc[] = [];
  for (const key of largestFirst(sigma.getGraph())) {
    const data = sigma.getNodeDisplayData(key);
    if (!data) continue;
    const r = data.size * scale;
    if (r < MIN_RADIUS) break;
    if (data.hidden) continue;
    const x = origin.x + (ex.x - origin.x) * data.x + (ey.x - origin.x) * data.y;
    const y = origin.y + (ex.y - origin.y) * data.x + (ey.y - origin.y) * data.y;
    if (x + r < -MARGIN || y + r < -MARGIN || x - r > width + MARGIN || y - r > height + MARGIN) continue;
    discs.push({ x, y, r, key });
  }
  return discs;
}
