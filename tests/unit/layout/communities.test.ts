import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/layout/communities';
import { layoutWithinBudget } from '../../../src/layout/importLayout';
import type { KnowledgeGraph } from '../../../src/model/graph';

/** Three cliques of different sizes, joined by one edge each: three communities anyone would see. */
function cliques(sizes: number[]): KnowledgeGraph {
  const graph = new MultiDirectedGraph();
  let offset = 0;
  sizes.forEach((size) => {
    for (let i = 0; i < size; i++) graph.addNode(`c${offset + i}`, { x: NaN, y: NaN });
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) graph.addEdge(`c${offset + i}`, `c${offset + j}`);
    if (offset > 0) graph.addEdge(`c${offset}`, 'c0');
    offset += size;
  });
  return graph as unknown as KnowledgeGraph;
}

describe('communities of a plain graph', () => {
  it('finds the groups the links make, largest first, each named after its best-connected node', () => {
    const graph = cliques([5, 9, 7]);
    const { of, list } = detectCommunities(graph);
    expect(list.map((c) => c.size)).toEqual([9, 7, 5]);
    // The largest clique's hub is the node that also links to the first clique.
    expect(list[0]?.hub).toBe('c5');
    expect(of.get('c6')).toBe(0);
    expect(of.get('c15')).toBe(1);
    expect(of.get('c1')).toBe(2);
  });

  it('gives the same answer every time (a seeded order)', () => {
    const a = detectCommunities(cliques([6, 6, 6, 6]));
    const b = detectCommunities(cliques([6, 6, 6, 6]));
    expect([...a.of]).toEqual([...b.of]);
  });

  it('starts the layout with each community gathered in one place', () => {
    const graph = cliques([30, 30]);
    const communities = detectCommunities(graph);
    layoutWithinBudget(graph, 0, () => 0, communities);
    const centre = (c: number) => {
      const nodes = graph.filterNodes((n) => communities.of.get(n) === c);
      return [nodes.reduce((s, n) => s + graph.getNodeAttribute(n, 'x'), 0) / nodes.length, nodes.reduce((s, n) => s + graph.getNodeAttribute(n, 'y'), 0) / nodes.length];
    };
    const spread = (c: number) => {
      const [cx = 0, cy = 0] = centre(c);
      return Math.max(...graph.filterNodes((n) => communities.of.get(n) === c).map((n) => Math.hypot(graph.getNodeAttribute(n, 'x') - cx, graph.getNodeAttribute(n, 'y') - cy)));
    };
    const [ax = 0, ay = 0] = centre(0);
    const [bx = 0, by = 0] = centre(1);
    // Each community is closer together than the distance between the two.
    expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThan(Math.max(spread(0), spread(1)));
  });
});
