/** One registry of export formats, shared by the CLI and the explorer's Export menu. */
import type { KnowledgeGraph, SourceDocument } from '../model/graph';
import type { Bilingual } from '../model/vocabulary';
import { neo4jImportCommand, writeCsv } from './csv';
import { writeCytoscape } from './cytoscape';
import { writeCypher } from './cypher';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';
import type { CsvDialect, ExportLang, GexfVersion } from './options';
import { DEFAULT_BASE, writeTurtle } from './turtle';

export type ExportFile = { name: string; mime: string; content: string };

/**
 * `fileBase` names the files; `lang` is the language of the label each tool displays; `csv`
 * and `bom` shape the CSV files; `iriBase` is where Turtle's IRIs live; `sources`, the
 * articles, lets Turtle describe them and locate each quote in W3C's terms.
 */
export type ExportOptions = {
  fileBase: string;
  lang: ExportLang;
  gexfVersion: GexfVersion;
  csv: CsvDialect;
  bom: boolean;
  iriBase: string;
  sources: SourceDocument[];
};

type Writer = (graph: KnowledgeGraph, options: ExportOptions) => ExportFile[];
type FormatInfo = { label: Bilingual; write: Writer };

export const EXPORT_FORMATS = {
  gexf: {
    label: { vi: 'GEXF (Gephi, Gephi Lite, NetworkX)', en: 'GEXF (Gephi, Gephi Lite, NetworkX)' },
    write: (g, o) => [file(`${o.fileBase}.gexf`, 'application/gexf+xml', writeGexf(g, { lang: o.lang, version: o.gexfVersion }))],
  },
  graphml: {
    label: { vi: 'GraphML (Gephi, Cytoscape, yEd, NetworkX, igraph)', en: 'GraphML (Gephi, Cytoscape, yEd, NetworkX, igraph)' },
    write: (g, o) => [file(`${o.fileBase}.graphml`, 'application/graphml+xml', writeGraphml(g, { lang: o.lang }))],
  },
  cyjs: {
    label: { vi: 'JSON của Cytoscape (Cytoscape, Cytoscape.js)', en: 'Cytoscape JSON (Cytoscape, Cytoscape.js)' },
    write: (g, o) => [file(`${o.fileBase}.cyjs`, 'application/json', writeCytoscape(g, { lang: o.lang }))],
  },
  json: { label: { vi: 'JSON của graphology', en: 'graphology JSON' }, write: (g, o) => [file(`${o.fileBase}.json`, 'application/json', writeJson(g, { lang: o.lang }))] },
  csv: {
    label: { vi: 'CSV: một tệp nút và một tệp cạnh', en: 'CSV: a nodes file and an edges file' },
    write: (g, o) => {
      const { nodes, edges, arrayDelimiter } = writeCsv(g, { lang: o.lang, dialect: o.csv, bom: o.bom });
      const stem = o.csv === 'default' ? o.fileBase : `${o.fileBase}-${o.csv}`;
      const files = [file(`${stem}-nodes.csv`, 'text/csv', nodes), file(`${stem}-edges.csv`, 'text/csv', edges)];
      if (arrayDelimiter) files.push(file(`${stem}-import.sh`, 'text/x-shellscript', neo4jImportCommand(`${stem}-nodes.csv`, `${stem}-edges.csv`, arrayDelimiter)));
      return files;
    },
  },
  cypher: { label: { vi: 'Cypher (Neo4j)', en: 'Cypher (Neo4j)' }, write: (g, o) => [file(`${o.fileBase}.cypher`, 'text/plain', writeCypher(g, { lang: o.lang }))] },
  ttl: {
    label: { vi: 'RDF Turtle (kèm trích dẫn làm bằng chứng)', en: 'RDF Turtle (with the quotes as evidence)' },
    write: (g, o) => [file(`${o.fileBase}.ttl`, 'text/turtle', writeTurtle(g, { base: o.iriBase, sources: o.sources }))],
  },
} as const satisfies Record<string, FormatInfo>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

function file(name: string, mime: string, content: string): ExportFile {
  return { name, mime, content };
}

const DEFAULT_EXPORT_OPTIONS: ExportOptions = { fileBase: 'graph', lang: 'en', gexfVersion: '1.3', csv: 'default', bom: false, iriBase: DEFAULT_BASE, sources: [] };

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, options: Partial<ExportOptions> = {}): ExportFile[] {
  return EXPORT_FORMATS[format].write(graph, { ...DEFAULT_EXPORT_OPTIONS, ...options });
}
