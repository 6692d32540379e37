/**
 * Cypher for Neo4j: MERGE statements that recreate the graph, idempotently. Every node is an
 * :Entity with a label for its kind (:Actor, :Agreement…); relationship types are the
 * predicates in upper case (:SIGNS). Strings are single-quoted with every special character
 * escaped; names that are not plain identifiers are backtick-quoted.
 */
import type { KnowledgeGraph } from '../model/graph';
import { flattenEdge, flattenNode } from './flatten';

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

const pascal = (s: string) => s.replace(/(^|[_\s-]+)(\w)/g, (_m, _sep, c: string) => c.toUpperCase());

function properties(record: Record<string, string | number | undefined>): string {
  return Object.entries(record)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${cypherName(k)}: ${typeof v === 'number' ? String(v) : cypherString(v)}`)
    .join(', ');
}

export function writeCypher(graph: KnowledgeGraph): string {
  const lines = [
    '// Load with: cypher-shell -u neo4j -p <password> -f graph.cypher  (or paste into Neo4j Browser)',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
  ];
  graph.forEachNode((id, a) => {
    const { x: _x, y: _y, size: _size, color: _color, ...props } = flattenNode(a);
    lines.push(`MERGE (n:Entity {id: ${cypherString(id)}}) SET n:${cypherName(pascal(a.kind))}, n += {${properties({ label: a.label, ...props })}};`);
  });
  graph.forEachEdge((id, a, source, target) => {
    lines.push(
      `MATCH (a:Entity {id: ${cypherString(source)}}), (b:Entity {id: ${cypherString(target)}}) ` +
        `MERGE (a)-[r:${cypherName(a.predicate.toUpperCase())} {id: ${cypherString(id)}}]->(b) SET r += {${properties({ label: a.label, ...flattenEdge(a) })}};`,
    );
  });
  return `${lines.join('\n')}\n`;
}
