/**
 * graphology's own serialization (what graph.export() returns; Graph.from() loads it), with
 * `label`, what sigma and other graphology tools display, in the chosen language.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { ExportLang } from './options';

export function writeJson(graph: KnowledgeGraph, { lang = 'en' }: { lang?: ExportLang } = {}): string {
  const data = graph.export();
  for (const element of [...data.nodes, ...data.edges]) {
    if (element.attributes) element.attributes = { ...element.attributes, label: element.attributes.labels[lang] };
  }
  return `${JSON.stringify(data, null, 2)}\n`;
}
