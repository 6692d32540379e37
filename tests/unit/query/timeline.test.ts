import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../../src/model/graph';
import { KINDS, PREDICATES, type Kind, type Predicate } from '../../../src/model/vocabulary';
import { relationTime, sourceTimes } from '../../../src/query/relationTime';
import { articleMarks, binKeys, chooseUnit, entityEvents, relationHistogram } from '../../../src/query/timeline';
import { loadShipped } from '../../helpers/shipped';

const times = sourceTimes([
  { id: 'stated', date: '2021-03' },
  { id: 'guessed', date: '2020', dateInferred: { vi: 'bài không ghi ngày', en: 'no date printed' } },
  { id: 'undated' },
]);

function node(kind: Kind): NodeAttributes {
  return { label: kind, labels: { vi: kind, en: kind }, kind, aliases: [], description: { vi: '', en: '' }, dates: [], sources: [], color: KINDS[kind].color, x: 0, y: 0, size: 1 };
}

function edge(predicate: Predicate, sources: string[], date?: string, reason?: string): EdgeAttributes {
  return {
    label: predicate,
    predicate,
    predicateLabels: PREDICATES[predicate],
    labels: PREDICATES[predicate],
    ...(date ? { date } : {}),
    ...(reason ? { dateInferred: { vi: reason, en: reason } } : {}),
    evidence: sources.map((source) => ({ source, quote: 'q', start: 0, end: 1 })),
  };
}

/** Relations dated at every precision, by their own date or their article's, stated or inferred. */
function datedGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.addNode('a', node('actor'));
  graph.addNode('b', node('agreement'));
  graph.addNode('d', node('domain'));
  graph.addDirectedEdgeWithKey('day', 'a', 'b', edge('signs', ['stated'], '2021-03-15'));
  graph.addDirectedEdgeWithKey('day-inferred', 'a', 'b', edge('party_to', ['stated'], '2021-03-20', 'year from the article'));
  graph.addDirectedEdgeWithKey('month', 'b', 'd', edge('covers', ['stated'])); // borrows 2021-03
  graph.addDirectedEdgeWithKey('year', 'a', 'd', edge('supports', ['stated'], '2021'));
  graph.addDirectedEdgeWithKey('year-inferred', 'b', 'd', edge('covers', ['guessed'])); // borrows 2020, inferred
  graph.addDirectedEdgeWithKey('no-date', 'a', 'd', edge('supports', ['undated']));
  return graph;
}

describe('relationTime', () => {
  const graph = datedGraph();
  const at = (e: string) => relationTime(graph.getEdgeAttributes(e), times);

  it('a relation dated only by a year covers the year, not a day', () => {
    expect(at('year')).toMatchObject({ date: '2021', first: '2021-01-01', last: '2021-12-31', precision: 'year', inferred: false });
  });

  it('a relation without a date borrows its article’s, and says so', () => {
    expect(at('month')).toMatchObject({ date: '2021-03', precision: 'month', source: 'stated', inferred: false });
    expect(at('year-inferred')).toMatchObject({ date: '2020', source: 'guessed', inferred: true });
  });

  it('an inferred date of its own is flagged; no date anywhere is null', () => {
    expect(at('day-inferred')).toMatchObject({ date: '2021-03-20', precision: 'day', inferred: true });
    expect(at('day')?.inferred).toBe(false);
    expect(at('no-date')).toBeNull();
  });

  it('takes the earliest of several articles: when the relation was first stated', () => {
    const both = edge('covers', ['stated', 'guessed']);
    expect(relationTime(both, times)).toMatchObject({ date: '2020', source: 'guessed' });
  });
});

