/**
 * Up to k shortest simple paths between two entities (Yen's algorithm over a bidirectional
 * breadth-first search), shortest first. A path is a chain of distinct entities; each hop is
 * every relation linking two neighbours of the chain, so parallel relations (the EU both signs
 * and is party to an agreement) make one path, not two. Options: follow relations either way or
 * only along their direction, stay inside the kept subgraph, go around avoided entities and
 * kinds, and pass only through entities of the kinds allowed on the way (the two ends are
 * always allowed).
 */
import type { KnowledgeGraph } from '../model/graph';
import type { Kind } from '../model/vocabulary';
import type { Kept } from './filter';

export type PathOptions = {
  /** How many paths to find, 1 to MAX_PATHS. */
  k: number;
  /** Entities no path may pass through. */
  avoid: string[];
  /** Kinds of entity no path may pass through. */
  avoidKinds: Kind[];
  /** When not empty, the only kinds a path may pass through (its ends excepted). */
  viaKinds: Kind[];
  /** Follow relations only from their source to their target. */
  directed: boolean;
};

export const MAX_PATHS = 10;
export const DEFAULT_PATH_OPTIONS: PathOptions = { k: 5, avoid: [], avoidKinds: [], viaKinds: [], directed: false };

/** One step of a path: the relations between two neighbours, those along the walk first. */
export type PathHop = { from: string; to: string; edges: string[] };
export type FoundPath = { nodes: string[]; hops: PathHop[] };

type Search = {
  /** Calls `visit` with each entity one step further along (forward) or one step back (backward), until it returns true. */
  forward: (node: string, visit: (next: string) => boolean) => void;
  backward: (node: string, visit: (previous: string) => boolean) => void;
  /** Whether a path may pass through this entity (never asked of the ends); null when every entity may be. */
  passable: ((node: string) => boolean) | null;
};

function searchOver(graph: KnowledgeGraph, options: PathOptions, kept: Kept | null): Search {
  const avoid = new Set(options.avoid);
  const avoidKinds = new Set(options.avoidKinds);
  const viaKinds = new Set(options.viaKinds);
  const byKind = avoidKinds.size > 0 || viaKinds.size > 0;
  const passable =
    kept || avoid.size > 0 || byKind
      ? (node: string): boolean => {
          if (kept && !kept.nodes.has(node)) return false;
          if (avoid.has(node)) return false;
          if (!byKind) return true;
          const kind = graph.getNodeAttribute(node, 'kind');
          return !avoidKinds.has(kind) && (viaKinds.size === 0 || viaKinds.has(kind));
        }
      : null;
  // Without a filter, neighbours are enough (graphology lists each once however many relations link them).
  if (!kept) {
    if (options.directed) {
      return { passable, forward: (n, visit) => void graph.someOutNeighbor(n, visit), backward: (n, visit) => void graph.someInNeighbor(n, visit) };
    }
    const both = (n: string, visit: (next: string) => boolean) => void graph.someNeighbor(n, visit);
    return { passable, forward: both, backward: both };
  }
  const edges = kept.edges;
  const out = (n: string, visit: (next: string) => boolean) => void graph.someOutEdge(n, (e, _a, _s, t) => edges.has(e) && visit(t));
  const into = (n: string, visit: (next: string) => boolean) => void graph.someInEdge(n, (e, _a, s) => edges.has(e) && visit(s));
  if (options.directed) return { passable, forward: out, backward: into };
  const both = (n: string, visit: (next: string) => boolean) => void graph.someEdge(n, (e, _a, s, t) => edges.has(e) && visit(s === n ? t : s));
  return { passable, forward: both, backward: both };
}

/**
 * One shortest path from `from` to `to` (as entities), growing the smaller frontier a whole
 * layer at a time; `blocked` entities are never entered, and the first step from `from` never
 * goes to an entity in `firstStepBlocked` (Yen's removed edges, which all leave the spur node).
 * The first meeting of the two searches closes a shortest path: a shorter one would have met in
 * an earlier layer, when its middle entity was reached from the second side.
 */
