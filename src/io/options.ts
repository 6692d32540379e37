/**
 * What a user chooses about an export: the format and its options, with the names the CLI and
 * the Export menu show. Light on purpose: the menu draws from it, and the writers (formats.ts)
 * load only when a file is asked for.
 */
import type { Bilingual } from '../model/vocabulary';

export const EXPORT_FORMAT_LABELS = {
  gexf: { vi: 'GEXF (Gephi, Gephi Lite, NetworkX)', en: 'GEXF (Gephi, Gephi Lite, NetworkX)' },
  graphml: { vi: 'GraphML (Gephi, Cytoscape, yEd, NetworkX, igraph)', en: 'GraphML (Gephi, Cytoscape, yEd, NetworkX, igraph)' },
  cyjs: { vi: 'JSON của Cytoscape (Cytoscape, Cytoscape.js)', en: 'Cytoscape JSON (Cytoscape, Cytoscape.js)' },
  json: { vi: 'JSON của graphology', en: 'graphology JSON' },
  csv: { vi: 'CSV: một tệp thực thể và một tệp quan hệ', en: 'CSV: a nodes file and an edges file' },
  cypher: { vi: 'Cypher (Neo4j)', en: 'Cypher (Neo4j)' },
  ttl: { vi: 'RDF Turtle (kèm trích dẫn làm bằng chứng)', en: 'RDF Turtle (with the quotes as evidence)' },
} as const satisfies Record<string, Bilingual>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_LABELS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMAT_LABELS) as ExportFormat[];

/** The language of the label each tool displays; both languages stay as their own columns. */
export type ExportLang = keyof Bilingual;
export const EXPORT_LANGS: ExportLang[] = ['vi', 'en'];

/** CSV shaped for a spreadsheet (default), Gephi's spreadsheet import, or `neo4j-admin database import`. */
export type CsvDialect = 'default' | 'gephi' | 'neo4j';
export const CSV_DIALECTS: CsvDialect[] = ['default', 'gephi', 'neo4j'];

/** GEXF 1.3 for Gephi 0.10 and NetworkX 3; 1.2 ("1.2draft") for NetworkX 2.x and older readers. */
export type GexfVersion = '1.3' | '1.2';
export const GEXF_VERSIONS: GexfVersion[] = ['1.3', '1.2'];
