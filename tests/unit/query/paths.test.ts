import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../../src/model/graph';
import type { Kind } from '../../../src/model/vocabulary';
import { applyFilter, type Kept } from '../../../src/query/filter';
import { emptyFilter } from '../../../src/query/filterSpec';
import { DEFAULT_PATH_OPTIONS, kShortestPaths, type FoundPath, type PathOptions } from '../../../src/query/paths';
import { pathSummary } from '../../../src/query/pathText';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const options = (patch: Partial<PathOptions>): PathOptions => ({ ...DEFAULT_PATH_OPTIONS, ...patch });
const kindOf = (id: string) => graph.getNodeAttribute(id, 'kind');

/** Every hop's relations link its two entities, in the allowed direction, and the chain never repeats an entity. */
function expectWellFormed(g: KnowledgeGraph, path: FoundPath, directed: boolean, kept: Kept | null = null): void {
  expect(new Set(path.nodes).size).toBe(path.nodes.length);
  expect(path.hops.map((h) => h.from)).toEqual(path.nodes.slice(0, -1));
  expect(path.hops.map((h) => h.to)).toEqual(path.nodes.slice(1));
  for (const hop of path.hops) {
    expect(hop.edges.length).toBeGreaterThan(0);
    expect(new Set(hop.edges).size).toBe(hop.edges.length);
    for (const edge of hop.edges) {
      const [s, t] = g.extremities(edge);
      if (directed) expect([s, t]).toEqual([hop.from, hop.to]);
      else expect(new Set([s, t])).toEqual(new Set([hop.from, hop.to]));
      if (kept) expect(kept.edges.has(edge)).toBe(true);
    }
  }
}

describe('k shortest paths on the seed graph', () => {
  it('finds three ways from Viet Nam to the Strategic Compass, shortest first, the first through the EU', () => {
    const paths = kShortestPaths(graph, 'vietnam', 'strategic-compass', options({ k: 3 }));
    expect(paths.map((p) => p.nodes)).toEqual([
      ['vietnam', 'eu', 'strategic-compass'],
      ['vietnam', 'vn-ministry-of-defence', 'eu', 'strategic-compass'],
      ['vietnam', 'eu', 'eu-security-defence-partnerships', 'strategic-compass'],
    ]);
    expect(paths[0]?.hops.map((h) => h.edges)).toEqual([['vietnam:diplomatic_relations_with:eu'], ['strategic-compass:belongs_to:eu']]);
    paths.forEach((p) => expectWellFormed(graph, p, false));
    expect(pathSummary(graph, paths[2] as FoundPath, 'en')).toBe('3 relations, via the European Union and the EU Security and Defence Partnerships');
    expect(pathSummary(graph, paths[0] as FoundPath, 'vi')).toBe('2 quan hệ, qua Liên minh châu Âu');
  });

  it('makes one path of parallel relations, listing every relation between two neighbours, those along the walk first', () => {
    const g: KnowledgeGraph = new MultiDirectedGraph();
    for (const id of ['a', 'b', 'c']) g.addNode(id, { kind: 'actor' } as never);
    g.addDirectedEdgeWithKey('a-b', 'a', 'b', {} as never);
    g.addDirectedEdgeWithKey('b-a', 'b', 'a', {} as never);
    g.addDirectedEdgeWithKey('a-b-again', 'a', 'b', {} as never);
    g.addDirectedEdgeWithKey('b-c', 'b', 'c', {} as never);
    const paths = kShortestPaths(g, 'a', 'c', options({ k: 10 }));
    expect(paths.map((p) => p.nodes)).toEqual([['a', 'b', 'c']]);
    const [first, second] = paths[0]?.hops ?? [];
    expect(new Set(first?.edges.slice(0, 2))).toEqual(new Set(['a-b', 'a-b-again']));
    expect(first?.edges[2]).toBe('b-a');
    expect(second?.edges).toEqual(['b-c']);
    expect(new Set(kShortestPaths(g, 'a', 'c', options({ directed: true }))[0]?.hops[0]?.edges)).toEqual(new Set(['a-b', 'a-b-again']));
  });

  it('follows relation direction when asked', () => {
    const paths = kShortestPaths(graph, 'vietnam', 'strategic-compass', options({ k: 5, directed: true }));
    expect(paths.length).toBeGreaterThan(0);
    paths.forEach((p) => expectWellFormed(graph, p, true));
    expect(paths.map((p) => p.nodes)).not.toContainEqual(['vietnam', 'eu', 'strategic-compass']);
  });

  it('goes around an avoided entity and an avoided kind, and passes only through the kinds allowed', () => {
    const aroundEu = kShortestPaths(graph, 'vietnam', 'norway', options({ k: 10, avoid: ['eu'] }));
    expect(aroundEu.length).toBeGreaterThan(0);
    expect(aroundEu.flatMap((p) => p.nodes)).not.toContain('eu');
    const noActors = kShortestPaths(graph, 'vietnam', 'norway', options({ k: 10, avoidKinds: ['actor'] }));
    for (const p of noActors) expect(p.nodes.slice(1, -1).map(kindOf)).not.toContain('actor');
    const instruments = kShortestPaths(graph, 'eu', 'norway', options({ k: 10, viaKinds: ['agreement', 'partnership'] }));
    expect(instruments.length).toBeGreaterThan(0);
    for (const p of instruments) for (const id of p.nodes.slice(1, -1)) expect(['agreement', 'partnership']).toContain(kindOf(id));
  });

  it('stays inside the kept subgraph, and finds nothing when an end is filtered out or the ends are one', () => {
    const kept = applyFilter(graph, { ...emptyFilter(), sources: ['vn-eu-defence-meeting'] });
    const paths = kShortestPaths(graph, 'vietnam', 'eu', options({ k: 10 }), kept);
    expect(paths.length).toBeGreaterThan(1);
    for (const p of paths) {
      expect(p.nodes.every((n) => kept.nodes.has(n))).toBe(true);
      expectWellFormed(graph, p, false, kept);
    }
    expect(kShortestPaths(graph, 'vietnam', 'norway', options({}), applyFilter(graph, { ...emptyFilter(), sources: ['eu-norway-spd'] }))).toEqual([]);
    expect(kShortestPaths(graph, 'vietnam', 'vietnam', options({}))).toEqual([]);
    expect(kShortestPaths(graph, 'vietnam', 'nato', options({}))).toEqual([]);
  });
});

