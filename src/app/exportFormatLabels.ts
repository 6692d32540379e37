/**
 * The Export menu's format names in both languages. The format registry (src/io/formats.ts) names
 * each format for the command line, in English; a format added there without an entry here shows
 * that name until it gets one.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../io/formats';
import type { Lang } from './state/viewState';

export const EXPORT_FORMAT_LABELS: Partial<Record<ExportFormat, Record<Lang, string>>> = {
  gexf: { vi: 'GEXF 1.3 (Gephi, Gephi Lite)', en: 'GEXF 1.3 (Gephi, Gephi Lite)' },
  graphml: { vi: 'GraphML (yEd, Cytoscape, NetworkX, igraph)', en: 'GraphML (yEd, Cytoscape, NetworkX, igraph)' },
  json: { vi: 'JSON của graphology', en: 'graphology JSON' },
  csv: { vi: 'CSV: tệp nút và tệp cạnh (bảng tính)', en: 'CSV: nodes and edges files (spreadsheets)' },
  cypher: { vi: 'Cypher (Neo4j)', en: 'Cypher (Neo4j)' },
  ttl: { vi: 'RDF Turtle (kèm bằng chứng dạng Web Annotation)', en: 'RDF Turtle (with Web Annotation evidence)' },
};

export function exportFormatLabel(format: ExportFormat, lang: Lang): string {
  return EXPORT_FORMAT_LABELS[format]?.[lang] ?? EXPORT_FORMATS[format].label;
}
