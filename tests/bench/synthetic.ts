/**
 * Synthetic knowledge graphs for benchmarks: `order` nodes with about `edgesPerNode` relations
 * each, with the same attributes as the real graph (kinds, labels, predicates, evidence, dates,
 * positions). Seeded, so every run measures the same input.
 */
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/model/graph';
import { seededRandom as random } from '../../src/layout/communities';
import { KIND_IDS, KINDS, PREDICATE_IDS, PREDICATES } from '../../src/model/vocabulary';

/** The same seeded generator as the communities' (mulberry32): every run measures the same input. */
export { random };

export const SYNTHETIC_SOURCES = ['s0', 's1', 's2'];

export function syntheticGraph(order: number, edgesPerNode = 5, seed = 42): KnowledgeGraph {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ name: 'synthetic', sourceDates: { s0: '2019', s1: '2024-05' } });
  for (let i = 0; i < order; i++) {
    const kind = pick(KIND_IDS);
    graph.addNode(`n${i}`, {
      label: `Entity ${i}`,
      labels: { vi: `Thực thể ${i}`, en: `Entity ${i}` },
      kind,
      aliases: [`E${i}`],
      description: { vi: '', en: '' },
      dates: [],
      sources: [pick(SYNTHETIC_SOURCES)],
      color: KINDS[kind].color,
      x: rand() * 1000,
      y: rand() * 1000,
      size: 2 + rand() * 6,
    });
  }
  let e = 0;
  for (let i = 0; i < order; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      const j = Math.floor(rand() * order);
      if (j === i) continue;
      const predicate = pick(PREDICATE_IDS);
      const year = rand() < 0.2 ? undefined : String(2000 + Math.floor(rand() * 25));
      graph.addDirectedEdgeWithKey(`e${e++}`, `n${i}`, `n${j}`, {
        label: PREDICATES[predicate].en,
        predicate,
        predicateLabels: PREDICATES[predicate],
        labels: PREDICATES[predicate],
        ...(year ? { date: year } : {}),
        evidence: [{ source: pick(SYNTHETIC_SOURCES), quote: 'q', start: 0, end: 1 }],
      });
    }
  }
  return graph;
}

/** A node of the given kind with a typical degree, as a benchmark seed. */
export function seedOfKind(graph: KnowledgeGraph, kind: string): string {
  const found = graph.findNode((_n, a) => a.kind === kind);
  if (!found) throw new Error(`no ${kind} in the synthetic graph`);
  return found;
}
