/**
 * Cypher for Neo4j: batched `UNWIND … MERGE` statements that recreate the graph, idempotently
 * (one statement per kind or predicate and 500 rows, not one per element: a large graph loads
 * in seconds). Every node is an :Entity with a label for its kind (:Actor, :Agreement…);
 * relationship types are the predicates in upper case (:SIGNS), found by two MATCH clauses (a
 * comma between the patterns would be a cartesian product, which Neo4j warns about). Aliases,
 * sources and quotes are lists; dates and evidence, lists of maps that Neo4j cannot store as a
 * property, stay JSON strings. Strings are single-quoted with every special character escaped;
 * names that are not plain identifiers are backtick-quoted.
 */
import type { KnowledgeGraph } from '../model/graph';
import { flattenEdge, flattenNode, pascalCase } from './flatten';
import type { ExportLang } from './options';

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A Cypher string literal. Other control characters become \uXXXX escapes. */
export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const body = text.replace(/[\\'\n\r\t\b\f]/g, (c) => ESCAPES[c] as string).replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}

/** A label or relationship type: plain when it is an identifier, else backtick-quoted. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

type Value = string | number | string[] | { [key: string]: Value | undefined };

/** A literal; in a map, absent values are left out, so no property is set to null. */
function literal(value: Value): string {
  if (Array.isArray(value)) return `[${value.map(cypherString).join(', ')}]`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return cypherString(value);
  return `{${Object.entries(value)
    .filter((e): e is [string, Value] => e[1] !== undefined)
    .map(([k, v]) => `${cypherName(k)}: ${literal(v)}`)
    .join(', ')}}`;
}

/** Rows per UNWIND: large enough to load fast, small enough for one transaction anywhere. */
const BATCH = 500;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const rows = (items: string[]) => `UNWIND [\n${items.map((row) => `  ${row}`).join(',\n')}\n] AS row`;

export function writeCypher(graph: KnowledgeGraph, { lang = 'en' }: { lang?: ExportLang } = {}): string {
  const nodes = graph.mapNodes((id, a) => {
    const { x: _x, y: _y, size: _size, color: _color, aliases: _aliases, sources: _sources, ...flat } = flattenNode(a);
    return { kind: a.kind, row: literal({ id, props: { label: a.labels[lang], ...flat, aliases: a.aliases, sources: a.sources } }) };
  });
  const edges = graph.mapEdges((id, a, source, target) => {
    const props = { label: a.labels[lang], ...flattenEdge(a), sources: [...new Set(a.evidence.map((e) => e.source))], quotes: a.evidence.map((e) => e.quote) };
    return { predicate: a.predicate, row: literal({ id, source, target, props }) };
  });
  const statements = [
    `// ${graph.getAttribute('name') ?? 'Graph'}: ${graph.order} entities, ${graph.size} relations; labels in ${lang === 'vi' ? 'Vietnamese' : 'English'}.`,
    '// For Neo4j 5 and 4.4 (constraint syntax FOR … REQUIRE; MERGE, so loading twice changes nothing).',
    '// Load with: cypher-shell -u neo4j -p <password> -f FILE   (or paste into Neo4j Browser)',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
  ];
  for (const [kind, group] of groupBy(nodes, (n) => n.kind)) {
    for (const batch of batches(group)) {
      statements.push(`${rows(batch.map((n) => n.row))}\nMERGE (n:Entity {id: row.id})\nSET n:${cypherName(pascalCase(kind))}, n += row.props;`);
    }
  }
  for (const [predicate, group] of groupBy(edges, (e) => e.predicate)) {
    for (const batch of batches(group)) {
      statements.push(
        `${rows(batch.map((e) => e.row))}\nMATCH (a:Entity {id: row.source})\nMATCH (b:Entity {id: row.target})\n` +
          `MERGE (a)-[r:${cypherName(predicate.toUpperCase())} {id: row.id}]->(b)\nSET r += row.props;`,
      );
    }
  }
  return `${statements.join('\n')}\n`;
}
