import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_IDS, PREDICATE_IDS } from '../../../src/model/vocabulary';
import { emptyFilter } from '../../../src/query/filterSpec';
import { filterToParams, parseFilterParams, type RawParams } from '../../../src/query/filterParams';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const sourceIds = sources.map((s) => s.id);
const parse = (raw: RawParams) => parseFilterParams(raw, graph, sourceIds);

describe('the defaults', () => {
  it('give the actor filter and the domain filter the same number of steps', () => {
    const spec = emptyFilter();
    expect(spec.domainHops).toBe(spec.actorHops);
  });
});

describe('parseFilterParams', () => {
  it('reads lists, repeated or comma-separated, and numbers', () => {
    const { spec, problems } = parse({ actor: ['eu,norway'], domain: ['cyber-security'], hops: ['2'], kind: ['actor', 'domain'], undated: ['drop'] });
    expect(problems).toEqual([]);
    expect(spec).toMatchObject({ actors: ['eu', 'norway'], actorHops: 2, domainHops: 2, kinds: ['actor', 'domain'], keepUndated: false });
  });

  it.each([
    [{ actor: ['nato'] }, { param: 'actor', value: 'nato', problem: 'unknown' }],
    [{ hops: ['7'] }, { param: 'hops', value: '7', problem: 'malformed' }],
    [{ hops: ['two'] }, { param: 'hops', value: 'two', problem: 'malformed' }],
    [{ kind: ['country'] }, { param: 'kind', value: 'country', problem: 'unknown' }],
    [{ predicate: ['likes'] }, { param: 'predicate', value: 'likes', problem: 'unknown' }],
    [{ source: ['bbc'] }, { param: 'source', value: 'bbc', problem: 'unknown' }],
    [{ from: ['28/5/2024'] }, { param: 'from', value: '28/5/2024', problem: 'malformed' }],
    [{ from: ['2024'], to: ['2019'] }, { param: 'to', value: '2019', problem: 'beforeFrom', from: '2024' }],
    [{ direction: ['up'] }, { param: 'direction', value: 'up', problem: 'malformed' }],
    [{ undated: ['maybe'] }, { param: 'undated', value: 'maybe', problem: 'malformed' }],
  ] as [RawParams, object][])('%j is reported', (raw, problem) => {
    expect(parse(raw).problems).toEqual([expect.objectContaining(problem)]);
  });

  it('round-trips any spec through its parameters', () => {
    const ids = graph.nodes();
    fc.assert(
      fc.property(
        fc.record({
          actors: fc.subarray(ids.slice(0, 10)),
          actorHops: fc.integer({ min: 1, max: 3 }),
          direction: fc.constantFrom('in' as const, 'out' as const, 'both' as const),
          domains: fc.subarray(ids.slice(40, 50)),
          domainHops: fc.integer({ min: 1, max: 3 }),
          kinds: fc.subarray(KIND_IDS),
          predicates: fc.subarray(PREDICATE_IDS),
          sources: fc.subarray(sourceIds),
          keepUndated: fc.boolean(),
          text: fc.constantFrom('', 'an ninh', 'Bu-đa-pét'),
          among: fc.subarray(ids.slice(20, 25)),
        }),
        (patch) => {
          const spec = { ...emptyFilter(), ...patch };
          if (spec.actors.length === 0) Object.assign(spec, { actorHops: 1, direction: 'both' });
          if (spec.domains.length === 0) spec.domainHops = 1;
          const raw: RawParams = {};
          for (const [param, value] of filterToParams(spec)) raw[param] = [value];
          const back = parse(raw);
          expect(back.problems).toEqual([]);
          expect(back.spec).toEqual(spec);
        },
      ),
      { numRuns: 200 },
    );
  });
});
