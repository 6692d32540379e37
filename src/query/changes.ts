/**
 * "What changed": what a later moment adds to the graph of an earlier one — new entities, new
 * relations, and new evidence for relations already known.
 *
 * Between two dates: the graph "as of" a date holds the relations dated (by their own date, else
 * their earliest article's, see relationTime) no later than that date's last day; a relation
 * dated only "2024" is known from 2024-01-01. New evidence is a quote from an article dated
 * after the first date and by the second, for a relation already known at the first.
 * Between two articles: what the second states that the first does not.
 * An entity is new when a new relation reaches it and nothing known before did.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { Evidence } from '../model/schema';
import { dateSpan } from '../model/dates';
import { relationDater, type SourceTimes } from './relationTime';

export type Changes = {
  /** Entity ids, sorted. */
  entities: string[];
  /** Relation (edge) ids, sorted. */
  relations: string[];
  /** Relations known before, with the evidence records the later moment adds. */
  evidence: { relation: string; added: Evidence[] }[];
};

export type DateChanges = Changes & {
  /** Relations with no date of their own and no dated article: not placed in time, so in neither graph. */
  undated: number;
};

function collect(graph: KnowledgeGraph, added: string[], known: Set<string>, evidence: Changes['evidence']): Changes {
  const entities = new Set<string>();
  for (const edge of added) {
    for (const end of graph.extremities(edge)) if (!known.has(end)) entities.add(end);
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    entities: [...entities].sort(byId),
    relations: added.sort(byId),
    evidence: evidence.sort((a, b) => byId(a.relation, b.relation)),
  };
}

export function changesBetweenDates(graph: KnowledgeGraph, times: SourceTimes, from: string, to: string): DateChanges {
  const start = dateSpan(from).last;
  const end = dateSpan(to).last;
  const inWindow = (first: string) => first > start && first <= end;
  const known = new Set<string>();
  const added: string[] = [];
  const evidence: Changes['evidence'] = [];
  const dater = relationDater(times);
  let undated = 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    const dated = dater(attrs);
    if (!dated) {
      undated += 1;
      return;
    }
    const first = dateSpan(dated.date).first;
    if (inWindow(first)) {
      added.push(edge);
      return;
    }
    if (first > start) return;
    known.add(source).add(target);
    const later = attrs.evidence.filter((e) => {
      const date = times.get(e.source)?.date;
      return date !== undefined && inWindow(dateSpan(date).first);
    });
    if (later.length > 0) evidence.push({ relation: edge, added: later });
  });
  return { ...collect(graph, added, known, evidence), undated };
}

export function changesBetweenSources(graph: KnowledgeGraph, fromSource: string, toSource: string): Changes {
  const known = new Set<string>();
  const added: string[] = [];
  const evidence: Changes['evidence'] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    const inFrom = attrs.evidence.some((e) => e.source === fromSource);
    const later = attrs.evidence.filter((e) => e.source === toSource);
    if (inFrom) {
      known.add(source).add(target);
      if (later.length > 0) evidence.push({ relation: edge, added: later });
    } else if (later.length > 0) added.push(edge);
  });
  return collect(graph, added, known, evidence);
}
