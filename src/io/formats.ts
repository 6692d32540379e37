/** One registry of export formats, shared by the CLI and the explorer's Export menu. */
import type { KnowledgeGraph } from '../model/graph';
import type { Bilingual } from '../model/vocabulary';
import { writeCsv } from './csv';
import { writeCypher } from './cypher';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';
import type { ExportLang, GexfVersion } from './options';
import { DEFAULT_BASE, writeTurtle } from './turtle';

export type ExportFile = { name: string; mime: string; content: string };

/**
 * `fileBase` names the files; `lang` is the language of the label each tool displays;
 * `iriBase` is where Turtle's IRIs live.
 */
export type ExportOptions = { fileBase: string; lang: ExportLang; iriBase: string; gexfVersion: GexfVersion };

type Writer = (graph: KnowledgeGraph, options: ExportOptions) => ExportFile[];
type FormatInfo = { label: Bilingual; write: Writer };

export const EXPORT_FORMATS = {
  gexf: {
    label: { vi: 'GEXF (Gephi, Gephi Lite, NetworkX)', en: 'GEXF (Gephi, Gephi Lite, NetworkX)' },
    write: (g, o) => [file(`${o.fileBase}.gexf`, 'application/gexf+xml', writeGexf(g, { lang: o.lang, version: o.gexfVersion }))],
  },
  graphml: {
    label: { vi: 'GraphML (Cytoscape, yEd, NetworkX, igraph)', en: 'GraphML (Cytoscape, yEd, NetworkX, igraph)' },
    write: (g, o) => [file(`${o.fileBase}.graphml`, 'application/graphml+xml', writeGraphml(g, { lang: o.lang }))],
  },
  json: { label: { vi: 'JSON của graphology', en: 'graphology JSON' }, write: (g, o) => [file(`${o.fileBase}.json`, 'application/json', writeJson(g))] },
  csv: {
    label: { vi: 'CSV: nút và cạnh (bảng tính)', en: 'CSV: nodes and edges (spreadsheets)' },
    write: (g, o) => {
      const { nodes, edges } = writeCsv(g);
      return [file(`${o.fileBase}-nodes.csv`, 'text/csv', nodes), file(`${o.fileBase}-edges.csv`, 'text/csv', edges)];
    },
  },
  cypher: { label: { vi: 'Cypher (Neo4j)', en: 'Cypher (Neo4j)' }, write: (g, o) => [file(`${o.fileBase}.cypher`, 'text/plain', writeCypher(g))] },
  ttl: {
    label: { vi: 'RDF Turtle (kèm trích dẫn làm bằng chứng)', en: 'RDF Turtle (with the quotes as evidence)' },
    write: (g, o) => [file(`${o.fileBase}.ttl`, 'text/turtle', writeTurtle(g, o.iriBase))],
  },
} as const satisfies Record<string, FormatInfo>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

function file(name: string, mime: string, content: string): ExportFile {
  return { name, mime, content };
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { fileBase: 'graph', lang: 'en', iriBase: DEFAULT_BASE, gexfVersion: '1.3' };

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, options: Partial<ExportOptions> = {}): ExportFile[] {
  return EXPORT_FORMATS[format].write(graph, { ...DEFAULT_EXPORT_OPTIONS, ...options });
}
