/**
 * The filter pipeline: a FilterSpec in, the kept node and edge sets out.
 *
 * Semantics, in order:
 *  1. Admission, checked element by element: a node is admitted if its kind is kept; an edge if
 *     its predicate is kept, one of its evidence records comes from a kept article, its date
 *     overlaps the date range (see relationInRange), and both its ends are admitted.
 *  2. Narrowing steps, each working inside the result of the one before (so they intersect):
 *     `among` (exactly these nodes) → `text` (label/alias match) → `actors` (k-hop
 *     neighbourhood, in the chosen direction, union over actors) → `domains` (k-hop, both
 *     directions). Neighbourhoods walk admitted edges only.
 *  3. The edges kept are the admitted edges among the kept nodes. Nodes a step chose explicitly
 *     are kept even without edges; with no narrowing step, a relation-level filter drops the
 *     entities it leaves without any relation.
 *
 * Cost: with a narrowing step, work grows with the neighbourhood, never with the whole graph
 * (no `subgraph()`, which scans every edge); only a bare attribute filter scans everything.
 */
import { sourceDateOf, type EdgeAttributes, type KnowledgeGraph } from '../model/graph';
import { dateRangeTest, type DateRangeTest } from '../model/dates';
import { foldForSearch } from '../text/fold';
import type { Direction, FilterSpec } from './filterSpec';

export type Kept = { nodes: Set<string>; edges: Set<string> };

/** What both keep; null stands for everything. */
export function bothKept(a: Kept | null, b: Kept | null): Kept | null {
  if (!a || !b) return a ?? b;
  return { nodes: new Set([...a.nodes].filter((n) => b.nodes.has(n))), edges: new Set([...a.edges].filter((e) => b.edges.has(e))) };
}

type Admission = {
  node: (node: string) => boolean;
  edge: (attrs: EdgeAttributes, source: string, target: string) => boolean;
  /** True when some edge-level filter is active. */
  relationLevel: boolean;
};

/**
 * Whether a relation falls in a date range: by its own date, else by the span of the dates of
 * the articles that state it; null when it has neither (undated).
 */
export function relationInRange(attrs: EdgeAttributes, sourceDates: Record<string, string>, range: DateRangeTest): boolean | null {
  if (attrs.date) return !range.before(attrs.date) && !range.after(attrs.date);
  let dated = false;
  let allBefore = true;
  let allAfter = true;
  for (const e of attrs.evidence) {
    const date = sourceDateOf(sourceDates, e.source);
    if (!date) continue;
    dated = true;
    allBefore &&= range.before(date);
    allAfter &&= range.after(date);
  }
  return dated ? !allBefore && !allAfter : null;
}

/** Admits everything: shared, so a neighbourhood query with no attribute filter allocates nothing. */
const ADMIT_ALL: Admission = { node: () => true, edge: () => true, relationLevel: false };

function admission(graph: KnowledgeGraph, spec: FilterSpec): Admission {
  const kinds = spec.kinds.length > 0 ? new Set<string>(spec.kinds) : null;
  const predicates = spec.predicates.length > 0 ? new Set<string>(spec.predicates) : null;
  const sources = spec.sources.length > 0 ? new Set(spec.sources) : null;
  const dated = spec.from !== undefined || spec.to !== undefined;
  if (!kinds && !predicates && !sources && !dated) return ADMIT_ALL;
  const range = dateRangeTest(spec.from, spec.to);
  const sourceDates = graph.getAttribute('sourceDates') ?? {};

  const nodeKept = (n: string) => kinds === null || kinds.has(graph.getNodeAttribute(n, 'kind'));
  const fromSource = (attrs: EdgeAttributes) => {
    for (const e of attrs.evidence) if (sources?.has(e.source)) return true;
    return false;
  };
  const inRange = (attrs: EdgeAttributes) => relationInRange(attrs, sourceDates, range) ?? spec.keepUndated;
  // Each check is skipped outright when its filter is off: this runs once per edge visited.
  const edge = (attrs: EdgeAttributes, source: string, target: string): boolean =>
    (predicates === null || predicates.has(attrs.predicate)) &&
    (sources === null || fromSource(attrs)) &&
    (!dated || inRange(attrs)) &&
    (kinds === null || (nodeKept(source) && nodeKept(target)));
  const node = nodeKept;
  return { node, edge, relationLevel: predicates !== null || sources !== null || dated };
}

