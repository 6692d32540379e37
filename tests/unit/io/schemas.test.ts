import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../../src/io/gexf';
import { writeGraphml } from '../../../src/io/graphml';
import { applyFilter } from '../../../src/query/filter';
import { emptyFilter } from '../../../src/query/filterSpec';
import { keptSubgraph } from '../../../src/query/subgraph';
import { arbitraryGraph } from '../../helpers/arbitraryGraph';
import { loadShipped } from '../../helpers/shipped';
import { validateGexf, validateGexf12, validateGraphml, xmllintUnavailable } from '../../helpers/xmllint';

const unavailable = xmllintUnavailable();
if (unavailable) console.warn(`Skipping schema validation: ${unavailable}`);

const { graph } = loadShipped();
const filtered = keptSubgraph(graph, applyFilter(graph, { ...emptyFilter(), actors: ['norway'], actorHops: 2, kinds: ['actor', 'agreement', 'framework'] }));

describe.skipIf(unavailable !== null)('exports validate against the official schemas', () => {
  it.each([
    ['the seed graph', graph],
    ['a filtered subgraph', filtered],
  ])('GEXF 1.3 (RELAX NG) for %s, in both languages', (_name, g) => {
    for (const lang of ['vi', 'en'] as const) {
      const result = validateGexf(writeGexf(g, { lang }));
      expect(result.output).toContain('validates');
      expect(result.ok).toBe(true);
    }
  });

  it.each([
    ['the seed graph', graph],
    ['a filtered subgraph', filtered],
  ])('GEXF 1.2draft (XSD, viz elements aside) for %s', (_name, g) => {
    const result = validateGexf12(writeGexf(g, { version: '1.2', lang: 'vi' }));
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['the seed graph', graph],
    ['a filtered subgraph', filtered],
  ])('GraphML 1.0 (XSD) for %s', (_name, g) => {
    const result = validateGraphml(writeGraphml(g, { lang: 'vi' }));
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('stays valid for graphs with hostile strings and ids', () => {
    fc.assert(
      fc.property(arbitraryGraph, (g) => {
        expect(validateGexf(writeGexf(g)).ok).toBe(true);
        expect(validateGexf12(writeGexf(g, { version: '1.2' })).ok).toBe(true);
        expect(validateGraphml(writeGraphml(g)).ok).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it('the validator does reject an invalid file', () => {
    expect(validateGraphml(writeGraphml(graph).replace('attr.type="string"', 'attr.type="text"')).ok).toBe(false);
    expect(validateGexf(writeGexf(graph).replace('version="1.3"', 'version="1.2"')).ok).toBe(false);
    expect(validateGexf12(writeGexf(graph, { version: '1.2' }).replace('mode="dynamic"', 'mode="moving"')).ok).toBe(false);
  });
});
