/**
 * "What changed" as a view: which two moments are compared (two dates or two articles), written
 * in a link as `FROM..TO`, and the subgraph the comparison brings forward (what the canvas
 * highlights and the export's "current view" writes). The comparison itself is changes.ts, the
 * same function `kg diff` uses, so the explorer and the command line agree.
 */
import type { KnowledgeGraph } from '../model/graph';
import { isIsoPartialDate } from '../model/dates';
import { changesBetweenDates, changesBetweenSources, type Changes } from './changes';
import type { Kept } from './filter';
import type { ParamProblem } from './filterParams';
import type { SourceTimes } from './relationTime';

/** Two dates or two articles (by id), never a mix; `to` is the later one. */
export type ChangesSpec = { by: 'date' | 'source'; from: string; to: string };

export const CHANGES_PARAM = 'changes';
const SEPARATOR = '..';
const EXPECTED = 'FROM..TO: two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), the earlier first, or two different article ids';

export function changesParamValue(spec: ChangesSpec): string {
  return `${spec.from}${SEPARATOR}${spec.to}`;
}

/** Reads `FROM..TO`; anything else is a problem to report, never a crash. */
export function parseChangesParam(value: string, sourceIds: readonly string[]): { spec: ChangesSpec } | { problem: ParamProblem } {
  const parts = value.split(SEPARATOR);
  const [from, to] = parts.map((p) => p.trim());
  const malformed = { problem: { param: CHANGES_PARAM, value, problem: 'malformed', expected: EXPECTED } as const };
  if (parts.length !== 2 || !from || !to) return malformed;
  if (isIsoPartialDate(from) && isIsoPartialDate(to)) return to < from ? malformed : { spec: { by: 'date', from, to } };
  const known = new Set(sourceIds);
  if (known.has(from) && known.has(to)) return from === to ? malformed : { spec: { by: 'source', from, to } };
  const looksLikeDates = [from, to].every((p) => /^\d{4}(-\d{1,2}){0,2}$/.test(p));
  if (looksLikeDates || [from, to].some((p) => isIsoPartialDate(p))) return malformed;
  return { problem: { param: CHANGES_PARAM, value, problem: 'unknown', expected: 'two article ids of the graph' } };
}

/** The comparison a spec names: between dates, relations are placed by their own date, else their earliest article's. */
export function changesOf(graph: KnowledgeGraph, times: SourceTimes, spec: ChangesSpec): Changes & { undated?: number } {
  return spec.by === 'date' ? changesBetweenDates(graph, times, spec.from, spec.to) : changesBetweenSources(graph, spec.from, spec.to);
}

/**
 * What changed as a subgraph: the new relations, the relations with new evidence, their ends
 * (so every edge has both its nodes), and the new entities.
 */
export function changedSubgraph(graph: KnowledgeGraph, changes: Changes): Kept {
  const edges = new Set([...changes.relations, ...changes.evidence.map((e) => e.relation)]);
  const nodes = new Set(changes.entities);
  for (const edge of edges) for (const end of graph.extremities(edge)) nodes.add(end);
  return { nodes, edges };
}
