/**
 * Positions for an imported graph that came without them, computed in the import worker
 * before the page sees the graph: degree sizes, a sunflower start (even density at any size,
 * unlike a circle), then as many ForceAtlas2 iterations as fit in a time budget.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { sizeForDegree } from './forceLayout';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const MAX_ITERATIONS = 300;

export function sunflowerStart(graph: Graph): void {
  let i = 0;
  graph.forEachNode((node) => {
    const r = 10 * Math.sqrt(i + 0.5);
    const angle = i * GOLDEN_ANGLE;
    i += 1;
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle), size: sizeForDegree(graph.degree(node)) });
  });
}

/** Lays the graph out within about `budgetMs` (one iteration is timed to size the rest). */
export function layoutWithinBudget(graph: Graph, budgetMs: number, now: () => number = () => performance.now()): number {
  sunflowerStart(graph);
  if (graph.size === 0) return 0;
  const settings = { ...forceAtlas2.inferSettings(graph), linLogMode: false };
  const start = now();
  forceAtlas2.assign(graph, { iterations: 1, settings });
  const perIteration = Math.max(now() - start, 0.01);
  const more = Math.min(MAX_ITERATIONS - 1, Math.floor((budgetMs - perIteration) / perIteration));
  if (more > 0) forceAtlas2.assign(graph, { iterations: more, settings });
  return 1 + Math.max(more, 0);
}