/** Nodes within `hops` admitted edges of the seeds, inside `within` when given. */
export function neighbourhood(
  graph: KnowledgeGraph,
  seeds: string[],
  hops: number,
  direction: Direction,
  admit: Pick<Admission, 'node' | 'edge'>,
  within: Set<string> | null,
): Set<string> {
  const allowed = (n: string) => admit.node(n) && (within === null || within.has(n));
  const reached = new Set(seeds.filter((s) => graph.hasNode(s) && allowed(s)));
  let frontier = [...reached];
  let next: string[] = [];
  let current = '';
  // One callback for the whole walk (not one per node): this is the hot loop of every query.
  const onEdge = (_edge: string, attrs: EdgeAttributes, source: string, target: string) => {
    const other = source === current ? target : source;
    if (reached.has(other) || !allowed(other) || !admit.edge(attrs, source, target)) return;
    reached.add(other);
    next.push(other);
  };
  for (let depth = 0; depth < hops && frontier.length > 0; depth++) {
    next = [];
    for (const node of frontier) {
      current = node;
      if (direction === 'both') graph.forEachEdge(node, onEdge);
      else if (direction === 'out') graph.forEachOutEdge(node, onEdge);
      else graph.forEachInEdge(node, onEdge);
    }
    frontier = next;
  }
  return reached;
}

/** Admitted edges whose both ends are in `nodes`: built from the nodes' own edges. */
export function edgesAmong(graph: KnowledgeGraph, nodes: Set<string>, admit: Pick<Admission, 'edge'>): Set<string> {
  const edges = new Set<string>();
  for (const node of nodes) {
    graph.forEachOutEdge(node, (edge, attrs, source, target) => {
      if (nodes.has(target) && admit.edge(attrs, source, target)) edges.add(edge);
    });
  }
  return edges;
}

const foldedKeys = new WeakMap<KnowledgeGraph, Map<string, string>>();

function searchKey(graph: KnowledgeGraph, node: string): string {
  let keys = foldedKeys.get(graph);
  if (!keys) foldedKeys.set(graph, (keys = new Map()));
  let key = keys.get(node);
  if (key === undefined) {
    const attrs = graph.getNodeAttributes(node);
    key = foldForSearch([attrs.labels.vi, attrs.labels.en, ...attrs.aliases].join(' | '));
    keys.set(node, key);
  }
  return key;
}

function textMatches(graph: KnowledgeGraph, text: string, admit: Admission, within: Set<string> | null): Set<string> {
  const words = foldForSearch(text).split(' ').filter(Boolean);
  const matches = new Set<string>();
  const consider = (node: string) => {
    const key = searchKey(graph, node);
    if (admit.node(node) && words.every((w) => key.includes(w))) matches.add(node);
  };
  if (within) within.forEach(consider);
  else graph.forEachNode(consider);
  return matches;
}

function scanAll(graph: KnowledgeGraph, admit: Admission): Kept {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!admit.edge(attrs, source, target)) return;
    edges.add(edge);
    nodes.add(source).add(target);
  });
  if (!admit.relationLevel) graph.forEachNode((node) => void (admit.node(node) && nodes.add(node)));
  return { nodes, edges };
}

export function applyFilter(graph: KnowledgeGraph, spec: FilterSpec): Kept {
  const admit = admission(graph, spec);
  let nodes: Set<string> | null = null;
  if (spec.among.length > 0) nodes = new Set(spec.among.filter((n) => graph.hasNode(n) && admit.node(n)));
  if (spec.text.trim() !== '') nodes = textMatches(graph, spec.text, admit, nodes);
  if (spec.actors.length > 0) nodes = neighbourhood(graph, spec.actors, spec.actorHops, spec.direction, admit, nodes);
  if (spec.domains.length > 0) nodes = neighbourhood(graph, spec.domains, spec.domainHops, 'both', admit, nodes);
  if (nodes === null) return scanAll(graph, admit);
  return { nodes, edges: edgesAmong(graph, nodes, admit) };
}
