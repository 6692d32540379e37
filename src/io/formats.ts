/** One registry of export formats, shared by the CLI and the explorer's Export menu. */
import type { KnowledgeGraph } from '../model/graph';
import { writeCsv } from './csv';
import { writeCypher } from './cypher';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';
import { DEFAULT_BASE, writeTurtle } from './turtle';

export type ExportFile = { name: string; mime: string; content: string };

/** `fileBase` names the files; `iriBase` is where Turtle's IRIs live. */
export type ExportOptions = { fileBase: string; iriBase: string };

type Writer = (graph: KnowledgeGraph, options: ExportOptions) => ExportFile[];

export const EXPORT_FORMATS = {
  gexf: { label: 'GEXF 1.3 (Gephi, Gephi Lite)', write: (g, o) => [file(`${o.fileBase}.gexf`, 'application/gexf+xml', writeGexf(g))] },
  graphml: { label: 'GraphML (yEd, Cytoscape, NetworkX, igraph)', write: (g, o) => [file(`${o.fileBase}.graphml`, 'application/graphml+xml', writeGraphml(g))] },
  json: { label: 'graphology JSON', write: (g, o) => [file(`${o.fileBase}.json`, 'application/json', writeJson(g))] },
  csv: {
    label: 'CSV: nodes + edges (spreadsheets)',
    write: (g, o) => {
      const { nodes, edges } = writeCsv(g);
      return [file(`${o.fileBase}-nodes.csv`, 'text/csv', nodes), file(`${o.fileBase}-edges.csv`, 'text/csv', edges)];
    },
  },
  cypher: { label: 'Cypher (Neo4j)', write: (g, o) => [file(`${o.fileBase}.cypher`, 'text/plain', writeCypher(g))] },
  ttl: { label: 'RDF Turtle (with Web Annotation evidence)', write: (g, o) => [file(`${o.fileBase}.ttl`, 'text/turtle', writeTurtle(g, o.iriBase))] },
} as const satisfies Record<string, { label: string; write: Writer }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

function file(name: string, mime: string, content: string): ExportFile {
  return { name, mime, content };
}

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, options: Partial<ExportOptions> = {}): ExportFile[] {
  return EXPORT_FORMATS[format].write(graph, { fileBase: 'graph', iriBase: DEFAULT_BASE, ...options });
}
