import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { layoutWithinBudget } from '../../../src/layout/importLayout';
import { sizeForDegree } from '../../../src/layout/forceLayout';

function ring(n: number) {
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { x: NaN, y: NaN });
  for (let i = 0; i < n; i++) graph.addEdge(`n${i}`, `n${(i + 1) % n}`);
  return graph;
}

describe('laying out an imported graph without positions', () => {
  it('gives every node a finite, distinct position and a size by degree', () => {
    const graph = ring(200);
    layoutWithinBudget(graph, 200);
    const seen = new Set<string>();
    graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBe(sizeForDegree(2));
      seen.add(`${a.x},${a.y}`);
    });
    expect(seen.size).toBe(200);
  });

  it('runs as many iterations as the budget allows, measured on the first one', () => {
    let clock = 0;
    // Every reading of the clock advances it by 10 ms: one iteration "takes" 10 ms.
    const now = () => (clock += 10);
    expect(layoutWithinBudget(ring(50), 100, now)).toBe(10);
    expect(layoutWithinBudget(ring(50), 5, now)).toBe(1);
  });

  it('places a graph without edges and stops there', () => {
    const graph = ring(0);
    graph.addNode('alone', { x: NaN, y: NaN });
    expect(layoutWithinBudget(graph, 100)).toBe(0);
    expect(Number.isFinite(graph.getNodeAttribute('alone', 'x'))).toBe(true);
  });
});
