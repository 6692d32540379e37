import fc from 'fast-check';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../../src/model/graph';
import { parseCsv, writeCsv } from '../../../src/io/csv';
import { cypherString, writeCypher } from '../../../src/io/cypher';
import { flattenEdge, flattenNode } from '../../../src/io/flatten';
import { writeGexf } from '../../../src/io/gexf';
import { writeGraphml } from '../../../src/io/graphml';
import { writeJson } from '../../../src/io/json';
import { readGraphFile } from '../../../src/io/read';
import { writeTurtle } from '../../../src/io/turtle';
import { arbitraryGraph, hardString } from '../../helpers/arbitraryGraph';

const bytes = (text: string) => new TextEncoder().encode(text);

function expectSameGraph(read: KnowledgeGraph, original: KnowledgeGraph): void {
  expect(read.order).toBe(original.order);
  expect(read.size).toBe(original.size);
  original.forEachNode((node, attrs) => {
    expect(read.hasNode(node), node).toBe(true);
    expect(read.getNodeAttributes(node)).toEqual(attrs);
  });
  original.forEachEdge((edge, attrs, source, target) => {
    expect(read.hasEdge(edge), edge).toBe(true);
    expect(read.extremities(edge)).toEqual([source, target]);
    expect(read.getEdgeAttributes(edge)).toEqual(attrs);
  });
}

describe('export → import round trips keep nodes, edges and attributes', () => {
  it.each([
    ['gexf', (g: KnowledgeGraph) => writeGexf(g, { lang: 'vi' })],
    ['gexf', (g: KnowledgeGraph) => writeGexf(g, { version: '1.2' })],
    ['graphml', (g: KnowledgeGraph) => writeGraphml(g, { lang: 'vi' })],
    ['json', writeJson],
    ['json', (g: KnowledgeGraph) => writeJson(g, { lang: 'vi' })],
  ] as const)('%s', (format, write) => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const read = readGraphFile(`test.${format}`, bytes(write(graph)));
        expectSameGraph(read.graph, graph);
        expect(read.needsLayout).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('CSV', () => {
  it('writes RFC 4180 that reads back to the same fields', () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const { nodes, edges } = writeCsv(graph);
        expect(nodes.endsWith('\r\n')).toBe(true);
        const nodeRows = parseCsv(nodes);
        const [header, ...rows] = nodeRows;
        expect(rows).toHaveLength(graph.order);
        graph.forEachNode((id, attrs) => {
          const row = rows.find((r) => r[0] === id);
          expect(row, id).toBeDefined();
          const record = Object.fromEntries((header as string[]).map((h, i) => [h, row?.[i]]));
          for (const [k, v] of Object.entries(flattenNode(attrs))) expect(record[k], k).toBe(v === undefined ? '' : String(v));
        });
        const [edgeHeader, ...edgeRows] = parseCsv(edges);
        expect(edgeRows).toHaveLength(graph.size);
        graph.forEachEdge((id, attrs, source, target) => {
          const row = edgeRows.find((r) => r[0] === id) as string[];
          const record = Object.fromEntries((edgeHeader as string[]).map((h, i) => [h, row[i]]));
          expect([record.source, record.target]).toEqual([source, target]);
          expect(JSON.parse(record.evidence as string)).toEqual(attrs.evidence);
          expect(record.label_vi).toBe(flattenEdge(attrs).label_vi);
          expect([record.inferred_vi, record.inferred_en]).toEqual([attrs.inferred?.vi ?? '', attrs.inferred?.en ?? '']);
          expect([record.date_inferred_vi, record.date_inferred_en]).toEqual([attrs.dateInferred?.vi ?? '', attrs.dateInferred?.en ?? '']);
        });
      }),
      { numRuns: 60 },
    );
  });
});

/** A reference decoder for Cypher string literals, to check the encoder against. */
function decodeCypherString(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  const map: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "'") throw new Error(`unescaped quote at ${i}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body[++i] as string;
    if (next === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next in map) out += map[next];
    else throw new Error(`unknown escape \\${next}`);
  }
  return out;
}

describe('Cypher', () => {
  it('escapes every string so that it decodes to itself', () => {
    fc.assert(
      fc.property(fc.oneof(hardString, fc.string({ unit: 'binary' })), (s) => {
        expect(decodeCypherString(cypherString(s))).toBe(s);
      }),
    );
  });

  it('writes one row per node and per edge, in batched statements that each end with a semicolon', () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const text = writeCypher(graph);
        const statements = text.split(/;\n/).filter((s) => s.trim() && !s.trim().startsWith('//'));
        const rows = text.split('\n').filter((l) => l.startsWith('  {id: '));
        expect(rows).toHaveLength(graph.order + graph.size);
        expect(statements.filter((s) => s.includes('MERGE (n:Entity {id: row.id})'))).toHaveLength(new Set(graph.mapNodes((_n, a) => a.kind)).size);
        expect(statements.filter((s) => s.includes('MATCH (a:Entity {id: row.source})\nMATCH (b:Entity {id: row.target})'))).toHaveLength(new Set(graph.mapEdges((_e, a) => a.predicate)).size);
        expect(text.endsWith(';\n')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('Turtle', () => {
  it('parses (N3.js) to labels in both languages, one triple per relation, and evidence annotations', () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const quads = new Parser().parse(writeTurtle(graph));
        const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
        const entity = (id: string) => `https://kg.invalid/entity/${encodeURIComponent(id)}`;
        graph.forEachNode((id, attrs) => {
          const labels = quads.filter((q) => q.subject.value === entity(id) && q.predicate.value === RDFS_LABEL);
          expect(labels.map((q) => [q.object.value, (q.object as { language?: string }).language]).sort()).toEqual(
            [[attrs.labels.vi, 'vi'], [attrs.labels.en, 'en']].sort(),
          );
        });
        const relationTriples = quads.filter((q) => q.predicate.value.startsWith('https://kg.invalid/relation/'));
        expect(new Set(relationTriples.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)).size).toBe(
          new Set(graph.mapEdges((_e, a, s, t) => `${entity(s)} https://kg.invalid/relation/${a.predicate} ${entity(t)}`)).size,
        );
        const tagged = (name: string) =>
          quads.filter((q) => q.predicate.value === `https://kg.invalid/vocab/${name}`).map((q) => [q.object.value, (q.object as { language?: string }).language]).sort();
        const reasons = (name: 'inferred' | 'dateInferred') => graph.mapEdges((_e, a) => a[name]).flatMap((r) => (r ? [[r.vi, 'vi'], [r.en, 'en']] : [])).sort();
        expect(tagged('inferred')).toEqual(reasons('inferred'));
        expect(tagged('dateInferred')).toEqual(reasons('dateInferred'));
        const exact = quads.filter((q) => q.predicate.value === 'http://www.w3.org/ns/oa#exact').map((q) => q.object.value);
        expect(exact.sort()).toEqual(graph.mapEdges((_e, a) => a.evidence[0]?.quote ?? '').sort());
      }),
      { numRuns: 40 },
    );
  });
});
