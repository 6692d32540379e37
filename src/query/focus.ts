/**
 * The node and edge sets that a hover or a selection brings forward. Computed once per change
 * from the focused element's own adjacency (cost grows with its degree, not with the graph),
 * so reducers only look them up.
 */
import type Graph from 'graphology';

export type FocusSets = { nodes: Set<string>; edges: Set<string> };

export const EMPTY_FOCUS: FocusSets = { nodes: new Set(), edges: new Set() };

export function nodeFocus(graph: Graph, node: string): FocusSets {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    edges.add(edge);
    nodes.add(source).add(target);
  });
  return { nodes, edges };
}

export function edgeFocus(graph: Graph, edge: string): FocusSets {
  const [source, target] = graph.extremities(edge);
  return { nodes: new Set([source, target]), edges: new Set([edge]) };
}

/** Everything whose rendering differs between two focus states: what a partial refresh must redraw. */
export function focusChange(before: FocusSets, after: FocusSets): { nodes: string[]; edges: string[] } {
  return {
    nodes: [...new Set([...before.nodes, ...after.nodes])],
    edges: [...new Set([...before.edges, ...after.edges])],
  };
}

/** What differs between two sets of shown elements (either may be null: everything): what a refresh must redraw, or null for all. */
export function revealChange(before: FocusSets | null, after: FocusSets | null): { nodes: string[]; edges: string[] } | null {
  if (!before || !after) return null;
  const xor = (a: Set<string>, b: Set<string>) => [...[...a].filter((x) => !b.has(x)), ...[...b].filter((x) => !a.has(x))];
  return { nodes: xor(before.nodes, after.nodes), edges: xor(before.edges, after.edges) };
}
