/** The writers behind each export format (options.ts names them), shared by the CLI and the explorer's Export menu. */
import type { KnowledgeGraph, SourceDocument } from '../model/graph';
import { neo4jImportCommand, writeCsv } from './csv';
import { writeCytoscape } from './cytoscape';
import { writeCypher } from './cypher';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';
import type { CsvDialect, ExportFormat, ExportLang, GexfVersion } from './options';
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

const WRITERS: Record<ExportFormat, Writer> = {
  gexf: (g, o) => [file(`${o.fileBase}.gexf`, 'application/gexf+xml', writeGexf(g, { lang: o.lang, version: o.gexfVersion }))],
  graphml: (g, o) => [file(`${o.fileBase}.graphml`, 'application/graphml+xml', writeGraphml(g, { lang: o.lang }))],
  cyjs: (g, o) => [file(`${o.fileBase}.cyjs`, 'application/json', writeCytoscape(g, { lang: o.lang }))],
  json: (g, o) => [file(`${o.fileBase}.json`, 'application/json', writeJson(g, { lang: o.lang }))],
  csv: (g, o) => {
    const { nodes, edges, arrayDelimiter } = writeCsv(g, { lang: o.lang, dialect: o.csv, bom: o.bom });
    const stem = o.csv === 'default' ? o.fileBase : `${o.fileBase}-${o.csv}`;
    const files = [file(`${stem}-nodes.csv`, 'text/csv', nodes), file(`${stem}-edges.csv`, 'text/csv', edges)];
    if (arrayDelimiter) files.push(file(`${stem}-import.sh`, 'text/x-shellscript', neo4jImportCommand(`${stem}-nodes.csv`, `${stem}-edges.csv`, arrayDelimiter)));
    return files;
  },
  cypher: (g, o) => [file(`${o.fileBase}.cypher`, 'text/plain', writeCypher(g, { lang: o.lang }))],
  ttl: (g, o) => [file(`${o.fileBase}.ttl`, 'text/turtle', writeTurtle(g, { base: o.iriBase, sources: o.sources }))],
};

function file(name: string, mime: string, content: string): ExportFile {
  return { name, mime, content };
}

const DEFAULT_EXPORT_OPTIONS: ExportOptions = { fileBase: 'graph', lang: 'en', gexfVersion: '1.3', csv: 'default', bom: false, iriBase: DEFAULT_BASE, sources: [] };

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, options: Partial<ExportOptions> = {}): ExportFile[] {
  return WRITERS[format](graph, { ...DEFAULT_EXPORT_OPTIONS, ...options });
}
