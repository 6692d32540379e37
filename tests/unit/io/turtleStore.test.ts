/**
 * The Turtle export loaded into a real SPARQL store (Oxigraph, compiled to WebAssembly) and
 * queried as a researcher would: labels in both languages, every annotation's exact quote at
 * its W3C position, Norway's relations, the vocabulary's own labels, the articles behind each
 * statement.
 */
import { MultiDirectedGraph } from 'graphology';
import { Store, type Term } from 'oxigraph';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph, NodeAttributes } from '../../../src/model/graph';
import { PREDICATE_IDS } from '../../../src/model/vocabulary';
import { RELATION, VOCAB, writeTurtle } from '../../../src/io/turtle';
import { applyFilter } from '../../../src/query/filter';
import { emptyFilter } from '../../../src/query/filterSpec';
import { keptSubgraph } from '../../../src/query/subgraph';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const texts = new Map(sources.map((s) => [s.id, s.text]));
const E = 'https://kg.invalid/entity/';
const PREFIXES = `PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rel: <${RELATION}>
PREFIX kg: <${VOCAB}>
`;

function load(g: KnowledgeGraph, base?: string): Store {
  const store = new Store();
  store.load(writeTurtle(g, { sources, ...(base ? { base } : {}) }), { format: 'text/turtle' });
  return store;
}

/** SELECT rows as plain objects: each variable's value, with "@lang" appended to a tagged literal. */
function select(store: Store, query: string): Record<string, string>[] {
  const rows = store.query(PREFIXES + query) as Map<string, Term>[];
  return rows.map((row) =>
    Object.fromEntries([...row].map(([name, term]) => [name, term.termType === 'Literal' && term.language ? `${term.value}@${term.language}` : term.value])),
  );
}

const norwayView = keptSubgraph(graph, applyFilter(graph, { ...emptyFilter(), actors: ['norway'] }));

