/**
 * Shortest paths between two nodes, ignoring edge direction (a relation links its ends either
 * way for "how is X connected to Y"), inside the kept subgraph when one is given.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { Kept } from './filter';

export type PathResult = {
  /** Each path as its edges in order from `from` to `to`. */
  paths: string[][];
  /** The number of relations on each shortest path, or null when the two are not connected. */
  length: number | null;
};

type Step = { prev: string; edge: string };

export function shortestPaths(graph: KnowledgeGraph, from: string, to: string, kept: Kept | null = null, maxPaths = 10): PathResult {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return { paths: [], length: null };
  if (kept && (!kept.nodes.has(from) || !kept.nodes.has(to))) return { paths: [], length: null };
  if (from === to) return { paths: [[]], length: 0 };

  const depth = new Map<string, number>([[from, 0]]);
  const steps = new Map<string, Step[]>();
  let frontier = [from];
  while (frontier.length > 0 && !depth.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      const d = depth.get(node) as number;
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (kept && !kept.edges.has(edge)) return;
        const other = source === node ? target : source;
        const seen = depth.get(other);
        if (seen === undefined) {
          depth.set(other, d + 1);
          next.push(other);
        }
        if ((seen ?? d + 1) === d + 1) {
          const list = steps.get(other) ?? [];
          list.push({ prev: node, edge });
          steps.set(other, list);
        }
      });
    }
    frontier = next;
  }
  const length = depth.get(to);
  if (length === undefined) return { paths: [], length: null };

  const paths: string[][] = [];
  const unwind = (node: string, suffix: string[]): void => {
    if (paths.length >= maxPaths) return;
    if (node === from) {
      paths.push(suffix);
      return;
    }
    for (const step of steps.get(node) ?? []) unwind(step.prev, [step.edge, ...suffix]);
  };
  unwind(to, []);
  return { paths, length };
}
