/**
 * The relations of a graph binned by date, for the timeline strip: computed once per graph (the
 * brush re-filters through the filter pipeline, it does not re-bin).
 *
 * Honest precision: a relation falls in a bin only when its date is at least as precise as the
 * bin. One dated less precisely (only "2019" under month bins) is a span over the bins it may
 * mean, kept apart so it is drawn as a span and not as a day it never claimed. Inferred dates
 * are counted apart from stated ones, undated relations apart from both.
 */
import type { EdgeAttributes, KnowledgeGraph } from '../model/graph';
import { dateSpan } from '../model/dates';
import { precisionOf, relationDater, type Precision, type SourceTimes } from './relationTime';

/** What the bars are stacked by: the relation's predicate, or the kind of entity it points to. */
export type StackBy = 'predicate' | 'kind';

export type Counts = Record<string, number>;

export type Bin = {
  /** The bin's date at the histogram's unit: 2019, 2019-05 or 2019-05-28. */
  key: string;
  /** Per group, relations whose date is stated / inferred. */
  stated: Counts;
  inferred: Counts;
  total: number;
};

/** Relations dated less precisely than the bins, grouped by their date. */
export type Span = { date: string; first: string; last: string; precision: Precision; group: string; inferred: boolean; count: number };

export type Histogram = {
  unit: Precision;
  /** Every bin from the first dated relation to the last, empty ones included, in date order. */
  bins: Bin[];
  spans: Span[];
  /** Per group, relations with no date at all. */
  undated: Counts;
  undatedTotal: number;
  /** The groups present, largest first: the stacking order and the legend. */
  groups: string[];
  /** The tallest bin, for scaling. */
  maxBin: number;
};

const UNIT_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** Years for a long corpus, months for a few years or less, days for a few months or less. */
export function chooseUnit(first: string, last: string): Precision {
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  if (years >= 3) return 'year';
  const months = years * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  return months >= 3 ? 'month' : 'day';
}

