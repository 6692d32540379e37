/**
 * The filter pipeline against bare graphology on the same synthetic graph in the same run:
 * for each filter, our applyFilter() and the cheapest plain-graphology way to the same
 * node and edge sets (and, where the issue names it, graphology-operators' subgraph()).
 */
import { subgraph } from 'graphology-operators';
import type { EdgeAttributes, KnowledgeGraph } from '../../src/model/graph';
import { applyFilter, type Kept } from '../../src/query/filter';
import { emptyFilter, type FilterSpec } from '../../src/query/filterSpec';
import { compare, fmt, time } from './measure';
import { against, type Progress } from './progress';
import { seedOfKind, syntheticGraph } from './synthetic';

type Case = { name: string; spec: Partial<FilterSpec>; bare: (g: KnowledgeGraph) => Kept; withSubgraph?: boolean };

function bareBall(graph: KnowledgeGraph, seed: string, hops: number, admit: (a: EdgeAttributes, s: string, t: string) => boolean = () => true): Kept {
  const nodes = new Set([seed]);
  let frontier = [seed];
  for (let d = 0; d < hops; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_e, a, s, t) => {
        const other = s === node ? t : s;
        if (!nodes.has(other) && admit(a, s, t)) {
          nodes.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const edges = new Set<string>();
  for (const node of nodes) graph.forEachOutEdge(node, (e, a, s, t) => void (nodes.has(t) && admit(a, s, t) && edges.add(e)));
  return { nodes, edges };
}

function bareScan(graph: KnowledgeGraph, admit: (a: EdgeAttributes, s: string, t: string) => boolean): Kept {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (!admit(a, s, t)) return;
    edges.add(e);
    nodes.add(s).add(t);
  });
  return { nodes, edges };
}

function cases(graph: KnowledgeGraph): Case[] {
  const actor = seedOfKind(graph, 'actor');
  const domain = seedOfKind(graph, 'domain');
  const kinds = new Set(['actor', 'agreement', 'domain']);
  const keptKind = (s: string, t: string) => kinds.has(graph.getNodeAttribute(s, 'kind')) && kinds.has(graph.getNodeAttribute(t, 'kind'));
  const predicates = new Set(['signs', 'covers', 'party_to', 'supports']);
  // Same rule as the pipeline: an undated relation takes its article's date.
  const sourceDates = graph.getAttribute('sourceDates');
  const inRange = (a: EdgeAttributes) => {
    const date = a.date ?? sourceDates[a.evidence[0]?.source ?? ''];
    return date !== undefined && date >= '2010' && date.slice(0, 4) <= '2020';
  };
  return [
    { name: 'actor, 1 hop', spec: { actors: [actor], actorHops: 1 }, bare: (g) => bareBall(g, actor, 1), withSubgraph: true },
    { name: 'actor, 2 hops (neighbourhood)', spec: { actors: [actor], actorHops: 2 }, bare: (g) => bareBall(g, actor, 2), withSubgraph: true },
    { name: 'domain, 2 hops', spec: { domains: [domain], domainHops: 2 }, bare: (g) => bareBall(g, domain, 2), withSubgraph: true },
    {
      name: 'actor 2 hops + kinds + predicates + dates',
      spec: { actors: [actor], actorHops: 2, kinds: ['actor', 'agreement', 'domain'], predicates: ['signs', 'covers', 'party_to', 'supports'], from: '2010', to: '2020', keepUndated: false },
      bare: (g) => (kinds.has(g.getNodeAttribute(actor, 'kind')) ? bareBall(g, actor, 2, (a, s, t) => predicates.has(a.predicate) && inRange(a) && keptKind(s, t)) : { nodes: new Set(), edges: new Set() }),
    },
    { name: 'predicates (whole graph)', spec: { predicates: ['signs', 'covers', 'party_to', 'supports'] }, bare: (g) => bareScan(g, (a) => predicates.has(a.predicate)) },
    { name: 'source (whole graph)', spec: { sources: ['s1'] }, bare: (g) => bareScan(g, (a) => a.evidence.some((e) => e.source === 's1')) },
    { name: 'date range, drop undated (whole graph)', spec: { from: '2010', to: '2020', keepUndated: false }, bare: (g) => bareScan(g, inRange) },
  ];
}

const sameSets = (a: Kept, b: Kept) =>
  a.nodes.size === b.nodes.size && a.edges.size === b.edges.size && [...a.nodes].every((n) => b.nodes.has(n)) && [...a.edges].every((e) => b.edges.has(e));

const graphName = (order: number) => `${order / 1000}k nodes / ${order / 200}k edges`;

export function filterCaseNames(sizes: number[]): string[] {
  const small = syntheticGraph(100, 5);
  return sizes.flatMap((order) => cases(small).map((c) => `${graphName(order)}, ${c.name}`));
}

export async function benchFilters(sizes: number[], progress: Progress): Promise<string[]> {
  const lines = [
    '| graph | filter | kept nodes / edges | ours (ms) | bare graphology (ms) | ratio | subgraph() (ms) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const order of sizes) {
    const graph = syntheticGraph(order, 5);
    const runs = order >= 100_000 ? 15 : 40;
    for (const c of cases(graph)) {
      const spec = { ...emptyFilter(), ...c.spec };
      const { ours, bare, sub } = await progress.measure(
        `${graphName(order)}, ${c.name}`,
        () => {
          const { a: ours, b: bare } = compare(() => applyFilter(graph, spec), () => c.bare(graph), runs);
          if (!sameSets(ours.result, bare.result)) throw new Error(`${c.name} at ${order}: the pipeline and the bare baseline disagree`);
          const sub = c.withSubgraph ? fmt(time(() => subgraph(graph, bare.result.nodes), Math.min(runs, 7), 1).ms) : '—';
          return { ours, bare, sub };
        },
        (r) => against(r.ours.ms, r.bare.ms, fmt),
      );
      lines.push(
        `| ${order / 1000}k nodes / ${Math.round(graph.size / 1000)}k edges | ${c.name} | ${ours.result.nodes.size} / ${ours.result.edges.size} | ${fmt(ours.ms)} | ${fmt(bare.ms)} | ${(ours.ms / bare.ms).toFixed(2)}× | ${sub} |`,
      );
    }
  }
  return lines;
}
