/**
 * CSV for spreadsheets (RFC 4180: CRLF line ends, a header row, fields quoted when they hold
 * a comma, quote or line break, quotes doubled; UTF-8). Two files, nodes and edges; list-valued
 * fields (aliases, dates, sources, evidence) are JSON arrays, with evidence_text readable beside.
 */
import type { KnowledgeGraph } from '../model/graph';
import { EDGE_COLUMNS, flattenEdge, flattenNode, NODE_COLUMNS, type FlatRecord } from './flatten';

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: FlatRecord[]): string {
  return [header, ...rows.map((row) => header.map((h) => row[h]))].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function writeCsv(graph: KnowledgeGraph): { nodes: string; edges: string } {
  const nodeHeader = ['id', 'label', ...NODE_COLUMNS.map((c) => c.name)];
  const edgeHeader = ['id', 'source', 'target', 'label', ...EDGE_COLUMNS.map((c) => c.name)];
  const nodes = graph.mapNodes((id, a) => ({ id, label: a.label, ...flattenNode(a) }));
  const edges = graph.mapEdges((id, a, source, target) => ({ id, source, target, label: a.label, ...flattenEdge(a) }));
  return { nodes: table(nodeHeader, nodes), edges: table(edgeHeader, edges) };
}

/** RFC 4180 reader, for round-trip tests and for anyone loading our CSVs back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