describe.each([
  ['the whole graph', graph],
  ['Norway and its neighbours', norwayView],
])('Turtle in a SPARQL store: %s', (_name, g) => {
  const store = load(g);

  it('gives every entity its label in Vietnamese and in English', () => {
    expect(select(store, `SELECT ?l WHERE { <${E}norway> rdfs:label ?l } ORDER BY ?l`).map((r) => r.l)).toEqual(['Na Uy@vi', 'Norway@en']);
    for (const lang of ['vi', 'en']) {
      const labelled = select(store, `SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Entity ; rdfs:label ?l . FILTER(lang(?l) = "${lang}") }`);
      expect(labelled[0]?.n).toBe(String(g.order));
    }
  });

  it("holds every annotation's exact quote, found in its article at the selector's W3C position", () => {
    const rows = select(
      store,
      `SELECT ?statement ?source ?exact ?start ?end WHERE {
        ?a a oa:Annotation ; oa:hasBody ?statement ; oa:hasTarget ?t .
        ?t oa:hasSource ?source ; oa:hasSelector ?q, ?p .
        ?q a oa:TextQuoteSelector ; oa:exact ?exact .
        ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
      }`,
    );
    const expected = g.mapEdges((_e, a) => a.evidence.map((e) => e.quote)).flat();
    expect(rows.map((r) => r.exact).sort()).toEqual(expected.sort());
    for (const row of rows) {
      const text = [...(texts.get(decodeURIComponent((row.source as string).split('/').pop() as string)) as string)];
      expect(text.slice(Number(row.start), Number(row.end)).join('')).toBe(row.exact);
    }
  });

  it("answers Norway's relations, labelled by the vocabulary in both languages", () => {
    const rows = select(
      store,
      `SELECT ?p ?o ?pvi ?pen WHERE {
        <${E}norway> ?p ?o . ?p a owl:ObjectProperty ; rdfs:label ?pvi, ?pen .
        FILTER(lang(?pvi) = "vi" && lang(?pen) = "en")
      }`,
    );
    const expected = g.mapOutEdges('norway', (_e, a, _s, t) => `${a.predicate} ${t} ${a.predicateLabels.vi} ${a.predicateLabels.en}`).sort();
    expect(rows.map((r) => `${(r.p as string).slice(RELATION.length)} ${(r.o as string).slice(E.length)} ${(r.pvi as string).replace(/@vi$/, '')} ${(r.pen as string).replace(/@en$/, '')}`).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
  });

  it('derives every statement from articles described by title, date, publisher and language', () => {
    const rows = select(
      store,
      `SELECT ?s ?title ?date ?publisher ?language WHERE {
        ?s a rdf:Statement ; prov:wasDerivedFrom ?doc .
        ?doc dcterms:title ?title ; dcterms:date ?date ; dcterms:language ?language .
        OPTIONAL { ?doc dcterms:publisher ?publisher . FILTER(lang(?publisher) = "en") }
        FILTER(lang(?title) = "vi")
      }`,
    );
    expect(new Set(rows.map((r) => r.s)).size).toBe(g.size);
    expect(rows.find((r) => r.title?.startsWith('Liên minh châu Âu và Na Uy ký'))).toMatchObject({ date: '2024-05', publisher: 'VNA (Vietnam News Agency)@en', language: 'vi' });
  });
});

describe('Turtle vocabulary and literals', () => {
  const store = load(graph, 'https://example.org/kg/');

  it('declares every predicate with labels in both languages, at a namespace that does not move with --base', () => {
    const rows = select(store, `SELECT ?p ?vi ?en WHERE { ?p a owl:ObjectProperty ; rdfs:label ?vi, ?en ; rdfs:domain ?d ; rdfs:range ?r . FILTER(lang(?vi) = "vi" && lang(?en) = "en") }`);
    expect(rows.map((r) => r.p).sort()).toEqual(PREDICATE_IDS.map((p) => `${RELATION}${p}`).sort());
    expect(select(store, `SELECT ?o WHERE { <https://example.org/kg/entity/norway> rel:signs ?o }`).map((r) => r.o)).toEqual(['https://example.org/kg/entity/eu-norway-spd']);
  });

  it('tags aliases by language, leaving codes such as EU untagged', () => {
    const aliases = (id: string) => select(store, `SELECT ?a WHERE { <https://example.org/kg/entity/${id}> skos:altLabel ?a }`).map((r) => r.a).sort();
    expect(aliases('eu')).toEqual(['EU', 'Liên minh Châu Âu@vi']);
    expect(aliases('norway-embassies')).toEqual(['Norwegian embassies@en', 'Đại sứ quán Na Uy@vi']);
    expect(aliases('ukraine')).toEqual(['U-crai-na@vi']);
  });

  it('converts UTF-16 offsets to the code points W3C selectors count, after a character outside the BMP', () => {
    const g: KnowledgeGraph = new MultiDirectedGraph();
    g.replaceAttributes({ name: 't', sourceDates: {} });
    const node: NodeAttributes = { label: 'x', labels: { vi: 'x', en: 'x' }, kind: 'actor', aliases: [], description: { vi: '', en: '' }, dates: [], sources: ['doc'], color: '#000000', x: 0, y: 0, size: 1 };
    g.addNode('a', node);
    g.addNode('b', { ...node });
    const text = '😀 Na Uy ký thỏa thuận';
    g.addEdgeWithKey('a:signs:b', 'a', 'b', { label: 's', predicate: 'signs', predicateLabels: { vi: 'ký', en: 'signs' }, labels: { vi: 'ký', en: 'signs' }, evidence: [{ source: 'doc', quote: 'Na Uy', start: 3, end: 8 }] });
    const doc = { id: 'doc', title: { vi: 't', en: 't' }, language: 'vi' as const, text };
    const s = new Store();
    s.load(writeTurtle(g, { sources: [doc] }), { format: 'text/turtle' });
    expect(select(s, 'SELECT ?start ?end WHERE { ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }')).toEqual([{ start: '2', end: '7' }]);
    const withoutText = new Store();
    withoutText.load(writeTurtle(g), { format: 'text/turtle' });
    expect(select(withoutText, 'SELECT ?p WHERE { ?p a oa:TextPositionSelector }')).toEqual([]);
    expect(select(withoutText, 'SELECT ?q WHERE { ?x oa:exact ?q }')).toEqual([{ q: 'Na Uy' }]);
  });
});
