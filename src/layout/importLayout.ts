/**
 * Positions for an imported graph that came without them, computed in the import worker
 * before the page sees the graph: degree sizes, a sunflower start (even density at any size,
 * unlike a circle) — or, when its communities are known, one small sunflower per community, so
 * that a large graph reads as its groups from the first frame — then as many ForceAtlas2
 * iterations as fit in a time budget.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Communities } from './communities';
import { sizeForDegree } from './forceLayout';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const MAX_ITERATIONS = 300;

const sunflower = (i: number, spacing = 10) => {
  const r = spacing * Math.sqrt(i + 0.5);
  return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
};

export function sunflowerStart(graph: Graph): void {
  let i = 0;
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { ...sunflower(i++), size: sizeForDegree(graph.degree(node)) }));
}

/** Each community a sunflower of its own, the largest in the middle, the others spiralling out with room between them. */
export function communityStart(graph: Graph, communities: Communities): void {
  let before = 0;
  const centres = communities.list.map((community, c) => {
    const centre = sunflower(c === 0 ? 0 : before + community.size / 2, 14);
    before += community.size;
    return centre;
  });
  const placed = communities.list.map(() => 0);
  graph.forEachNode((node) => {
    const c = communities.of.get(node) ?? 0;
    const j = placed[c] ?? 0;
    placed[c] = j + 1;
    const local = sunflower(j);
    const centre = centres[c] ?? { x: 0, y: 0 };
    graph.mergeNodeAttributes(node, { x: centre.x + local.x, y: centre.y + local.y, size: sizeForDegree(graph.degree(node)) });
  });
}

/** Lays the graph out within about `budgetMs` (one iteration is timed to size the rest). */
export function layoutWithinBudget(graph: Graph, budgetMs: number, now: () => number = () => performance.now(), communities?: Communities): number {
  if (communities) communityStart(graph, communities);
  else sunflowerStart(graph);
  if (graph.size === 0) return 0;
  const settings = { ...forceAtlas2.inferSettings(graph), linLogMode: false };
  const start = now();
  forceAtlas2.assign(graph, { iterations: 1, settings });
  const perIteration = Math.max(now() - start, 0.01);
  const more = Math.min(MAX_ITERATIONS - 1, Math.floor((budgetMs - perIteration) / perIteration));
  if (more > 0) forceAtlas2.assign(graph, { iterations: more, settings });
  return 1 + Math.max(more, 0);
}
