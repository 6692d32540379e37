/** Fetches the bundle written by `kg build` and turns it into the explorer's data. */
import { MultiDirectedGraph } from 'graphology';
import type { GraphBundle, KnowledgeGraph, SourceDocument } from '../model/graph';
import { isReservedId } from '../model/ids';
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

/** The review server answers a graph-data that does not validate with the validator's own words. */
async function refusal(response: Response): Promise<string> {
  const json: unknown = await response.json().catch(() => null);
  const error = json !== null && typeof json === 'object' && 'error' in json ? json.error : null;
  return typeof error === 'string' ? error : `HTTP ${response.status}`;
}

export async function loadBundle(url: string): Promise<ExplorerData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${await refusal(response)}`);
  const json: unknown = await response.json();
  if (!isBundle(json)) throw new Error(`${url}: not a graph bundle (expected "graph" and "sources")`);
  // Built before the validator refused such ids: the graph library would crash on it later.
  const reserved = json.graph.nodes.find((node) => isReservedId(String(node.key)));
  if (reserved) throw new Error(`${url}: the entity id "${String(reserved.key)}" is a name every JavaScript object already has; rename it in graph-data and build again (npm run kg -- validate says where)`);
  return explorerDataFromGraph(MultiDirectedGraph.from(json.graph), json.sources);
}
