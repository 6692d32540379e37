/** From a graph-data folder to a validated, laid-out graph: the pipeline every command shares. */
import { buildGraph, toSourceDocuments, type KnowledgeGraph, type SourceDocument } from '../model/graph';
import { formatError, validateDataset, type ValidationError } from '../model/validate';
import { applyLayout } from '../layout/forceLayout';
import { readDataset } from './readDataset';

export type Loaded =
  | { ok: true; graph: KnowledgeGraph; sources: SourceDocument[] }
  | { ok: false; errors: string[] };

export function loadGraph(dataDir: string): Loaded {
  let errors: ValidationError[];
  try {
    const result = validateDataset(readDataset(dataDir));
    if (result.dataset) {
      const graph = buildGraph(result.dataset);
      applyLayout(graph);
      return { ok: true, graph, sources: toSourceDocuments(result.dataset.sources) };
    }
    errors = result.errors;
  } catch (error) {
    return { ok: false, errors: [`${dataDir}: ${(error as Error).message}`] };
  }
  return { ok: false, errors: errors.map(formatError) };
}
