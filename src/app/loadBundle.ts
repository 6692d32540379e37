/** Fetches the bundle written by `kg build` and turns it into the explorer's data. */
import { MultiDirectedGraph } from 'graphology';
import type { GraphBundle, KnowledgeGraph, SourceDocument } from '../model/graph';
import { evidenceSegments } from '../query/evidenceIndex';
import type { ExplorerData } from './data';
import type { CommunityLegend } from './import/communityColours';
import { createEntitySearches } from './search/entitySearches';

function isBundle(value: unknown): value is GraphBundle {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<GraphBundle>;
  return typeof v.graph === 'object' && v.graph !== null && Array.isArray(v.graph.nodes) && Array.isArray(v.sources);
}

export function explorerDataFromGraph(graph: KnowledgeGraph, sources: SourceDocument[], communities: CommunityLegend | null = null): ExplorerData {
  return {
    graph,
    communities,
    sources: new Map(sources.map((s) => [s.id, s])),
    // An imported graph brings no article texts: nothing to segment (and no quadratic work on its evidence).
    segments: sources.length > 0 ? evidenceSegments(graph) : new Map(),
    ...createEntitySearches(graph),
  };
}

export async function loadBundle(url: string): Promise<ExplorerData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!isBundle(json)) throw new Error(`${url}: not a graph bundle (expected "graph" and "sources")`);
  return explorerDataFromGraph(MultiDirectedGraph.from(json.graph), json.sources);
}
