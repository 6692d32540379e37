import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../../src/io/gexf';
import { MultiDirectedGraph } from 'graphology';
import { IMPORT_LIMITS, ImportError, readGraphData, readGraphFile, type GraphPart } from '../../../src/io/read';
import { loadShipped } from '../../helpers/shipped';
import { PREDICATES } from '../../../src/model/vocabulary';

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string) => readGraphFile(name, bytes(text));
const GEXF = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n${body}\n</graph>\n</gexf>`;

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

describe('reading a user file', () => {
  it('opens our own GEXF export with every entity', () => {
    const { graph } = loadShipped();
    const imported = readGraphFile('seed.gexf', bytes(writeGexf(graph)));
    expect(imported.format).toBe('gexf');
    expect(imported.graph.order).toBe(graph.order);
    expect(imported.graph.getNodeAttribute('cyber-security', 'labels')).toEqual({ vi: 'An ninh mạng', en: 'Cyber security' });
  });

  it('opens a plain Gephi-style GEXF: labels, colours, undirected edges; asks for a layout when positions are missing', () => {
    const imported = read('plain.gexf', GEXF('<nodes><node id="1" label="Hà Nội"/><node id="2" label="Paris"/></nodes><edges><edge id="a" source="1" target="2" type="undirected"/></edges>'));
    expect(imported.graph.getNodeAttribute('1', 'labels')).toEqual({ vi: 'Hà Nội', en: 'Hà Nội' });
    expect(imported.graph.getNodeAttribute('1', 'kind')).toBe('other');
    expect(imported.graph.size).toBe(1);
    expect(imported.needsLayout).toBe(true);
  });

  it('reads an edge the file does not name as its predicate, in each language', () => {
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'a', attributes: { label: 'trades with' } },
      { source: 'a', target: 'b', attributes: { predicate: 'signs' } },
      { source: 'a', target: 'b', attributes: { predicate: 'trades_with' } },
    ];
    const imported = read('bare.json', JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }], edges }));
    const labels = imported.graph.mapEdges((_e, attrs) => attrs.labels);
    expect(labels).toEqual([
      { vi: 'liên quan đến', en: 'is related to' },
      { vi: 'trades with', en: 'trades with' },
      { vi: PREDICATES.signs.vi, en: PREDICATES.signs.en },
      { vi: 'trades_with', en: 'trades_with' },
    ]);
  });

  it('reads the reasons of our own export in both languages', () => {
    const { graph } = loadShipped();
    const edge = 'eu-norway-spd:instance_of:eu-security-defence-partnerships';
    const imported = read('seed.gexf', writeGexf(graph, { lang: 'vi' })).graph;
    expect(imported.getEdgeAttribute(edge, 'inferred')).toEqual(graph.getEdgeAttribute(edge, 'inferred'));
    expect(imported.getEdgeAttribute('eu:signs:eu-norway-spd', 'dateInferred')?.vi).toMatch(/^Bài báo chỉ nêu ngày và tháng/);
    expect(imported.getNodeAttribute('eu-norway-spd', 'dates')).toEqual(graph.getNodeAttribute('eu-norway-spd', 'dates'));
  });

  it('reads a reason written as one string (files from before reasons were bilingual) as the same words in both languages', () => {
    const fromJson = read('old.json', JSON.stringify({
      nodes: [{ key: 'a', attributes: { dates: [{ type: 'signed', date: '2024-05-28', dateInferred: 'year from the article' }] } }, { key: 'b' }],
      edges: [{ key: 'e', source: 'a', target: 'b', attributes: { predicate: 'signs', date: '2024', dateInferred: 'from the article', inferred: 'not stated' } }],
    })).graph;
    expect(fromJson.getNodeAttribute('a', 'dates')).toEqual([{ type: 'signed', date: '2024-05-28', dateInferred: { vi: 'year from the article', en: 'year from the article' } }]);
    expect(fromJson.getEdgeAttributes('e')).toMatchObject({ dateInferred: { vi: 'from the article', en: 'from the article' }, inferred: { vi: 'not stated', en: 'not stated' } });
    const columns = '<attributes class="edge"><attribute id="date_inferred" title="date_inferred" type="string"/><attribute id="inferred" title="inferred" type="string"/></attributes>';
    const fromGexf = read('old.gexf', GEXF(`${columns}<nodes><node id="1"/><node id="2"/></nodes><edges><edge id="e" source="1" target="2"><attvalues><attvalue for="date_inferred" value="từ bài báo"/><attvalue for="inferred" value="suy ra"/></attvalues></edge></edges>`)).graph;
    expect(fromGexf.getEdgeAttributes('e')).toMatchObject({ dateInferred: { vi: 'từ bài báo', en: 'từ bài báo' }, inferred: { vi: 'suy ra', en: 'suy ra' } });
  });

  it('keeps HTML and script in labels as plain text', () => {
    const imported = read('x.gexf', GEXF('<nodes><node id="1" label="&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;"/></nodes><edges/>'));
    expect(imported.graph.getNodeAttribute('1', 'label')).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
  });

  it.each([
    ['broken XML', 'broken.gexf', GEXF('<nodes><node id="1" label="a"></nodes>'), /broken\.gexf: not well-formed XML at line \d+, column \d+/],
    ['a dangling GEXF edge', 'd.gexf', GEXF('<nodes><node id="1"/></nodes><edges><edge id="e1" source="1" target="99"/></edges>'), /d\.gexf: line 4: edge e1 points to target node "99", which the file does not declare/],
    [
      'a dangling GraphML edge',
      'd.graphml',
      '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><edge source="a" target="ghost"/></graph></graphml>',
      /d\.graphml: line 1: edge points to target node "ghost"/,
    ],
    ['a dangling JSON edge', 'd.json', JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'z' }] }), /d\.json: edges\[0\]: target "z" is not a node of the file/],
    [
      'entity expansion (billion laughs)',
      'bomb.gexf',
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\n<gexf><graph><nodes><node id="&lol2;"/></nodes></graph></gexf>',
      /bomb\.gexf: line 2: DOCTYPE and ENTITY declarations are not allowed/,
    ],
    [
      'an external entity',
      'xxe.graphml',
      '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml><graph><node id="&x;"/></graph></graphml>',
      /DOCTYPE and ENTITY declarations are not allowed/,
    ],
    ['a declared non-UTF-8 encoding', 'latin.gexf', '<?xml version="1.0" encoding="ISO-8859-1"?><gexf/>', /declares encoding "ISO-8859-1"; save it as UTF-8/],
    ['JSON that is not a graph', 'x.json', '{"hello": "world"}', /not a graphology serialization/],
    ['broken JSON', 'x.json', '{"nodes": [', /x\.json: not valid JSON at line 1, column 12: the text ends before the JSON does/],
    ['JSON with a stray comma', 'x.json', '{"nodes": [\n  {"key": "a"},\n]}', /x\.json: not valid JSON at line 3, column 1: Unexpected token ']'/],
    ['JSON whose nodes are not objects', 'x.json', '{"nodes": [{"key": "a"}, 7]}', /x\.json: nodes\[1\] is not an object/],
    ['JSON whose attributes are not an object', 'x.json', '{"nodes": [{"key": "a", "attributes": "red"}]}', /x\.json: nodes\[0\]: "attributes" is not an object/],
    [
      'a namespace-prefixed GraphML',
      'p.graphml',
      '<?xml version="1.0"?>\n<g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns"><g:graph edgedefault="directed"><g:node id="a"/></g:graph></g:graphml>',
      /p\.graphml: line 2: the elements carry a namespace prefix \(<g:graphml>\); the explorer reads GraphML written in its default namespace/,
    ],
    ['an unknown GEXF element', 'u.gexf', GEXF('<nodes><node id="1"/><vertex id="2"/></nodes>'), /u\.gexf: line 4: <vertex> is not a GEXF element/],
    ['a GraphML named .gexf', 'g.gexf', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>', /g\.gexf: the root element is <graphml>, not <gexf>/],
    ['a duplicate node id', 'dup.gexf', GEXF('<nodes><node id="1"/><node id="1"/></nodes>'), /node id "1" is used twice/],
    ['something else entirely', 'notes.txt', 'hello', /not a GEXF, GraphML or graphology JSON file/],
  ])('refuses %s, saying what and where', (_name, file, text, message) => {
    expect(refusal(() => read(file, text))).toMatch(message);
  });

  it('refuses bytes that are not UTF-8, with the offset', () => {
    const latin1 = new Uint8Array([...bytes('<gexf><graph><nodes><node id="1" label="H'), 0xe0, ...bytes(' N\u00f4i"/></nodes></graph></gexf>')]);
    expect(refusal(() => readGraphFile('hanoi.gexf', latin1))).toMatch(/hanoi\.gexf: not UTF-8 text \(invalid byte at offset 41\)/);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(refusal(() => readGraphFile('huge.json', new Uint8Array(IMPORT_LIMITS.bytes + 1)))).toMatch(/huge\.json: 256\.0 MB, more than the 256 MB the explorer opens/);
  });
});

describe('reading in parts, for a page that builds the graph as the worker checks it', () => {
  it('hands on every node before any edge, in parts that add up to the whole graph', () => {
    const nodes = Array.from({ length: 25_000 }, (_, i) => ({ key: `n${i}`, attributes: { x: i, y: 0 } }));
    const edges = Array.from({ length: 12_000 }, (_, i) => ({ source: `n${i}`, target: `n${(i * 7) % 25_000}` }));
    const parts: GraphPart[] = [];
    const { data } = readGraphData('big.json', bytes(JSON.stringify({ nodes, edges })), { onPart: (part) => parts.push(part) });
    expect(parts.length).toBeGreaterThan(2);
    const sent = { nodes: parts.flatMap((p) => p.nodes), edges: parts.flatMap((p) => p.edges) };
    expect(sent).toEqual({ nodes: data.nodes, edges: data.edges });
    const firstEdgePart = parts.findIndex((p) => p.edges.length > 0);
    expect(parts.slice(firstEdgePart + 1).every((p) => p.nodes.length === 0)).toBe(true);
    const graph = new MultiDirectedGraph({ allowSelfLoops: true });
    for (const part of parts) graph.import(part);
    expect([graph.order, graph.size]).toEqual([25_000, 12_000]);
  });
});
