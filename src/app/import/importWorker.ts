/**
 * The import worker: reads, checks and builds the graph, and lays it out when it has no
 * positions, all off the page's thread; the page stays usable and can cancel by ending it.
 */
import { MultiDirectedGraph } from 'graphology';
import { readGraphData } from '../../io/read';
import { layoutWithinBudget } from '../../layout/importLayout';
import type { KnowledgeGraph, SerializedKnowledgeGraph } from '../../model/graph';
import type { ImportReply, ImportRequest, ImportStage, Positions } from './importProtocol';

/** Long enough to untangle a few thousand nodes; a bigger graph gets what fits. */
const LAYOUT_BUDGET_MS = 3000;

const reply = (message: ImportReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
const stage = (name: ImportStage) => reply({ type: 'stage', stage: name });

function layout(data: SerializedKnowledgeGraph): Positions {
  const graph: KnowledgeGraph = MultiDirectedGraph.from(data);
  layoutWithinBudget(graph, LAYOUT_BUDGET_MS);
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
    if (imported.needsLayout) {
      stage('layout');
      positions = layout(imported.data);
    }
    stage('send');
    const { format, summary } = imported;
    reply({ type: 'done', attributes: imported.data.attributes ?? { name: file.name, sourceDates: {} }, positions, format, summary }, positions ? [positions.x.buffer, positions.y.buffer, positions.size.buffer] : []);
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
