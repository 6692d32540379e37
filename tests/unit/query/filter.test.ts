import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_IDS, PREDICATE_IDS } from '../../../src/model/vocabulary';
import { applyFilter, bothKept, type Kept } from '../../../src/query/filter';
import { emptyFilter, type FilterSpec } from '../../../src/query/filterSpec';
import { keptSubgraph } from '../../../src/query/subgraph';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const filter = (patch: Partial<FilterSpec>) => applyFilter(graph, { ...emptyFilter(), ...patch });

function expectSubgraph(kept: Kept): void {
  for (const edge of kept.edges) {
    expect(kept.nodes.has(graph.source(edge)), edge).toBe(true);
    expect(kept.nodes.has(graph.target(edge)), edge).toBe(true);
  }
}

describe('filters on the seed graph', () => {
  it('exports what two views both keep: a comparison within a filter', () => {
    const norway = applyFilter(graph, { ...emptyFilter(), actors: ['norway'] });
    const domains = applyFilter(graph, { ...emptyFilter(), kinds: ['domain', 'actor'] });
    const both = bothKept(norway, domains) as Kept;
    expect([...both.nodes].every((n) => norway.nodes.has(n) && domains.nodes.has(n))).toBe(true);
    expect(both.nodes.has('norway')).toBe(true);
    expect(both.nodes.has('eu-norway-spd')).toBe(false);
    expect(bothKept(null, norway)).toBe(norway);
    expect(bothKept(null, null)).toBeNull();
  });

  it('keeps everything with an empty spec', () => {
    const kept = filter({});
    expect(kept.nodes.size).toBe(graph.order);
    expect(kept.edges.size).toBe(graph.size);
  });

  it('Norway, 1 hop: the EU–Norway partnership and what Norway takes part in', () => {
    const kept = filter({ actors: ['norway'], actorHops: 1 });
    for (const id of ['norway', 'eu-norway-spd', 'csdp', 'eu-defence-initiatives', 'ukraine', 'eu']) expect(kept.nodes.has(id), id).toBe(true);
    expect(kept.nodes.has('vietnam')).toBe(false);
    expect(kept.edges.has('norway:signs:eu-norway-spd')).toBe(true);
    // All relations among the kept nodes, not only those touching Norway (an ego network).
    expect(kept.edges.has('eu:signs:eu-norway-spd')).toBe(true);
    expectSubgraph(kept);
  });

  it('direction: out follows what Norway does, in what is done to Norway', () => {
    const out = filter({ actors: ['norway'], direction: 'out' });
    const into = filter({ actors: ['norway'], direction: 'in' });
    expect(out.nodes.has('csdp')).toBe(true);
    expect(into.nodes.has('csdp')).toBe(false);
    expect(into.nodes.has('norway-embassies')).toBe(true);
    expect(out.nodes.has('norway-embassies')).toBe(false);
  });

  it('more hops reach further', () => {
    const one = filter({ actors: ['norway'], actorHops: 1 });
    const two = filter({ actors: ['norway'], actorHops: 2 });
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
    for (const n of one.nodes) expect(two.nodes.has(n)).toBe(true);
    expect(two.nodes.has('vietnam')).toBe(true); // via the EU
  });

  it('the cyber security domain reaches both articles’ partnerships and, at 2 hops, their parties', () => {
    const one = filter({ domains: ['cyber-security'], domainHops: 1 });
    for (const id of ['eu-norway-spd', 'vn-eu-defence-partnership', 'budapest-convention', 'cyber-norms']) expect(one.nodes.has(id), id).toBe(true);
    const two = filter({ domains: ['cyber-security'], domainHops: 2 });
    for (const id of ['eu', 'norway', 'vietnam']) expect(two.nodes.has(id), id).toBe(true);
  });

  it('actors and domains intersect: who around the EU is involved in cyber security', () => {
    const kept = filter({ actors: ['eu'], actorHops: 2, domains: ['cyber-security'], domainHops: 1 });
    expect(kept.nodes.has('cyber-security')).toBe(true);
    expect(kept.nodes.has('eu-norway-spd')).toBe(true);
    expect(kept.nodes.has('maritime-security')).toBe(false);
    expectSubgraph(kept);
  });

  it('kinds: actors only, with the relations among them', () => {
    const kept = filter({ kinds: ['actor'] });
    expect(kept.nodes.size).toBe(graph.filterNodes((_n, a) => a.kind === 'actor').length);
    expect(kept.edges.has('norway:cooperates_with:eu')).toBe(true);
    expectSubgraph(kept);
  });

  it('predicates: only signatures, and only the entities they link', () => {
    const kept = filter({ predicates: ['signs'] });
    expect([...kept.edges].every((e) => graph.getEdgeAttribute(e, 'predicate') === 'signs')).toBe(true);
    expect(kept.nodes.has('evfta')).toBe(true);
    expect(kept.nodes.has('cyber-security')).toBe(false);
  });

  it('sources: only what the EU–Norway article states', () => {
    const kept = filter({ sources: ['eu-norway-spd'] });
    expect(kept.nodes.has('norway')).toBe(true);
    expect(kept.nodes.has('vietnam')).toBe(false);
    expect(kept.nodes.has('cyber-security')).toBe(true);
    expect(kept.edges.has('vn-eu-defence-partnership:covers:cyber-security')).toBe(false);
  });

  it('dates: relations by their own date, else their article’s date', () => {
    const early = filter({ to: '2018' });
    expect([...early.edges].sort()).toEqual(['eu:party_to:pca', 'vietnam:diplomatic_relations_with:eu', 'vietnam:party_to:pca']);
    const recent = filter({ from: '2024-01' });
    expect(recent.edges.has('norway:participates_in:csdp')).toBe(true);
    expect(recent.nodes.has('vietnam')).toBe(false);
    const y2019 = filter({ from: '2019', to: '2019' });
    expect(y2019.edges.has('vietnam:signs:evfta')).toBe(true);
    expect(y2019.edges.has('vietnam:party_to:pca')).toBe(false);
  });

  it('text: entities whose names contain every word, diacritics folded', () => {
    const kept = filter({ text: 'an ninh mang' });
    expect([...kept.nodes]).toEqual(['cyber-security']);
    expect(filter({ text: 'hiep dinh' }).nodes.has('fpa')).toBe(true);
  });

  it('among: exactly the relations among the chosen nodes', () => {
    const kept = filter({ among: ['eu', 'norway', 'eu-norway-spd'] });
    expect([...kept.edges].sort()).toEqual(['eu:signs:eu-norway-spd', 'norway:cooperates_with:eu', 'norway:signs:eu-norway-spd']);
  });

  it('ignores seeds that are not in the graph', () => {
    expect(filter({ actors: ['nato'] }).nodes.size).toBe(0);
  });
});

