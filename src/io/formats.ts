/** One registry of export formats, shared by the CLI and the explorer's Export menu. */
import type { KnowledgeGraph } from '../model/graph';
import { writeCsv } from './csv';
import { writeCypher } from './cypher';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';
import { writeTurtle } from './turtle';

export type ExportFile = { name: string; mime: string; content: string };

export const EXPORT_FORMATS = {
  gexf: { label: 'GEXF 1.3 (Gephi, Gephi Lite)', write: (g: KnowledgeGraph, base: string) => [file(`${base}.gexf`, 'application/gexf+xml', writeGexf(g))] },
  graphml: { label: 'GraphML (yEd, Cytoscape, NetworkX, igraph)', write: (g: KnowledgeGraph, base: string) => [file(`${base}.graphml`, 'application/graphml+xml', writeGraphml(g))] },
  json: { label: 'graphology JSON', write: (g: KnowledgeGraph, base: string) => [file(`${base}.json`, 'application/json', writeJson(g))] },
  csv: {
    label: 'CSV: nodes + edges (spreadsheets)',
    write: (g: KnowledgeGraph, base: string) => {
      const { nodes, edges } = writeCsv(g);
      return [file(`${base}-nodes.csv`, 'text/csv', nodes), file(`${base}-edges.csv`, 'text/csv', edges)];
    },
  },
  cypher: { label: 'Cypher (Neo4j)', write: (g: KnowledgeGraph, base: string) => [file(`${base}.cypher`, 'text/plain', writeCypher(g))] },
  ttl: { label: 'RDF Turtle (with Web Annotation evidence)', write: (g: KnowledgeGraph, base: string) => [file(`${base}.ttl`, 'text/turtle', writeTurtle(g))] },
} as const satisfies Record<string, { label: string; write: (g: KnowledgeGraph, base: string) => ExportFile[] }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

function file(name: string, mime: string, content: string): ExportFile {
  return { name, mime, content };
}

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, base = 'graph'): ExportFile[] {
  return EXPORT_FORMATS[format].write(graph, base);
}
