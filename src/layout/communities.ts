/**
 * Communities found in a graph's links (Louvain, graphology-communities-louvain), for a file that
 * brings no kinds to colour its nodes by: what Gephi users expect of a plain network. Seeded, so
 * the same file gives the same communities every time; numbered from the largest down, each named
 * after its best-connected node.
 */
import louvain from 'graphology-communities-louvain';
import type { KnowledgeGraph } from '../model/graph';

export type Community = { size: number; hub: string };
export type Communities = {
  /** Each node's community, as its index in `list`. */
  of: Map<string, number>;
  /** From the largest community down. */
  list: Community[];
};

/** mulberry32, a tiny seedable generator: Louvain visits nodes in a random order, and a fixed seed makes it the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function detectCommunities(graph: KnowledgeGraph): Communities {
  const found = graph.size > 0 ? louvain(graph, { getEdgeWeight: null, rng: seededRandom(1) }) : {};
  const groups = new Map<number, { nodes: number; hub: string; degree: number }>();
  graph.forEachNode((node) => {
    const id = found[node] ?? -1;
    const degree = graph.degree(node);
    const group = groups.get(id);
    if (!group) groups.set(id, { nodes: 1, hub: node, degree });
    else {
      group.nodes += 1;
      if (degree > group.degree) Object.assign(group, { hub: node, degree });
    }
  });
  const ranked = [...groups.entries()].sort((a, b) => b[1].nodes - a[1].nodes || a[0] - b[0]);
  const index = new Map(ranked.map(([id], i) => [id, i]));
  const of = new Map<string, number>();
  graph.forEachNode((node) => of.set(node, index.get(found[node] ?? -1) ?? 0));
  return { of, list: ranked.map(([, g]) => ({ size: g.nodes, hub: g.hub })) };
}
