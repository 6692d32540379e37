/**
 * GEXF for Gephi, Gephi Lite and NetworkX, written by hand so that it is valid against the
 * official grammar: declared, typed attributes (our flat columns, titled by their ids so that
 * NetworkX keys them as `label_vi`, not "Label (Vietnamese)"), the label in the chosen
 * language, viz colour, size and position, and each dated relation's start, so Gephi's
 * timeline can play the graph. Version 1.3 by default; 1.2 ("1.2draft") for NetworkX 2.x,
 * which finds no <graph> in a 1.3 file. (graphology-gexf's writer defaults to 1.2 and
 * stringifies objects; see DESIGN.md.)
 */
import { dateSpan } from '../model/dates';
import { sourceDateOf, type EdgeAttributes, type KnowledgeGraph } from '../model/graph';
import { EDGE_COLUMNS, flattenEdge, flattenNode, NODE_COLUMNS, rgbChannels, type Column, type FlatRecord } from './flatten';
import type { ExportLang, GexfVersion } from './options';
import { attrs, escapeText } from './xml';

export type GexfOptions = { lang: ExportLang; version: GexfVersion; today: string };

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string }> = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz' },
  '1.2': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz' },
};

/** Columns shown as viz data rather than attributes. */
const VIZ = new Set(['x', 'y', 'size', 'color']);

function declare(cls: 'node' | 'edge', columns: Column[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...columns.filter((c) => !VIZ.has(c.name)).map((c) => `      <attribute${attrs({ id: c.name, title: c.name, type: c.type })}/>`),
    '    </attributes>',
  ];
}

function attvalues(record: FlatRecord, columns: Column[], indent: string): string[] {
  const values = columns.filter((c) => !VIZ.has(c.name) && record[c.name] !== undefined);
  if (values.length === 0) return [];
  return [
    `${indent}<attvalues>`,
    ...values.map((c) => `${indent}  <attvalue${attrs({ for: c.name, value: record[c.name] })}/>`),
    `${indent}</attvalues>`,
  ];
}

/**
 * When a relation enters the timeline: its own date, else the earliest date of the articles
 * that state it (the date the explorer's date filter uses), as the first day that a partial
 * date can mean ("2019" → 2019-01-01), since GEXF times are full dates. No end: a relation,
 * once stated, stays.
 */
export function relationStart(a: EdgeAttributes, sourceDates: Record<string, string>): string | undefined {
  const date = a.date ?? a.evidence.map((e) => sourceDateOf(sourceDates, e.source)).filter((d): d is string => d !== undefined).sort()[0];
  return date === undefined ? undefined : dateSpan(date).first;
}

export function writeGexf(graph: KnowledgeGraph, options: Partial<GexfOptions> = {}): string {
  const { lang = 'en', version = '1.3', today = new Date().toISOString().slice(0, 10) } = options;
  const ns = NAMESPACES[version];
  const sourceDates = graph.getAttribute('sourceDates') ?? {};
  const starts = new Map(graph.mapEdges((edge, a) => [edge, relationStart(a, sourceDates)] as const));
  const dynamic = [...starts.values()].some((start) => start !== undefined);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf${attrs({ xmlns: ns.gexf, 'xmlns:viz': ns.viz, version })}>`,
    `  <meta${attrs({ lastmodifieddate: today })}>`,
    '    <creator>kg: security and defence partnerships</creator>',
    `    <description>${escapeText(graph.getAttribute('name') ?? 'graph')}</description>`,
    '  </meta>',
    `  <graph${attrs({ defaultedgetype: 'directed', mode: dynamic ? 'dynamic' : 'static', timeformat: dynamic ? 'date' : undefined })}>`,
    ...declare('node', NODE_COLUMNS),
    ...declare('edge', EDGE_COLUMNS),
    `    <nodes count="${graph.order}">`,
  ];
  graph.forEachNode((node, a) => {
    lines.push(`      <node${attrs({ id: node, label: a.labels[lang] })}>`);
    lines.push(...attvalues(flattenNode(a), NODE_COLUMNS, '        '));
    const color = rgbChannels(a.color);
    if (color) lines.push(`        <viz:color${attrs(color)}/>`);
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) lines.push(`        <viz:position${attrs({ x: a.x, y: a.y, z: 0 })}/>`);
    if (Number.isFinite(a.size)) lines.push(`        <viz:size${attrs({ value: a.size })}/>`);
    lines.push('      </node>');
  });
  lines.push('    </nodes>', `    <edges count="${graph.size}">`);
  graph.forEachEdge((edge, a, source, target) => {
    // GEXF 1.2 has no edge `kind`; the predicate is an attribute in both versions.
    const kind = version === '1.3' ? a.predicate : undefined;
    lines.push(`      <edge${attrs({ id: edge, source, target, type: 'directed', kind, label: a.labels[lang], start: starts.get(edge) })}>`);
    lines.push(...attvalues(flattenEdge(a), EDGE_COLUMNS, '        '));
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
