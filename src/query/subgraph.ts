/** A new graph holding just the kept nodes and edges, with their attributes. */
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../model/graph';
import type { Kept } from './filter';

export function keptSubgraph(graph: KnowledgeGraph, kept: Kept): KnowledgeGraph {
  const sub: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  sub.replaceAttributes({ ...graph.getAttributes() });
  for (const node of kept.nodes) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const edge of kept.edges) {
    sub.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), { ...graph.getEdgeAttributes(edge) });
  }
  return sub;
}