/** The bin keys from `first` to `last` (both already at the unit), inclusive. */
export function binKeys(first: string, last: string, unit: Precision): string[] {
  const keys: string[] = [];
  if (unit === 'year') {
    for (let y = Number(first); y <= Number(last); y++) keys.push(String(y).padStart(4, '0'));
    return keys;
  }
  if (unit === 'month') {
    let y = Number(first.slice(0, 4));
    let m = Number(first.slice(5, 7));
    for (let key = first; key <= last; key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`) {
      keys.push(key);
      if (++m > 12) [y, m] = [y + 1, 1];
    }
    return keys;
  }
  const day = new Date(`${first}T00:00:00Z`);
  for (let key = first; key <= last; key = day.toISOString().slice(0, 10)) {
    keys.push(key);
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return keys;
}

function groupOf(graph: KnowledgeGraph, stackBy: StackBy): (attrs: EdgeAttributes, target: string) => string {
  return stackBy === 'predicate' ? (attrs) => attrs.predicate : (_attrs, target) => graph.getNodeAttribute(target, 'kind');
}

export function relationHistogram(
  graph: KnowledgeGraph,
  times: SourceTimes,
  /** `cover`: other dates the bins must reach (the entities' events), so nothing is drawn off the strip. */
  options: { stackBy?: StackBy; unit?: Precision; cover?: readonly string[] } = {},
): Histogram {
  const group = groupOf(graph, options.stackBy ?? 'predicate');
  const dater = relationDater(times);
  // One pass, counting into date → group → [stated, inferred]: a corpus has few distinct dates,
  // so the bins and spans are built from these counts, not from one record per relation.
  const byDate = new Map<string, Map<string, [number, number]>>();
  const undated: Counts = {};
  const totals: Counts = {};
  let undatedTotal = 0;
  graph.forEachEdge((_edge, attrs, _source, target) => {
    const g = group(attrs, target);
    totals[g] = (totals[g] ?? 0) + 1;
    const dated = dater(attrs);
    if (!dated) {
      undated[g] = (undated[g] ?? 0) + 1;
      undatedTotal += 1;
      return;
    }
    let groups = byDate.get(dated.date);
    if (!groups) byDate.set(dated.date, (groups = new Map()));
    let pair = groups.get(g);
    if (!pair) groups.set(g, (pair = [0, 0]));
    pair[dated.inferred ? 1 : 0] += 1;
  });
  const groups = Object.keys(totals).sort((a, b) => (totals[b] as number) - (totals[a] as number) || a.localeCompare(b));
  if (byDate.size === 0) return { unit: options.unit ?? 'year', bins: [], spans: [], undated, undatedTotal, groups, maxBin: 0 };

  const dates = [...byDate.keys()].map((date) => ({ date, ...dateSpan(date), precision: precisionOf(date) }));
  const extent = [...dates, ...(options.cover ?? []).map((date) => dateSpan(date))];
  const first = extent.reduce((m, d) => (d.first < m ? d.first : m), dates[0]?.first as string);
  const last = extent.reduce((m, d) => (d.last > m ? d.last : m), dates[0]?.last as string);
  const unit = options.unit ?? chooseUnit(first, last);
  const length = UNIT_LENGTH[unit];
  const bins = binKeys(first.slice(0, length), last.slice(0, length), unit).map((key): Bin => ({ key, stated: {}, inferred: {}, total: 0 }));
  const binAt = new Map(bins.map((b) => [b.key, b]));
  const spans: Span[] = [];
  for (const { date, first: spanFirst, last: spanLast, precision } of dates) {
    for (const [g, [stated, inferred]] of byDate.get(date) as Map<string, [number, number]>) {
      if (PRECISION_RANK[precision] >= PRECISION_RANK[unit]) {
        const bin = binAt.get(date.slice(0, length)) as Bin;
        if (stated > 0) bin.stated[g] = (bin.stated[g] ?? 0) + stated;
        if (inferred > 0) bin.inferred[g] = (bin.inferred[g] ?? 0) + inferred;
        bin.total += stated + inferred;
        continue;
      }
      for (const [count, isInferred] of [[stated, false], [inferred, true]] as const) {
        if (count > 0) spans.push({ date, first: spanFirst, last: spanLast, precision, group: g, inferred: isInferred, count });
      }
    }
  }
  const maxBin = bins.reduce((m, b) => Math.max(m, b.total), 0);
  spans.sort((a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last) || a.group.localeCompare(b.group) || Number(a.inferred) - Number(b.inferred));
  return { unit, bins, spans, undated, undatedTotal, groups, maxBin };
}

/** An article on the strip: a mark at its date, as wide as its precision. */
export type ArticleMark = { id: string; date: string; first: string; last: string; precision: Precision; inferred: boolean };

export function articleMarks(times: SourceTimes): ArticleMark[] {
  return [...times]
    .map(([id, t]) => ({ id, date: t.date, ...dateSpan(t.date), precision: precisionOf(t.date), inferred: t.inferred }))
    .sort((a, b) => a.first.localeCompare(b.first) || a.id.localeCompare(b.id));
}

/** An entity's dated event on the strip (signed, entered into force, held…), as wide as its precision. */
export type EntityEvent = { entity: string; type: string; date: string; first: string; last: string; precision: Precision; inferred: boolean };

/** Every entity's dated events, in date order; an imported graph's nodes may have none. */
export function entityEvents(graph: KnowledgeGraph): EntityEvent[] {
  const events: EntityEvent[] = [];
  graph.forEachNode((entity, attrs) => {
    for (const d of attrs.dates ?? []) {
      events.push({ entity, type: d.type, date: d.date, ...dateSpan(d.date), precision: precisionOf(d.date), inferred: d.dateInferred !== undefined });
    }
  });
  return events.sort((a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last) || a.entity.localeCompare(b.entity) || a.type.localeCompare(b.type));
}
