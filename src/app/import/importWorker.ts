/**
 * The import worker: reads, checks and builds the graph, finds the communities of a plain file
 * (no kinds, no colours) to colour it by, and lays it out when it has no positions, all off the
 * page's thread; the page stays usable and can cancel by ending it.
 */
import { MultiDirectedGraph } from 'graphology';
import { ImportError, readGraphData } from '../../io/read';
import { detectCommunities, type Communities } from '../../layout/communities';
import { layoutWithinBudget } from '../../layout/importLayout';
import type { KnowledgeGraph } from '../../model/graph';
import { communityLegend } from './communityColours';
import type { CommunityColours, ImportReply, ImportRequest, ImportStage, Positions } from './importProtocol';

/** Long enough to untangle a few thousand nodes; a bigger graph gets what fits. */
const LAYOUT_BUDGET_MS = 3000;

const reply = (message: ImportReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
const stage = (name: ImportStage) => reply({ type: 'stage', stage: name });

function layout(graph: KnowledgeGraph, communities: Communities | null): Positions {
  layoutWithinBudget(graph, LAYOUT_BUDGET_MS, undefined, communities ?? undefined);
  const positions = { x: new Float64Array(graph.order), y: new Float64Array(graph.order), size: new Float64Array(graph.order) };
  let i = 0;
  graph.forEachNode((_node, a) => {
    positions.x[i] = a.x;
    positions.y[i] = a.y;
    positions.size[i] = a.size;
    i += 1;
  });
  return positions;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file } = event.data;
  try {
    stage('read');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const imported = readGraphData(file.name, bytes, { onStage: stage, onPart: (part) => reply({ type: 'part', ...part }) });
    let positions: Positions | null = null;
    let communities: CommunityColours | null = null;
    if (imported.needsLayout || imported.plain) {
      const graph: KnowledgeGraph = MultiDirectedGraph.from(imported.data);
      let found: Communities | null = null;
      if (imported.plain) {
        stage('communities');
        found = detectCommunities(graph);
        const byNode = found.of;
        // Only the coloured communities need telling apart: the rest share one grey (255).
        communities = { of: Uint8Array.from(graph.mapNodes((node) => Math.min(byNode.get(node) ?? 0, 255))), legend: communityLegend(found) };
      }
      if (imported.needsLayout) {
        stage('layout');
        positions = layout(graph, found);
      }
    }
    stage('send');
    const { format, summary } = imported;
    const transfer = [...(positions ? [positions.x.buffer, positions.y.buffer, positions.size.buffer] : []), ...(communities ? [communities.of.buffer] : [])];
    reply({ type: 'done', attributes: imported.data.attributes ?? { name: file.name, sourceDates: {} }, positions, communities, format, summary }, transfer);
  } catch (error) {
    const refusal = error instanceof ImportError ? { file: file.name, problem: error.problem } : { file: file.name, message: error instanceof Error ? error.message : String(error) };
    reply({ type: 'error', refusal });
  }
};
