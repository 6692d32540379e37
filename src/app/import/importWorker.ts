/**
 * The import worker: reads, checks and builds the graph, and lays it out when it has no
 * positions, all off the page's thread; the page stays usable and can cancel by ending it.
 */
import { MultiDirectedGraph } from 'graphology';
import { readGraphData } from '../../io/read';
import type { KnowledgeGraph } from '../../model/graph';
import { layoutWithinBudget } from '../../layout/importLayout';
import type { ImportReply, ImportRequest, ImportStage } from './importProtocol';

/** Long enough to untangle a few thousand nodes; a bigger graph gets what fits. */
const LAYOUT_BUDGET_MS = 3000;

const reply = (message: ImportReply) => self.postMessage(message);
const stage = (name: ImportStage) => reply({ type: 'stage', stage: name });

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file } = event.data;
  try {
    stage('read');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const imported = readGraphData(file.name, bytes, stage);
    let data = imported.data;
    if (imported.needsLayout) {
      stage('layout');
      const graph: KnowledgeGraph = MultiDirectedGraph.from(data);
      layoutWithinBudget(graph, LAYOUT_BUDGET_MS);
      data = graph.export();
    }
    stage('send');
    reply({ type: 'done', graph: data, format: imported.format, summary: imported.summary });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
