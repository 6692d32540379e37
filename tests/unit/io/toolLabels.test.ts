/**
 * What the tools display: GEXF, GraphML and graphology JSON read back by graphology's own
 * parsers (the code Gephi Lite and sigma use) carry the label in the chosen language, the keys Gephi, Cytoscape and
 * igraph look for by name, attribute titles equal to their ids (what NetworkX keys them by),
 * and a start date on each dated relation for Gephi's timeline.
 */
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { relationStart, writeGexf } from '../../../src/io/gexf';
import { writeGraphml } from '../../../src/io/graphml';
import { writeJson } from '../../../src/io/json';
import { readGraphFile } from '../../../src/io/read';
import { applyFilter } from '../../../src/query/filter';
import { emptyFilter } from '../../../src/query/filterSpec';
import { keptSubgraph } from '../../../src/query/subgraph';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const norway = keptSubgraph(graph, applyFilter(graph, { ...emptyFilter(), actors: ['norway'] }));

describe.each([
  ['the whole graph', graph],
  ['Norway and its neighbours', norway],
])('%s', (_name, g) => {
  it.each(['vi', 'en'] as const)('GEXF 1.3 and 1.2 in %s: graphology-gexf reads the label in that language', (lang) => {
    for (const version of ['1.3', '1.2'] as const) {
      const read = gexf.parse(Graph, writeGexf(g, { lang, version }));
      expect(read.order).toBe(g.order);
      expect(read.size).toBe(g.size);
      expect(read.getNodeAttribute('norway', 'label')).toBe(lang === 'vi' ? 'Na Uy' : 'Norway');
      g.forEachNode((node, a) => expect(read.getNodeAttribute(node, 'label')).toBe(a.labels[lang]));
    }
  });

  it.each(['vi', 'en'] as const)('graphology JSON in %s: Graph.from() gives sigma the label in that language', (lang) => {
    const read = Graph.from(JSON.parse(writeJson(g, { lang })) as ReturnType<typeof g.export>);
    g.forEachNode((node, a) => expect(read.getNodeAttribute(node, 'label')).toBe(a.labels[lang]));
    g.forEachEdge((edge, a) => expect(read.getEdgeAttribute(edge, 'label')).toBe(a.labels[lang]));
  });

  it.each(['vi', 'en'] as const)('GraphML in %s: label, name and r/g/b where Gephi, Cytoscape and igraph look', (lang) => {
    const text = writeGraphml(g, { lang });
    const read = graphml.parse(Graph, text);
    expect(read.order).toBe(g.order);
    g.forEachNode((node, a) => {
      const attrs = read.getNodeAttributes(node);
      expect(attrs.label).toBe(a.labels[lang]);
      expect(attrs.name).toBe(a.labels[lang]);
    });
    read.forEachEdge((edge, attrs) => expect(attrs.label).toBe(g.getEdgeAttributes(edge).labels[lang]));
    // graphology folds r/g/b into its own colour, so read Gephi's keys from the file: Norway is #d9480f.
    for (const channel of ['r', 'g', 'b']) expect(text).toContain(`<key id="node_${channel}" for="node" attr.name="${channel}" attr.type="int"/>`);
    expect(text).toMatch(/<node id="norway">\s*<data key="node_label">[^<]*<\/data>\s*<data key="node_name">[^<]*<\/data>\s*<data key="node_r">217<\/data>\s*<data key="node_g">72<\/data>\s*<data key="node_b">15<\/data>/);
  });
});

describe('GEXF details', () => {
  it('titles every attribute by its id, so NetworkX keys values as label_vi, predicate…', () => {
    const text = writeGexf(graph);
    const attributes = [...text.matchAll(/<attribute id="([^"]+)" title="([^"]+)"/g)];
    expect(attributes.length).toBeGreaterThan(10);
    for (const [, id, title] of attributes) expect(title).toBe(id);
  });

  it('gives each dated relation its start, from its own date or else its article', () => {
    const text = writeGexf(graph);
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(text).toMatch(/<edge id="eu:signs:eu-norway-spd"[^>]* start="2024-05-28">/);
    const sourceDates = { a: '2019', b: '2024-05' };
    const base = { label: '', predicate: 'signs', predicateLabels: { vi: '', en: '' }, labels: { vi: '', en: '' } } as const;
    expect(relationStart({ ...base, date: '2024-05', evidence: [] }, sourceDates)).toBe('2024-05-01');
    expect(relationStart({ ...base, evidence: [{ source: 'b', quote: '', start: 0, end: 0 }, { source: 'a', quote: '', start: 0, end: 0 }] }, sourceDates)).toBe('2019-01-01');
    expect(relationStart({ ...base, evidence: [{ source: 'undated', quote: '', start: 0, end: 0 }] }, sourceDates)).toBeUndefined();
  });

  it('writes the 1.2draft namespaces for older readers, and our reader takes both versions back whole', () => {
    const text = writeGexf(graph, { version: '1.2', lang: 'vi' });
    expect(text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">');
    expect(text).not.toContain(' kind="');
    const read = readGraphFile('g.gexf', new TextEncoder().encode(text)).graph;
    expect(read.getNodeAttributes('norway')).toEqual(graph.getNodeAttributes('norway'));
    expect(read.getEdgeAttributes('eu:signs:eu-norway-spd')).toEqual(graph.getEdgeAttributes('eu:signs:eu-norway-spd'));
  });
});
