import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/model/graph';
import { validateDataset } from '../../../src/model/validate';
import { applyLayout } from '../../../src/layout/forceLayout';
import { KINDS } from '../../../src/model/vocabulary';
import { tinyRaw } from '../../helpers/tinyDataset';

function tinyGraph() {
  const { dataset } = validateDataset(tinyRaw());
  if (!dataset) throw new Error('fixture does not validate');
  return buildGraph(dataset);
}

describe('buildGraph', () => {
  it('ties an entity that no relation links to the article that names it, with the quote', () => {
    const mention = { source: 'tiny', quote: 'Việt Nam', start: 0, end: 8 };
    const { dataset } = validateDataset(
      tinyRaw({ entities: (e) => void e.push({ id: 'nato', kind: 'actor', labels: { vi: 'NATO', en: 'NATO' }, description: { vi: 'x', en: 'x' }, mentions: [mention] }) }),
    );
    const graph = buildGraph(dataset!);
    expect(graph.getNodeAttributes('nato')).toMatchObject({ sources: ['tiny'], mentions: [mention] });
    expect(graph.getNodeAttributes('vietnam').mentions).toBeUndefined();
  });

  it('makes a multi directed graph with entity and relation attributes', () => {
    const graph = tinyGraph();
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('vietnam')).toMatchObject({
      label: 'Viet Nam',
      labels: { vi: 'Việt Nam', en: 'Viet Nam' },
      kind: 'actor',
      category: 'state',
      aliases: ['VN'],
      sources: ['tiny'],
      color: KINDS.actor.color,
    });
    const edge = graph.getEdgeAttributes('vietnam:cooperates_with:eu');
    expect(edge).toMatchObject({ predicate: 'cooperates_with', date: '2024-05', label: 'cooperates with' });
    expect(edge.predicateLabels).toEqual({ vi: 'hợp tác với', en: 'cooperates with' });
    expect(edge.evidence[0]).toEqual({ source: 'tiny', quote: 'Việt Nam và Liên minh châu Âu hợp tác', start: 0, end: 37 });
    expect(graph.getEdgeAttribute('eu:participates_in:cyber-security', 'inferred')).toEqual({ vi: 'Thử nghiệm: cố ý đánh dấu là suy luận.', en: 'Test: marked inferred on purpose.' });
    expect(graph.source('vietnam:cooperates_with:eu')).toBe('vietnam');
  });

  it('round-trips through graphology serialization', () => {
    const graph = tinyGraph();
    const copy = Graph.from(graph.export());
    expect(copy.order).toBe(graph.order);
    expect(copy.getEdgeAttributes('vietnam:cooperates_with:eu')).toEqual(graph.getEdgeAttributes('vietnam:cooperates_with:eu'));
  });
});

describe('applyLayout', () => {
  it('is deterministic: same graph in, same coordinates out', () => {
    const a = tinyGraph();
    const b = tinyGraph();
    applyLayout(a);
    applyLayout(b);
    const coords = (g: typeof a) => g.mapNodes((n, attrs) => [n, attrs.x, attrs.y, attrs.size]);
    expect(coords(a)).toEqual(coords(b));
  });

  it('spreads nodes apart and sizes them by degree', () => {
    const graph = tinyGraph();
    applyLayout(graph);
    const points = graph.mapNodes((_n, attrs) => `${attrs.x},${attrs.y}`);
    expect(new Set(points).size).toBe(graph.order);
    graph.forEachNode((_n, attrs) => expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true));
    expect(graph.getNodeAttribute('vietnam', 'size')).toBeGreaterThan(0);
  });
});