/** Every simple path between two entities under the same rules, by depth-first search: what Yen's algorithm must agree with. */
function allSimplePaths(g: KnowledgeGraph, from: string, to: string, o: PathOptions): string[][] {
  const passable = (n: string) => n === to || (!o.avoid.includes(n) && !o.avoidKinds.includes(g.getNodeAttribute(n, 'kind')) && (o.viaKinds.length === 0 || o.viaKinds.includes(g.getNodeAttribute(n, 'kind'))));
  const out: string[][] = [];
  const walk = (trail: string[]) => {
    const at = trail[trail.length - 1] as string;
    if (at === to) {
      out.push([...trail]);
      return;
    }
    const next = new Set(o.directed ? g.outNeighbors(at) : g.neighbors(at));
    for (const n of next) if (!trail.includes(n) && passable(n)) walk([...trail, n]);
  };
  walk([from]);
  return out;
}

const KINDS: Kind[] = ['actor', 'agreement', 'domain'];
const smallGraph = fc
  .record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 2, maxLength: 8 }),
    edges: fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 22 }),
  })
  .map(({ kinds, edges }) => {
    const g: KnowledgeGraph = new MultiDirectedGraph();
    kinds.forEach((kind, i) => g.addNode(`n${i}`, { kind } as never));
    edges.forEach(([s, t], i) => {
      const [a, b] = [`n${s % kinds.length}`, `n${t % kinds.length}`];
      if (a !== b) g.addDirectedEdgeWithKey(`e${i}`, a, b, {} as never);
    });
    return g;
  });

describe('Yen’s algorithm against every simple path', () => {
  it('finds the k shortest simple paths, shortest first, each a real path of the graph', () => {
    fc.assert(
      fc.property(
        smallGraph,
        fc.record({
          k: fc.integer({ min: 1, max: 10 }),
          directed: fc.boolean(),
          avoid: fc.subarray(['n2', 'n3']),
          avoidKinds: fc.subarray<Kind>(['domain']),
          viaKinds: fc.constantFrom<Kind[]>([], ['actor', 'agreement']),
        }),
        (g, o) => {
          const opts: PathOptions = { ...o };
          const last = `n${g.order - 1}`;
          const found = kShortestPaths(g, 'n0', last, opts);
          const every = allSimplePaths(g, 'n0', last, opts);
          const lengths = every.map((p) => p.length).sort((a, b) => a - b);
          expect(found.length).toBe(Math.min(opts.k, every.length));
          expect(found.map((p) => p.nodes.length)).toEqual(lengths.slice(0, found.length));
          const keys = new Set(every.map((p) => p.join('>')));
          for (const p of found) {
            expect(keys.has(p.nodes.join('>'))).toBe(true);
            expectWellFormed(g, p, opts.directed);
          }
          expect(new Set(found.map((p) => p.nodes.join('>'))).size).toBe(found.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
