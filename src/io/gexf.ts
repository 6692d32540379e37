/**
 * GEXF 1.3 for Gephi and Gephi Lite, written by hand so that it is valid against the official
 * grammar: declared, typed attributes (our flat columns), viz colour, size and position.
 * (graphology-gexf's writer defaults to 1.2 and stringifies objects; see DESIGN.md.)
 */
import type { KnowledgeGraph } from '../model/graph';
import { EDGE_COLUMNS, flattenEdge, flattenNode, NODE_COLUMNS, type Column, type FlatRecord } from './flatten';
import { attrs, escapeText } from './xml';

/** Columns shown as viz data rather than attributes. */
const VIZ = new Set(['x', 'y', 'size', 'color']);

function declare(cls: 'node' | 'edge', columns: Column[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...columns.filter((c) => !VIZ.has(c.name)).map((c) => `      <attribute${attrs({ id: c.name, title: c.title, type: c.type })}/>`),
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

function rgb(color: string): { r: number; g: number; b: number } | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return null;
  const n = parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function writeGexf(graph: KnowledgeGraph, lang: 'vi' | 'en' = 'en', today = new Date().toISOString().slice(0, 10)): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta${attrs({ lastmodifieddate: today })}>`,
    '    <creator>kg: security and defence partnerships</creator>',
    `    <description>${escapeText(graph.getAttribute('name') ?? 'graph')}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', NODE_COLUMNS),
    ...declare('edge', EDGE_COLUMNS),
    `    <nodes count="${graph.order}">`,
  ];
  graph.forEachNode((node, a) => {
    lines.push(`      <node${attrs({ id: node, label: a.labels[lang] })}>`);
    lines.push(...attvalues(flattenNode(a), NODE_COLUMNS, '        '));
    const color = rgb(a.color);
    if (color) lines.push(`        <viz:color${attrs(color)}/>`);
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) lines.push(`        <viz:position${attrs({ x: a.x, y: a.y, z: 0 })}/>`);
    if (Number.isFinite(a.size)) lines.push(`        <viz:size${attrs({ value: a.size })}/>`);
    lines.push('      </node>');
  });
  lines.push('    </nodes>', `    <edges count="${graph.size}">`);
  graph.forEachEdge((edge, a, source, target) => {
    lines.push(`      <edge${attrs({ id: edge, source, target, type: 'directed', kind: a.predicate, label: a.labels[lang] })}>`);
    lines.push(...attvalues(flattenEdge(a), EDGE_COLUMNS, '        '));
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
