/**
 * GraphML 1.0 for Gephi, Cytoscape, NetworkX, igraph and yEd, valid against the official XSD:
 * typed keys, and ids that are NMTOKENs. An id that is not one (spaces, '/', '#', characters
 * newer than Unicode 2.0 that libxml2 rejects…) is replaced by a safe one and kept in
 * `original_id`. Beside our own columns, the keys each tool looks for by name: `label` (in the
 * chosen language; Gephi, igraph), `name` (Cytoscape's node label), `r`, `g`, `b` (Gephi's
 * colour; it does not read a hex string), and `x`, `y`, `size` (already our columns).
 */
import type { KnowledgeGraph } from '../model/graph';
import { EDGE_COLUMNS, flattenEdge, flattenNode, NODE_COLUMNS, rgbChannels, type Column, type FlatRecord } from './flatten';
import type { ExportLang } from './options';
import { ORIGINAL_ID, safeIds } from './safeIds';
import { attrs, escapeText } from './xml';

export { ORIGINAL_ID };

/** The keys tools read by name, written before our columns. */
const NODE_DISPLAY: Column[] = [
  { name: 'label', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'r', type: 'int' },
  { name: 'g', type: 'int' },
  { name: 'b', type: 'int' },
];
const EDGE_DISPLAY: Column[] = [{ name: 'label', type: 'string' }];

/** Conservative NMTOKEN: ASCII name characters only, so every XML 1.0 parser accepts it. */
const SAFE_NMTOKEN = /^[A-Za-z0-9._:-]+$/;

const isNmtoken = (id: string) => SAFE_NMTOKEN.test(id);

function keys(cls: 'node' | 'edge', columns: Column[]): string[] {
  return [
    ...columns.map((c) => `  <key${attrs({ id: `${cls}_${c.name}`, for: cls, 'attr.name': c.name, 'attr.type': c.type })}/>`),
    `  <key${attrs({ id: `${cls}_${ORIGINAL_ID}`, for: cls, 'attr.name': ORIGINAL_ID, 'attr.type': 'string' })}/>`,
  ];
}

function data(cls: 'node' | 'edge', record: FlatRecord, columns: Column[]): string[] {
  return columns
    .filter((c) => record[c.name] !== undefined)
    .map((c) => `      <data key="${cls}_${c.name}">${escapeText(String(record[c.name]))}</data>`);
}

export function writeGraphml(graph: KnowledgeGraph, { lang = 'en' }: { lang?: ExportLang } = {}): string {
  const nodeIds = safeIds(graph.nodes(), isNmtoken, 'n');
  const edgeIds = safeIds(graph.edges(), isNmtoken, 'e');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('node', [...NODE_DISPLAY, ...NODE_COLUMNS]),
    ...keys('edge', [...EDGE_DISPLAY, ...EDGE_COLUMNS]),
    '  <graph id="G" edgedefault="directed">',
  ];
  graph.forEachNode((node, a) => {
    const id = nodeIds.get(node) as string;
    const display = { label: a.labels[lang], name: a.labels[lang], ...rgbChannels(a.color) };
    lines.push(`    <node${attrs({ id })}>`, ...data('node', display, NODE_DISPLAY), ...data('node', flattenNode(a), NODE_COLUMNS));
    if (id !== node) lines.push(`      <data key="node_${ORIGINAL_ID}">${escapeText(node)}</data>`);
    lines.push('    </node>');
  });
  graph.forEachEdge((edge, a, source, target) => {
    const id = edgeIds.get(edge) as string;
    lines.push(
      `    <edge${attrs({ id, source: nodeIds.get(source), target: nodeIds.get(target) })}>`,
      ...data('edge', { label: a.labels[lang] }, EDGE_DISPLAY),
      ...data('edge', flattenEdge(a), EDGE_COLUMNS),
    );
    if (id !== edge) lines.push(`      <data key="edge_${ORIGINAL_ID}">${escapeText(edge)}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
