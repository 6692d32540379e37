/** Counts that describe a graph: by kind, by predicate, by source, and its connected components. */
import { connectedComponents } from 'graphology-components';
import type { KnowledgeGraph } from '../model/graph';

export type GraphStats = {
  nodes: number;
  edges: number;
  inferredEdges: number;
  byKind: Record<string, number>;
  byPredicate: Record<string, number>;
  /** Per source: edges with evidence from it, and nodes those edges touch. */
  bySource: Record<string, { nodes: number; edges: number }>;
  /** Sizes of the connected components (ignoring direction), largest first. */
  components: number[];
};

/** Counted in Maps: the keys are ids, and an id may be a name plain objects already have ("constructor"). */
function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function graphStats(graph: KnowledgeGraph): GraphStats {
  const byKind = new Map<string, number>();
  const byPredicate = new Map<string, number>();
  const sourceNodes = new Map<string, Set<string>>();
  const sourceEdges = new Map<string, number>();
  let inferredEdges = 0;
  graph.forEachNode((_node, attrs) => increment(byKind, attrs.kind));
  graph.forEachEdge((_edge, attrs, source, target) => {
    increment(byPredicate, attrs.predicate);
    if (attrs.inferred) inferredEdges += 1;
    for (const id of new Set(attrs.evidence.map((e) => e.source))) {
      increment(sourceEdges, id);
      const nodes = sourceNodes.get(id) ?? new Set<string>();
      nodes.add(source).add(target);
      sourceNodes.set(id, nodes);
    }
  });
  // Object.fromEntries defines own properties, so even "__proto__" becomes a plain key.
  const bySource = Object.fromEntries([...sourceEdges].map(([id, edges]) => [id, { nodes: sourceNodes.get(id)?.size ?? 0, edges }]));
  const components = connectedComponents(graph)
    .map((c) => c.length)
    .sort((a, b) => b - a);
  return { nodes: graph.order, edges: graph.size, inferredEdges, byKind: Object.fromEntries(byKind), byPredicate: Object.fromEntries(byPredicate), bySource, components };
}