function shortestPath(search: Search, from: string, to: string, blocked: Set<string>, firstStepBlocked: Set<string>): string[] | null {
  if (from === to) return [from];
  const { passable } = search;
  const closed = (node: string) => blocked.has(node) || (passable !== null && !passable(node));
  const before = new Map<string, string | null>([[from, null]]);
  const after = new Map<string, string | null>([[to, null]]);
  let forwardFront = [from];
  let backwardFront = [to];
  // The meeting: an entity reached from the start, then the next one, reached from the end.
  let meeting: [string, string] | null = null;
  while (forwardFront.length > 0 && backwardFront.length > 0) {
    const next: string[] = [];
    if (forwardFront.length <= backwardFront.length) {
      for (const node of forwardFront) {
        search.forward(node, (neighbour) => {
          if (before.has(neighbour) || (node === from && firstStepBlocked.has(neighbour))) return false;
          if (after.has(neighbour)) {
            meeting = [node, neighbour];
            return true;
          }
          if (closed(neighbour)) return false;
          before.set(neighbour, node);
          next.push(neighbour);
          return false;
        });
        if (meeting) return joinAt(meeting, before, after);
      }
      forwardFront = next;
    } else {
      for (const node of backwardFront) {
        search.backward(node, (neighbour) => {
          if (after.has(neighbour) || (neighbour === from && firstStepBlocked.has(node))) return false;
          if (before.has(neighbour)) {
            meeting = [neighbour, node];
            return true;
          }
          if (closed(neighbour)) return false;
          after.set(neighbour, node);
          next.push(neighbour);
          return false;
        });
        if (meeting) return joinAt(meeting, before, after);
      }
      backwardFront = next;
    }
  }
  return null;
}

function joinAt([head, tail]: [string, string], before: Map<string, string | null>, after: Map<string, string | null>): string[] {
  const path: string[] = [];
  for (let at: string | null | undefined = head; at !== null && at !== undefined; at = before.get(at)) path.push(at);
  path.reverse();
  for (let at: string | null | undefined = tail; at !== null && at !== undefined; at = after.get(at)) path.push(at);
  return path;
}

const keyOf = (nodes: string[]) => nodes.join('\u0000');

/** Yen's algorithm: each next path deviates from an earlier one at some entity of it, the shortest such deviation first. */
export function kShortestPaths(graph: KnowledgeGraph, from: string, to: string, options: PathOptions = DEFAULT_PATH_OPTIONS, kept: Kept | null = null): FoundPath[] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  if (kept && (!kept.nodes.has(from) || !kept.nodes.has(to))) return [];
  const k = Math.max(1, Math.min(MAX_PATHS, Math.floor(options.k)));
  const search = searchOver(graph, options, kept);
  const first = shortestPath(search, from, to, new Set(), new Set());
  if (!first) return [];
  const found = [first];
  const seen = new Set([keyOf(first)]);
  const candidates: string[][] = [];
  while (found.length < k) {
    const last = found[found.length - 1] as string[];
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const spur = last[i] as string;
      const firstStepBlocked = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && root.every((node, j) => path[j] === node)) firstStepBlocked.add(path[i + 1] as string);
      }
      const rest = shortestPath(search, spur, to, new Set(root.slice(0, i)), firstStepBlocked);
      if (!rest) continue;
      const candidate = [...root.slice(0, i), ...rest];
      const key = keyOf(candidate);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    let best = 0;
    candidates.forEach((c, i) => {
      if (c.length < (candidates[best] as string[]).length) best = i;
    });
    found.push(candidates.splice(best, 1)[0] as string[]);
  }
  return found.map((nodes) => ({ nodes, hops: hopsOf(graph, nodes, options.directed, kept) }));
}

function hopsOf(graph: KnowledgeGraph, nodes: string[], directed: boolean, kept: Kept | null): PathHop[] {
  const admitted = (edge: string) => !kept || kept.edges.has(edge);
  return nodes.slice(1).map((to, i) => {
    const from = nodes[i] as string;
    const along = graph.outEdges(from, to).filter(admitted);
    const against = directed ? [] : graph.inEdges(from, to).filter(admitted);
    return { from, to, edges: [...along, ...against] };
  });
}

/** Every entity and relation on the given paths: what the canvas highlights. */
export function pathElements(paths: FoundPath[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    path.nodes.forEach((n) => nodes.add(n));
    path.hops.forEach((hop) => hop.edges.forEach((e) => edges.add(e)));
  }
  return { nodes, edges };
}
