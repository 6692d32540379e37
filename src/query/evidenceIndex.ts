/**
 * For each source text, its evidence spans cut into non-overlapping segments, each knowing
 * which relations quote it: what the article reader marks and links.
 */
import type { KnowledgeGraph } from '../model/graph';

export type Segment = { start: number; end: number; edges: string[] };

export function evidenceSegments(graph: KnowledgeGraph): Map<string, Segment[]> {
  const spans = new Map<string, { start: number; end: number; edge: string }[]>();
  graph.forEachEdge((edge, attrs) => {
    for (const e of attrs.evidence) {
      const list = spans.get(e.source) ?? [];
      list.push({ start: e.start, end: e.end, edge });
      spans.set(e.source, list);
    }
  });
  const segments = new Map<string, Segment[]>();
  for (const [source, list] of spans) {
    const cuts = [...new Set(list.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
    const out: Segment[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i] as number;
      const end = cuts[i + 1] as number;
      const edges = list.filter((s) => s.start <= start && s.end >= end).map((s) => s.edge);
      if (edges.length > 0) out.push({ start, end, edges: [...new Set(edges)] });
    }
    segments.set(source, out);
  }
  return segments;
}
