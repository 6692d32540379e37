/** graphology's own serialization (what graph.export() returns; Graph.from() loads it). */
import type { KnowledgeGraph } from '../model/graph';

export function writeJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
