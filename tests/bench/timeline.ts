/**
 * The timeline on the synthetic graph: the histogram, computed once per data change, against one
 * bare graphology pass counting relations by year; and brushing, which re-filters a date range
 * through the filter pipeline, against a bare scan for the same range — beside the pipeline's
 * plain date-range figure (the filters table's last row) measured in the same run.
 */
import type { EdgeAttributes, KnowledgeGraph } from '../../src/model/graph';
import { applyFilter, type Kept } from '../../src/query/filter';
import { emptyFilter } from '../../src/query/filterSpec';
import { sourceTimes } from '../../src/query/relationTime';
import { relationHistogram, type Histogram } from '../../src/query/timeline';
import { compare, fmt } from './measure';
import { against, type Progress } from './progress';
import { syntheticGraph } from './synthetic';

/** The cheapest plain count of the same thing: relations by the year of their own date, else their article's. */
function bareYearCounts(graph: KnowledgeGraph): Map<string, number> {
  const sourceDates = graph.getAttribute('sourceDates');
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, a) => {
    const date = a.date ?? sourceDates[a.evidence[0]?.source ?? ''];
    const key = date ? date.slice(0, 4) : 'undated';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

function sameCounts(h: Histogram, bare: Map<string, number>): boolean {
  const ours = new Map<string, number>(h.bins.filter((b) => b.total > 0).map((b) => [b.key, b.total]));
  if (h.undatedTotal > 0) ours.set('undated', h.undatedTotal);
  return ours.size === bare.size && [...bare].every(([k, n]) => ours.get(k) === n);
}

/** A bare scan keeping what a brushed year range keeps (undated relations kept, the default). */
function bareBrush(graph: KnowledgeGraph, from: string, to: string): Kept {
  const sourceDates = graph.getAttribute('sourceDates');
  const keep = (a: EdgeAttributes) => {
    const date = a.date ?? sourceDates[a.evidence[0]?.source ?? ''];
    return date === undefined || (date.slice(0, 4) >= from && date.slice(0, 4) <= to);
  };
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (!keep(a)) return;
    edges.add(e);
    nodes.add(s).add(t);
  });
  return { nodes, edges };
}

/** A brush dragged across the years: three-year windows, one step at a time. */
const BRUSHES = Array.from({ length: 8 }, (_, i) => [String(2000 + 3 * i), String(2002 + 3 * i)] as const);

const STEPS = ['histogram by year, stacked by predicate (once per data change)', 'brush: one 3-year range, re-filtered (undated kept)', 'plain date range 2010–2020 (the filter panel’s figure)'] as const;
const graphName = (order: number) => `${order / 1000}k nodes / ${order / 200}k edges`;

export function timelineCaseNames(sizes: number[]): string[] {
  return sizes.flatMap((order) => STEPS.map((step) => `${graphName(order)}, ${step}`));
}

export async function benchTimeline(sizes: number[], progress: Progress): Promise<string[]> {
  const lines = [
    '| graph | step | ours (ms) | bare graphology (ms) | ratio |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const order of sizes) {
    const graph = syntheticGraph(order, 5);
    const times = sourceTimes(Object.entries(graph.getAttribute('sourceDates')).map(([id, date]) => ({ id, date })));
    const runs = order >= 100_000 ? 9 : 25;
    const label = `${order / 1000}k nodes / ${Math.round(graph.size / 1000)}k edges`;
    const row = (step: string, ours: number, bare: number) => lines.push(`| ${label} | ${step} | ${fmt(ours)} | ${fmt(bare)} | ${(ours / bare).toFixed(2)}× |`);
    const step = <A, B>(name: (typeof STEPS)[number], work: () => { a: { ms: number; result: A }; b: { ms: number; result: B } }) =>
      progress.measure(`${graphName(order)}, ${name}`, work, (r) => against(r.a.ms, r.b.ms, fmt));

    const histogram = await step(STEPS[0], () => {
      const result = compare(() => relationHistogram(graph, times), () => bareYearCounts(graph), runs);
      if (!sameCounts(result.a.result, result.b.result)) throw new Error(`histogram at ${order}: the counts disagree with the bare count`);
      return result;
    });
    row(STEPS[0], histogram.a.ms, histogram.b.ms);

    let brushIndex = 0;
    const next = () => BRUSHES[brushIndex++ % BRUSHES.length] as readonly [string, string];
    const brush = await step(STEPS[1], () => compare(
      () => {
        const [from, to] = next();
        return applyFilter(graph, { ...emptyFilter(), from, to });
      },
      () => {
        const [from, to] = BRUSHES[(brushIndex + BRUSHES.length - 1) % BRUSHES.length] as readonly [string, string];
        return bareBrush(graph, from, to);
      },
      runs,
    ));
    const [from, to] = BRUSHES[0] as readonly [string, string];
    const check = applyFilter(graph, { ...emptyFilter(), from, to });
    if (check.edges.size !== bareBrush(graph, from, to).edges.size) throw new Error(`brush at ${order}: the pipeline and the bare scan disagree`);
    row(STEPS[1], brush.a.ms, brush.b.ms);

    const plain = await step(STEPS[2], () =>
      compare(
        () => applyFilter(graph, { ...emptyFilter(), from: '2010', to: '2020', keepUndated: false }),
        () => bareBrush(graph, '2010', '2020'),
        runs,
      ),
    );
    row(STEPS[2], plain.a.ms, plain.b.ms);
  }
  return lines;
}
