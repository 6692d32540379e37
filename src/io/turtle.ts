/**
 * RDF Turtle that explains itself. The file declares its vocabulary (classes for the kinds,
 * properties for the predicates, each with rdfs:label in both languages, domain and range where
 * they hold) under a fixed namespace, so that data published under different bases shares one
 * vocabulary. Entities are IRIs under a base (default https://kg.invalid/, a domain that can
 * never resolve: pass your own); labels and aliases are language-tagged; each relation is a
 * triple with its predicate as a property, reified as an rdf:Statement that carries its labels,
 * date, inference (the reason language-tagged, like the labels) and prov:wasDerivedFrom its articles; each evidence record is a W3C Web
 * Annotation whose target selects the quote in the article (oa:TextQuoteSelector, and an
 * oa:TextPositionSelector when the article's text is at hand: W3C counts Unicode code points,
 * our offsets count UTF-16 units, so they are converted; they differ only after a character
 * outside the Basic Multilingual Plane, such as an emoji). Articles are described by title,
 * date, publisher and language.
 */
import { sourceDateOf, type KnowledgeGraph, type SourceDocument } from '../model/graph';
import { DATE_TYPES, KINDS, PREDICATES, type Bilingual } from '../model/vocabulary';
import { aliasLanguage } from '../text/language';
import { pascalCase } from './flatten';

export const DEFAULT_BASE = 'https://kg.invalid/';
/** The vocabulary's namespaces: fixed, whatever --base says. */
export const VOCAB = 'https://kg.invalid/vocab/';
export const RELATION = 'https://kg.invalid/relation/';

