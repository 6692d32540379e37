import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/model/graph';
import type { Dataset } from '../../../src/model/schema';
import { graphStats } from '../../../src/query/stats';

/**
 * Counting is keyed by article ids, which a graph built by hand or read from a file may name as
 * JavaScript's own properties ("constructor", "__proto__"): each is counted as its own key.
 */
describe('graphStats', () => {
  it('counts each article by its own id, whatever the id', () => {
    const text = 'Việt Nam và EU hợp tác.';
    const evidence = (source: string) => [{ source, quote: 'Việt Nam và EU hợp tác', start: 0, end: 22 }];
    const labels = { vi: 'x', en: 'x' };
    const dataset: Dataset = {
      sources: ['constructor', '__proto__'].map((id) => ({ id, title: labels, language: 'vi' as const, text })),
      entities: ['vietnam', 'eu'].map((id) => ({ id, kind: 'actor' as const, labels, aliases: [], description: labels, dates: [] })),
      relations: [{ source: 'vietnam', predicate: 'cooperates_with', target: 'eu', labels, evidence: [...evidence('constructor'), ...evidence('__proto__')] }],
    };
    const stats = graphStats(buildGraph(dataset));
    expect(Object.entries(stats.bySource)).toEqual([
      ['constructor', { nodes: 2, edges: 1 }],
      ['__proto__', { nodes: 2, edges: 1 }],
    ]);
    expect(stats.byKind).toEqual({ actor: 2 });
    expect(stats.byPredicate).toEqual({ cooperates_with: 1 });
  });
});
