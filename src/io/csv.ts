/**
 * CSV (RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote or
 * line break, quotes doubled; UTF-8). Two files, nodes and edges, in one of three dialects:
 * - default, for spreadsheets and pandas: `id, label, …`; `id, source, target, label, …`;
 * - gephi, for Gephi's spreadsheet import, which reads these headers by name (any case):
 *   `Id, Label, …`; `Source, Target, Type, Kind, Id, Label, …` (Kind keeps parallel relations apart);
 * - neo4j, for `neo4j-admin database import`: `id:ID, :LABEL, …, aliases:string[], x:double…`;
 *   `:START_ID, :END_ID, :TYPE, …`, with the command that loads them.
 * Every dialect keeps all our columns after its own (both languages, JSON lists, evidence); the
 * label is in the chosen language. A byte-order mark is optional: Excel needs it to read UTF-8.
 */
import type { KnowledgeGraph } from '../model/graph';
import { EDGE_COLUMNS, flattenEdge, flattenNode, NODE_COLUMNS, pascalCase, type FlatRecord } from './flatten';
import type { CsvDialect, ExportLang } from './options';

export type CsvOptions = { lang: ExportLang; dialect: CsvDialect; bom: boolean };
/** `arrayDelimiter`: for the neo4j dialect, the character its lists are joined with. */
export type CsvTables = { nodes: string; edges: string; arrayDelimiter?: string };

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header cell and where its value comes from. */
type Field = { header: string; value: (row: FlatRecord) => string | number | undefined };
const column = (name: string, header = name): Field => ({ header, value: (row) => row[name] });

function table(fields: Field[], rows: FlatRecord[], bom: boolean): string {
  const lines = [fields.map((f) => csvField(f.header)), ...rows.map((row) => fields.map((f) => csvField(f.value(row))))];
  return `${bom ? '\uFEFF' : ''}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

const NEO4J_TYPES: Record<string, string> = { x: 'double', y: 'double', size: 'double' };
/** Node columns that are lists; neo4j-admin reads them as string[] split on the array delimiter. */
const NEO4J_LISTS = new Set(['aliases', 'sources']);
/** neo4j-admin takes one character; the first that no list item contains is used. */
const ARRAY_DELIMITERS = [';', '|', '^', '~'];

function arrayDelimiter(graph: KnowledgeGraph): string {
  const items = graph.mapNodes((_n, a) => [...a.aliases, ...a.sources]).flat();
  const free = ARRAY_DELIMITERS.find((d) => items.every((item) => !item.includes(d)));
  if (!free) throw new Error(`every array delimiter neo4j-admin could use (${ARRAY_DELIMITERS.join(' ')}) occurs in some alias or source id; the neo4j CSV dialect cannot keep these lists apart`);
  return free;
}

function fieldsFor(dialect: CsvDialect, delimiter: string): { nodes: Field[]; edges: Field[] } {
  const nodeColumns = NODE_COLUMNS.map((c) => c.name);
  const edgeColumns = EDGE_COLUMNS.map((c) => c.name);
  if (dialect === 'gephi') {
    return {
      nodes: [column('id', 'Id'), column('label', 'Label'), ...nodeColumns.map((c) => column(c))],
      edges: [column('source', 'Source'), column('target', 'Target'), { header: 'Type', value: () => 'Directed' }, column('predicate', 'Kind'), column('id', 'Id'), column('label', 'Label'), ...edgeColumns.map((c) => column(c))],
    };
  }
  if (dialect === 'neo4j') {
    const list = (name: string): Field => ({ header: `${name}:string[]`, value: (row) => (JSON.parse(String(row[name])) as string[]).join(delimiter) });
    return {
      nodes: [
        column('id', 'id:ID'),
        { header: ':LABEL', value: (row) => ['Entity', pascalCase(String(row.kind))].join(delimiter) },
        column('label'),
        ...nodeColumns.map((c) => (NEO4J_LISTS.has(c) ? list(c) : column(c, NEO4J_TYPES[c] ? `${c}:${NEO4J_TYPES[c]}` : c))),
      ],
      edges: [column('source', ':START_ID'), column('target', ':END_ID'), { header: ':TYPE', value: (row) => String(row.predicate).toUpperCase() }, column('id'), column('label'), ...edgeColumns.map((c) => column(c))],
    };
  }
  return {
    nodes: [column('id'), column('label'), ...nodeColumns.map((c) => column(c))],
    edges: [column('id'), column('source'), column('target'), column('label'), ...edgeColumns.map((c) => column(c))],
  };
}

export function writeCsv(graph: KnowledgeGraph, options: Partial<CsvOptions> = {}): CsvTables {
  const { lang = 'en', dialect = 'default', bom = false } = options;
  const delimiter = dialect === 'neo4j' ? arrayDelimiter(graph) : undefined;
  const fields = fieldsFor(dialect, delimiter ?? ';');
  const nodes = graph.mapNodes((id, a) => ({ id, label: a.labels[lang], ...flattenNode(a) }));
  const edges = graph.mapEdges((id, a, source, target) => ({ id, source, target, label: a.labels[lang], ...flattenEdge(a) }));
  return { nodes: table(fields.nodes, nodes, bom), edges: table(fields.edges, edges, bom), ...(delimiter ? { arrayDelimiter: delimiter } : {}) };
}

/** The command that loads the neo4j dialect's two files into an empty Neo4j 5 database. */
export function neo4jImportCommand(nodesFile: string, edgesFile: string, delimiter: string): string {
  return [
    '# Loads the two CSV files into a new, empty Neo4j 5 database: stop the database, then run this in the folder that holds them.',
    `neo4j-admin database import full --nodes=${nodesFile} --relationships=${edgesFile} --array-delimiter='${delimiter}' --multiline-fields=true --overwrite-destination=true neo4j`,
    '',
  ].join('\n');
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
