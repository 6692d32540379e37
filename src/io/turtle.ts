/**
 * RDF Turtle. Entities are IRIs under a base (default https://kg.invalid/, a domain that can
 * never resolve: pass your own); labels are language-tagged; each relation is a triple with
 * its predicate as a property, reified as an rdf:Statement that carries its labels, date and
 * inference; each evidence record is a W3C Web Annotation whose target selects the quote in
 * the source text (oa:TextQuoteSelector + oa:TextPositionSelector).
 */
import type { KnowledgeGraph } from '../model/graph';

export const DEFAULT_BASE = 'https://kg.invalid/';

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

function iri(base: string, kind: string, id: string): string {
  return `<${base}${kind}/${encodeURIComponent(id)}>`;
}

const pascal = (s: string) => s.replace(/(^|[_\s-]+)(\w)/g, (_m, _sep, c: string) => c.toUpperCase());

function dateLiteral(date: string): string {
  const type = date.length === 4 ? 'gYear' : date.length === 7 ? 'gYearMonth' : 'date';
  return `${turtleString(date)}^^xsd:${type}`;
}

export function writeTurtle(graph: KnowledgeGraph, base = DEFAULT_BASE): string {
  const out = [
    '@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .',
    '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
    '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .',
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
    '@prefix dcterms: <http://purl.org/dc/terms/> .',
    '@prefix oa: <http://www.w3.org/ns/oa#> .',
    `@prefix kg: <${base}vocab/> .`,
    `@prefix rel: <${base}relation/> .`,
    '',
  ];
  const sources = new Set<string>();
  graph.forEachNode((id, a) => {
    const props = [
      `a kg:${pascal(a.kind)}`,
      `rdfs:label ${turtleString(a.labels.vi)}@vi, ${turtleString(a.labels.en)}@en`,
      ...(a.aliases.length ? [`skos:altLabel ${a.aliases.map(turtleString).join(', ')}`] : []),
      ...(a.description.vi ? [`dcterms:description ${turtleString(a.description.vi)}@vi`] : []),
      ...(a.description.en ? [`dcterms:description ${turtleString(a.description.en)}@en`] : []),
      ...(a.category ? [`kg:category ${turtleString(a.category)}`] : []),
      ...a.dates.map((d) => `kg:${d.type.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase())} ${dateLiteral(d.date)}`),
      ...(a.sources.length ? [`dcterms:source ${a.sources.map((s) => iri(base, 'source', s)).join(', ')}`] : []),
    ];
    a.sources.forEach((s) => sources.add(s));
    out.push(`${iri(base, 'entity', id)}\n    ${props.join(' ;\n    ')} .`, '');
  });
  graph.forEachEdge((id, a, source, target) => {
    const s = iri(base, 'entity', source);
    const o = iri(base, 'entity', target);
    const statement = iri(base, 'statement', id);
    out.push(`${s} rel:${a.predicate} ${o} .`);
    const props = [
      'a rdf:Statement',
      `rdf:subject ${s}`,
      `rdf:predicate rel:${a.predicate}`,
      `rdf:object ${o}`,
      `rdfs:label ${turtleString(a.labels.vi)}@vi, ${turtleString(a.labels.en)}@en`,
      ...(a.date ? [`dcterms:date ${dateLiteral(a.date)}`] : []),
      ...(a.dateInferred ? [`kg:dateInferred ${turtleString(a.dateInferred)}`] : []),
      ...(a.inferred ? [`kg:inferred ${turtleString(a.inferred)}`] : []),
    ];
    out.push(`${statement}\n    ${props.join(' ;\n    ')} .`);
    a.evidence.forEach((e, i) => {
      sources.add(e.source);
      out.push(
        `${iri(base, 'annotation', `${id}#${i}`)} a oa:Annotation ;\n` +
          '    oa:motivatedBy oa:describing ;\n' +
          `    oa:hasBody ${statement} ;\n` +
          '    oa:hasTarget [\n' +
          '        a oa:SpecificResource ;\n' +
          `        oa:hasSource ${iri(base, 'source', e.source)} ;\n` +
          `        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ${turtleString(e.quote)} ] ,\n` +
          `            [ a oa:TextPositionSelector ; oa:start ${e.start} ; oa:end ${e.end} ]\n` +
          '    ] .',
      );
    });
    out.push('');
  });
  const sourceDates = graph.getAttribute('sourceDates') ?? {};
  for (const s of sources) {
    const date = sourceDates[s];
    out.push(`${iri(base, 'source', s)} a dcterms:BibliographicResource${date ? ` ;\n    dcterms:date ${dateLiteral(date)}` : ''} .`);
  }
  return `${out.join('\n')}\n`;
}
