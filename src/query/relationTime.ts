/**
 * When a relation sits in time, as honestly as the data allows: its own date, else the date of
 * the earliest article that states it (the same rule as the filter's date range), with its
 * precision (a relation dated "2019" covers the year, it is not a day) and whether the date is
 * inferred rather than stated.
 */
import type { EdgeAttributes } from '../model/graph';
import { dateSpan } from '../model/dates';

export type Precision = 'year' | 'month' | 'day';

export type SourceTime = { date: string; inferred: boolean };

/** Each dated article's date, and whether that date is inferred. */
export type SourceTimes = ReadonlyMap<string, SourceTime>;

export type RelationTime = {
  /** The ISO partial date as written: 2019, 2019-05 or 2019-05-28. */
  date: string;
  /** First and last day it can mean, comparable as strings (see dateSpan). */
  first: string;
  last: string;
  precision: Precision;
  /** The date is not stated outright: the relation's own date is inferred, or it borrows an article's inferred date. */
  inferred: boolean;
  /** The article whose date it borrows, when the relation has no date of its own. */
  source?: string;
};

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Only the presence of a reason matters here, not its words. */
export function sourceTimes(sources: { id: string; date?: string; dateInferred?: unknown }[]): Map<string, SourceTime> {
  return new Map(sources.flatMap((s) => (s.date ? [[s.id, { date: s.date, inferred: s.dateInferred !== undefined }] as const] : [])));
}

/**
 * A relation's date and whether it is inferred, without the span: the per-edge step of the
 * histogram and of "what changed", so the articles' first days are computed once, and a relation
 * that borrows an article's date gets that article's shared record.
 */
export function relationDater(times: SourceTimes): (attrs: EdgeAttributes) => (SourceTime & { source?: string }) | null {
  const firstDay = new Map([...times].map(([id, t]) => [id, dateSpan(t.date).first]));
  const borrowed = new Map([...times].map(([id, t]) => [id, { ...t, source: id }]));
  return (attrs) => {
    if (attrs.date) return { date: attrs.date, inferred: attrs.dateInferred !== undefined };
    let earliest: string | undefined;
    let earliestFirst = '';
    for (const e of attrs.evidence) {
      const first = firstDay.get(e.source);
      if (first !== undefined && (earliest === undefined || first < earliestFirst)) {
        earliest = e.source;
        earliestFirst = first;
      }
    }
    return earliest === undefined ? null : (borrowed.get(earliest) as SourceTime & { source: string });
  };
}

/** Null when neither the relation nor any article stating it has a date. */
export function relationTime(attrs: EdgeAttributes, times: SourceTimes): RelationTime | null {
  const dated = relationDater(times)(attrs);
  if (!dated) return null;
  const { first, last } = dateSpan(dated.date);
  return { date: dated.date, first, last, precision: precisionOf(dated.date), inferred: dated.inferred, ...(dated.source ? { source: dated.source } : {}) };
}