const specArbitrary = fc.record({
  actors: fc.subarray(['eu', 'norway', 'vietnam', 'asean', 'josep-borrell']),
  actorHops: fc.integer({ min: 1, max: 3 }),
  direction: fc.constantFrom('out' as const, 'in' as const, 'both' as const),
  kinds: fc.subarray(KIND_IDS),
  predicates: fc.subarray(PREDICATE_IDS),
  sources: fc.subarray(['eu-norway-spd', 'vn-eu-defence-meeting']),
  text: fc.constantFrom('', 'an ninh', 'eu', 'hiep dinh', 'zz'),
  from: fc.constantFrom(undefined, '2016', '2019-06', '2024'),
  to: fc.constantFrom(undefined, '2019', '2024-05-28'),
  keepUndated: fc.boolean(),
});

/** One narrowing step at a time, since steps intersect (a later step may cut an earlier one's seeds). */
type ArbitrarySpec = typeof specArbitrary extends fc.Arbitrary<infer T> ? T : never;

function singleStep(spec: ArbitrarySpec, which: number): Partial<FilterSpec> {
  const attributes = { kinds: spec.kinds, predicates: spec.predicates, sources: spec.sources, from: spec.from, to: spec.to, keepUndated: spec.keepUndated };
  return [
    attributes,
    { ...attributes, actors: spec.actors, actorHops: spec.actorHops, direction: spec.direction },
    { ...attributes, domains: ['cyber-security', 'crisis-management'].slice(0, 1 + (spec.actorHops % 2)), domainHops: spec.actorHops },
    { ...attributes, text: spec.text },
  ][which] as Partial<FilterSpec>;
}

describe('filter properties (fast-check)', () => {
  it('every filter returns a subgraph of its input and is idempotent', () => {
    fc.assert(
      fc.property(specArbitrary, fc.integer({ min: 0, max: 3 }), (spec, which) => {
        const patch = singleStep(spec, which);
        const kept = filter(patch);
        for (const n of kept.nodes) expect(graph.hasNode(n)).toBe(true);
        expectSubgraph(kept);
        const again = applyFilter(keptSubgraph(graph, kept), { ...emptyFilter(), ...patch });
        expect([...again.nodes].sort()).toEqual([...kept.nodes].sort());
        expect([...again.edges].sort()).toEqual([...kept.edges].sort());
      }),
      { numRuns: 300 },
    );
  });
});
