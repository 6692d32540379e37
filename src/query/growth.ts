/**
 * How the graph grows through time, for playback: at each bin of the timeline, the relations
 * that appear (placed by relationTime's rule, at their first possible day) and the entities that
 * appear with them (an entity appears with its first relation). Computed once; a playback step
 * is then a prefix of these lists, with no pass over the graph.
 */
import type { KnowledgeGraph } from '../model/graph';
import { dateSpan } from '../model/dates';
import { relationDater, type SourceTimes } from './relationTime';

export type GrowthStep = { key: string; edges: string[]; nodes: string[] };

export type Growth = {
  /** One step per bin key, in order; a step may add nothing. */
  steps: GrowthStep[];
  /** Relations with no date: shown from the start or never, as the filter's keep/drop choice says. */
  undated: { edges: string[]; nodes: string[] };
};

/** `keys` are the timeline's bins (years, months or days), in order. */
export function graphGrowth(graph: KnowledgeGraph, times: SourceTimes, keys: string[]): Growth {
  const dater = relationDater(times);
  const ends = keys.map((key) => dateSpan(key).last);
  const steps: GrowthStep[] = keys.map((key) => ({ key, edges: [], nodes: [] }));
  const undated: Growth['undated'] = { edges: [], nodes: [] };
  const placed: { edge: string; first: string }[] = [];
  graph.forEachEdge((edge, attrs) => {
    const dated = dater(attrs);
    if (dated) placed.push({ edge, first: dateSpan(dated.date).first });
    else undated.edges.push(edge);
  });
  placed.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const seen = new Set<string>();
  let step = 0;
  for (const { edge, first } of placed) {
    while (step < ends.length - 1 && first > (ends[step] as string)) step += 1;
    const into = steps[step] as GrowthStep;
    into.edges.push(edge);
    for (const node of graph.extremities(edge)) {
      if (!seen.has(node)) {
        seen.add(node);
        into.nodes.push(node);
      }
    }
  }
  for (const edge of undated.edges) {
    for (const node of graph.extremities(edge)) if (!seen.has(node)) undated.nodes.push(node);
  }
  undated.nodes = [...new Set(undated.nodes)];
  return { steps, undated };
}
