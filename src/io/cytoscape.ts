/**
 * Cytoscape's JSON (`.cyjs`): `{data, elements: {nodes, edges}}`, each element's attributes
 * under `data`, what Cytoscape.js takes as `elements` and Cytoscape desktop opens with File →
 * Import → Network from File. Desktop labels nodes by `name` and edges by `interaction`, so
 * those carry the label in the chosen language and the predicate; every flat column is kept
 * beside them, aliases and sources as lists. Positions are flipped vertically: Cytoscape's y
 * axis points down, sigma's up. A blank id, which Cytoscape refuses, is replaced and kept in
 * `original_id`.
 */
import type { KnowledgeGraph } from '../model/graph';
import { flattenEdge, flattenNode } from './flatten';
import type { ExportLang } from './options';
import { ORIGINAL_ID, safeIds } from './safeIds';

const notBlank = (id: string) => id.trim() !== '';

export function writeCytoscape(graph: KnowledgeGraph, { lang = 'en' }: { lang?: ExportLang } = {}): string {
  const nodeIds = safeIds(graph.nodes(), notBlank, 'n');
  const edgeIds = safeIds(graph.edges(), notBlank, 'e');
  const original = (id: string, safe: string) => (id === safe ? {} : { [ORIGINAL_ID]: id });
  const nodes = graph.mapNodes((node, a) => {
    const { x: _x, y: _y, ...flat } = flattenNode(a);
    const id = nodeIds.get(node) as string;
    const data = { id, name: a.labels[lang], label: a.labels[lang], ...flat, aliases: a.aliases, dates: a.dates, sources: a.sources, ...original(node, id) };
    return Number.isFinite(a.x) && Number.isFinite(a.y) ? { data, position: { x: a.x, y: -a.y } } : { data };
  });
  const edges = graph.mapEdges((edge, a, source, target) => {
    const id = edgeIds.get(edge) as string;
    const ends = { source: nodeIds.get(source) as string, target: nodeIds.get(target) as string };
    return { data: { id, ...ends, name: a.labels[lang], label: a.labels[lang], interaction: a.predicate, ...flattenEdge(a), quotes: a.evidence.map((e) => e.quote), ...original(edge, id) } };
  });
  const name = graph.getAttribute('name') ?? 'graph';
  return `${JSON.stringify({ format_version: '1.0', generated_by: 'kg', target_cytoscapejs_version: '~3', data: { name }, elements: { nodes, edges } }, null, 2)}\n`;
}