export type TurtleOptions = { base: string; sources: SourceDocument[] };

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A Turtle string literal; characters UTF-8 cannot carry (lone surrogates) become U+FFFD. */
export function turtleString(text: string): string {
  const safe = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const body = safe
    .replace(/[\\"\n\r\t\b\f]/g, (c) => ESCAPES[c] as string)
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${body}"`;
}

const bilingual = (b: Bilingual) => `${turtleString(b.vi)}@vi, ${turtleString(b.en)}@en`;
const camel = (s: string) => s.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());

function dateLiteral(date: string): string {
  const type = date.length === 4 ? 'gYear' : date.length === 7 ? 'gYearMonth' : 'date';
  return `${turtleString(date)}^^xsd:${type}`;
}

function aliasLiteral(alias: string): string {
  const lang = aliasLanguage(alias);
  return lang ? `${turtleString(alias)}@${lang}` : turtleString(alias);
}

/** The vocabulary, declared in the file so that a triple store shows labelled classes and predicates. */
function vocabulary(): string[] {
  const entity = `kg:Entity a owl:Class ;\n    rdfs:label ${bilingual({ vi: 'Thực thể', en: 'Entity' })} .`;
  const classes = Object.entries(KINDS).map(([kind, k]) => `kg:${pascalCase(kind)} a owl:Class ;\n    rdfs:subClassOf kg:Entity ;\n    rdfs:label ${bilingual(k)} .`);
  const relations = Object.entries(PREDICATES).map(
    ([predicate, p]) => `rel:${predicate} a owl:ObjectProperty ;\n    rdfs:label ${bilingual(p)} ;\n    rdfs:domain kg:Entity ;\n    rdfs:range kg:Entity .`,
  );
  const dates = Object.entries(DATE_TYPES).map(([type, d]) => `kg:${camel(type)} a owl:DatatypeProperty ;\n    rdfs:label ${bilingual(d)} ;\n    rdfs:domain kg:Entity .`);
  // The reasons are language-tagged text, like the labels; the category is a code.
  const notes = [
    ['category', { vi: 'Nhóm chủ thể', en: 'Actor category' }, 'kg:Entity', 'xsd:string'],
    ['inferred', { vi: 'Lý do suy ra quan hệ', en: 'Why the relation is inferred' }, 'rdf:Statement', 'rdf:langString'],
    ['dateInferred', { vi: 'Lý do suy ra ngày', en: 'Why the date is inferred' }, null, 'rdf:langString'],
  ] as const;
  return [
    `<${VOCAB}> a owl:Ontology ;\n    rdfs:label ${bilingual({ vi: 'Từ vựng của đồ thị quan hệ đối tác an ninh và quốc phòng', en: 'Vocabulary of the security and defence partnerships graph' })} .`,
    entity,
    ...classes,
    ...relations,
    ...dates,
    ...notes.map(([name, label, domain, range]) => `kg:${name} a owl:DatatypeProperty ;\n    rdfs:label ${bilingual(label)} ;${domain ? `\n    rdfs:domain ${domain} ;` : ''}\n    rdfs:range ${range} .`),
    '',
  ];
}

/** Code point offsets (what W3C selectors count) of a quote, when the article's text confirms it. */
function codePointRange(text: string | undefined, quote: string, start: number, end: number): { start: number; end: number } | null {
  if (text === undefined || text.slice(start, end) !== quote) return null;
  if (!/[\uD800-\uDFFF]/.test(text.slice(0, end))) return { start, end };
  const cpStart = [...text.slice(0, start)].length;
  return { start: cpStart, end: cpStart + [...quote].length };
}

export function writeTurtle(graph: KnowledgeGraph, options: Partial<TurtleOptions> = {}): string {
  const { base = DEFAULT_BASE, sources = [] } = options;
  const iri = (kind: string, id: string) => `<${base}${kind}/${encodeURIComponent(id)}>`;
  const documents = new Map(sources.map((s) => [s.id, s]));
  const out = [
    '@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .',
    '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
    '@prefix owl: <http://www.w3.org/2002/07/owl#> .',
    '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .',
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
    '@prefix dcterms: <http://purl.org/dc/terms/> .',
    '@prefix prov: <http://www.w3.org/ns/prov#> .',
    '@prefix oa: <http://www.w3.org/ns/oa#> .',
    `@prefix kg: <${VOCAB}> .`,
    `@prefix rel: <${RELATION}> .`,
    '',
    ...vocabulary(),
  ];
  const cited = new Set<string>();
  graph.forEachNode((id, a) => {
    const props = [
      `a kg:Entity, kg:${pascalCase(a.kind)}`,
      `rdfs:label ${bilingual(a.labels)}`,
      ...(a.aliases.length ? [`skos:altLabel ${a.aliases.map(aliasLiteral).join(', ')}`] : []),
      ...(a.description.vi ? [`dcterms:description ${turtleString(a.description.vi)}@vi`] : []),
      ...(a.description.en ? [`dcterms:description ${turtleString(a.description.en)}@en`] : []),
      ...(a.category ? [`kg:category ${turtleString(a.category)}`] : []),
      ...a.dates.map((d) => `kg:${camel(d.type)} ${dateLiteral(d.date)}`),
      ...(a.sources.length ? [`dcterms:source ${a.sources.map((s) => iri('source', s)).join(', ')}`] : []),
    ];
    a.sources.forEach((s) => cited.add(s));
    out.push(`${iri('entity', id)}\n    ${props.join(' ;\n    ')} .`, '');
  });
  graph.forEachEdge((id, a, source, target) => {
    const s = iri('entity', source);
    const o = iri('entity', target);
    const statement = iri('statement', id);
    const articles = [...new Set(a.evidence.map((e) => e.source))];
    out.push(`${s} rel:${a.predicate} ${o} .`);
    const props = [
      'a rdf:Statement',
      `rdf:subject ${s}`,
      `rdf:predicate rel:${a.predicate}`,
      `rdf:object ${o}`,
      `rdfs:label ${bilingual(a.labels)}`,
      ...(a.date ? [`dcterms:date ${dateLiteral(a.date)}`] : []),
      ...(a.dateInferred ? [`kg:dateInferred ${bilingual(a.dateInferred)}`] : []),
      ...(a.inferred ? [`kg:inferred ${bilingual(a.inferred)}`] : []),
      ...(articles.length ? [`prov:wasDerivedFrom ${articles.map((doc) => iri('source', doc)).join(', ')}`] : []),
    ];
    out.push(`${statement}\n    ${props.join(' ;\n    ')} .`);
    a.evidence.forEach((e, i) => {
      cited.add(e.source);
      const position = codePointRange(documents.get(e.source)?.text, e.quote, e.start, e.end);
      const selectors = [
        `[ a oa:TextQuoteSelector ; oa:exact ${turtleString(e.quote)} ]`,
        ...(position ? [`[ a oa:TextPositionSelector ; oa:start ${position.start} ; oa:end ${position.end} ]`] : []),
      ];
      out.push(
        `${iri('annotation', `${id}#${i}`)} a oa:Annotation ;\n` +
          '    oa:motivatedBy oa:describing ;\n' +
          `    oa:hasBody ${statement} ;\n` +
          '    oa:hasTarget [\n' +
          '        a oa:SpecificResource ;\n' +
          `        oa:hasSource ${iri('source', e.source)} ;\n` +
          `        oa:hasSelector ${selectors.join(' ,\n            ')}\n` +
          '    ] .',
      );
    });
    out.push('');
  });
  const sourceDates = graph.getAttribute('sourceDates') ?? {};
  for (const id of cited) {
    const doc = documents.get(id);
    // An imported file may cite a source named like an Object method ("valueOf"): own keys only.
    const date = doc?.date ?? sourceDateOf(sourceDates, id);
    const props = [
      'a dcterms:BibliographicResource, prov:Entity',
      ...(doc ? [`dcterms:title ${bilingual(doc.title)}`, `dcterms:language ${turtleString(doc.language)}^^xsd:language`] : []),
      ...(doc?.publisher ? [`dcterms:publisher ${bilingual(doc.publisher)}`] : []),
      ...(date ? [`dcterms:date ${dateLiteral(date)}`] : []),
      ...(doc?.dateInferred ? [`kg:dateInferred ${bilingual(doc.dateInferred)}`] : []),
    ];
    out.push(`${iri('source', id)}\n    ${props.join(' ;\n    ')} .`);
  }
  return `${out.join('\n')}\n`;
}
