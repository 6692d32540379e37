import { describe, expect, it } from 'vitest';
import { evidenceSegments } from '../../../src/query/evidenceIndex';
import { edgeFocus, focusChange, nodeFocus } from '../../../src/query/focus';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();

describe('evidence segments for the article reader', () => {
  const segments = evidenceSegments(graph);

  it('cuts each article into ordered, non-overlapping marked segments', () => {
    for (const source of sources) {
      const list = segments.get(source.id) ?? [];
      expect(list.length).toBeGreaterThan(10);
      list.forEach((s, i) => {
        expect(s.end).toBeGreaterThan(s.start);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual((list[i - 1] as { end: number }).end);
      });
    }
  });

  it('knows every relation a passage supports', () => {
    const text = sources.find((s) => s.id === 'eu-norway-spd')?.text ?? '';
    const at = text.indexOf('an ninh mạng');
    const segment = segments.get('eu-norway-spd')?.find((s) => s.start <= at && s.end > at);
    expect(segment?.edges.sort()).toEqual(['eu-norway-spd:covers:cyber-security', 'eu-norway-spd:covers:fimi', 'eu-norway-spd:covers:maritime-security']);
  });

  it('covers every quote of every relation', () => {
    graph.forEachEdge((edge, attrs) => {
      for (const e of attrs.evidence) {
        const covering = (segments.get(e.source) ?? []).filter((s) => s.start >= e.start && s.end <= e.end);
        expect(covering.reduce((n, s) => n + s.end - s.start, 0), edge).toBe(e.end - e.start);
        expect(covering.every((s) => s.edges.includes(edge))).toBe(true);
      }
    });
  });
});

describe('focus sets', () => {
  it('bring forward a node with its neighbours and incident edges', () => {
    const focus = nodeFocus(graph, 'norway');
    expect(focus.nodes.has('eu-norway-spd')).toBe(true);
    expect(focus.edges.size).toBe(graph.degree('norway'));
  });

  it('for an edge, its two ends', () => {
    expect([...edgeFocus(graph, 'norway:signs:eu-norway-spd').nodes].sort()).toEqual(['eu-norway-spd', 'norway']);
  });

  it('redraw exactly the union of what was and what is focused', () => {
    const change = focusChange(nodeFocus(graph, 'norway'), nodeFocus(graph, 'ukraine'));
    expect(new Set(change.nodes)).toEqual(new Set([...nodeFocus(graph, 'norway').nodes, ...nodeFocus(graph, 'ukraine').nodes]));
  });
});