describe('relationHistogram', () => {
  const graph = datedGraph();

  it('month bins: day and month dates fall in their month, a year-only date stays a span', () => {
    const h = relationHistogram(graph, times, { unit: 'month' });
    expect(h.bins[0]?.key).toBe('2020-01');
    expect(h.bins.at(-1)?.key).toBe('2021-12');
    expect(h.bins).toHaveLength(24); // empty months included, so the axis is linear
    const march = h.bins.find((b) => b.key === '2021-03');
    expect(march).toMatchObject({ total: 3, stated: { signs: 1, covers: 1 }, inferred: { party_to: 1 } });
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(3);
    expect(h.spans).toEqual([
      { date: '2020', first: '2020-01-01', last: '2020-12-31', precision: 'year', group: 'covers', inferred: true, count: 1 },
      { date: '2021', first: '2021-01-01', last: '2021-12-31', precision: 'year', group: 'supports', inferred: false, count: 1 },
    ]);
    expect(h.undatedTotal).toBe(1);
    expect(h.undated).toEqual({ supports: 1 });
    expect(h.maxBin).toBe(3);
  });

  it('year bins hold every dated relation; stacking by kind groups by the entity pointed to', () => {
    const h = relationHistogram(graph, times, { unit: 'year', stackBy: 'kind' });
    expect(h.bins.map((b) => [b.key, b.total])).toEqual([['2020', 1], ['2021', 4]]);
    expect(h.bins[1]).toMatchObject({ stated: { agreement: 1, domain: 2 }, inferred: { agreement: 1 } });
    expect(h.bins[0]).toMatchObject({ stated: {}, inferred: { domain: 1 } });
    expect(h.spans).toEqual([]);
    expect(h.groups).toEqual(['domain', 'agreement']);
  });

  it('picks years for a long corpus, months for a short one, days for a few weeks', () => {
    expect(chooseUnit('1990-01-01', '2024-05-31')).toBe('year');
    expect(chooseUnit('2023-11-01', '2024-05-31')).toBe('month');
    expect(chooseUnit('2024-05-01', '2024-05-31')).toBe('day');
    expect(binKeys('2024-02-27', '2024-03-01', 'day')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(binKeys('2023-11', '2024-02', 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });

  it('an empty or wholly undated graph has no bins, only undated counts', () => {
    const graph: KnowledgeGraph = new MultiDirectedGraph();
    graph.addNode('a', node('actor'));
    graph.addNode('b', node('agreement'));
    graph.addDirectedEdgeWithKey('x', 'a', 'b', edge('signs', ['undated']));
    expect(relationHistogram(graph, times)).toMatchObject({ bins: [], spans: [], undatedTotal: 1, maxBin: 0 });
  });
});

describe('the shipped graph in time', () => {
  const { graph, sources } = loadShipped();
  const shipped = sourceTimes(sources);

  it('every relation is placed: the 2019 article’s by its inferred year, the 2024 one’s by May 2024', () => {
    const h = relationHistogram(graph, shipped);
    expect(h.unit).toBe('year');
    expect(h.undatedTotal).toBe(0);
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(graph.size);
    const year = (key: string) => h.bins.find((b) => b.key === key);
    // 40 relations cite the 2024 article; one of them was first stated in 2019, and counts there.
    expect(year('2024')?.total).toBe(39);
    expect(year('2024')?.inferred).toEqual({ signs: 5, signed_at: 1 }); // "Ngày 28/5": the year is inferred
    const inferred2019 = Object.values(year('2019')?.inferred ?? {}).reduce((a, b) => a + b, 0);
    expect(inferred2019).toBe(67); // the article's date is inferred; only the four "năm 2019" signings are stated
  });

  it('the articles are marks at their dates, the undated-in-print one flagged as inferred', () => {
    expect(articleMarks(shipped)).toEqual([
      { id: 'vn-eu-defence-meeting', date: '2019', first: '2019-01-01', last: '2019-12-31', precision: 'year', inferred: true },
      { id: 'eu-norway-spd', date: '2024-05', first: '2024-05-01', last: '2024-05-31', precision: 'month', inferred: false },
    ]);
  });
});

describe("entities' dated events on the strip", () => {
  const { graph: shipped, sources: shippedSources } = loadShipped();
  const events = entityEvents(shipped);

  it('lists every dated event of the shipped entities, in date order, with its precision and inference', () => {
    expect(events.map((e) => `${e.date} ${e.entity} ${e.type}`)).toEqual([
      '1982 unclos adopted',
      '2016 pca entered_into_force',
      '2019 evfta signed',
      '2019 ipa signed',
      '2019 vn-eu-meeting-2019 held',
      '2024-05-28 eu-defence-ministers-meeting-2024 held',
      '2024-05-28 eu-norway-spd signed',
    ]);
    expect(events.find((e) => e.entity === 'evfta')).toMatchObject({ precision: 'year', first: '2019-01-01', last: '2019-12-31', inferred: false });
    expect(events.find((e) => e.entity === 'eu-norway-spd')).toMatchObject({ precision: 'day', inferred: true });
  });

  it('the bins reach back to an event older than every relation (UNCLOS, 1982), so it is drawn on the strip', () => {
    const times = sourceTimes(shippedSources);
    expect(relationHistogram(shipped, times).bins[0]?.key).toBe('1990');
    const covered = relationHistogram(shipped, times, { cover: events.map((e) => e.date) });
    expect(covered.bins[0]?.key).toBe('1982');
    expect(covered.bins.at(-1)?.key).toBe('2024');
    expect(covered.maxBin).toBe(relationHistogram(shipped, times).maxBin);
  });
});
