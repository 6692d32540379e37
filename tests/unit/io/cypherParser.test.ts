/**
 * The Cypher export through Neo4j's own parser and linter (@neo4j-cypher/language-support,
 * the code behind Neo4j Browser's and VS Code's Cypher checks), with no schema: zero errors
 * and zero warnings, for the whole graph and a filtered view, in both languages, and for
 * graphs made of hostile strings.
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCypher } from '../../../src/io/cypher';
import { applyFilter } from '../../../src/query/filter';
import { emptyFilter } from '../../../src/query/filterSpec';
import { keptSubgraph } from '../../../src/query/subgraph';
import { arbitraryGraph } from '../../helpers/arbitraryGraph';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const norway = keptSubgraph(graph, applyFilter(graph, { ...emptyFilter(), actors: ['norway'], actorHops: 2 }));
const diagnostics = (text: string) => lintCypherQuery(text, {}).diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);

describe("Neo4j's Cypher parser", () => {
  it('flags what it should: a cartesian product, a syntax error', () => {
    expect(diagnostics("MATCH (a:Entity {id: 'x'}), (b:Entity {id: 'y'}) MERGE (a)-[:SIGNS]->(b);").join('\n')).toMatch(/cartesian product/);
    expect(diagnostics("MERGE (n:Entity {id: 'x'}) SET n += {label: 'a};").some((d) => d.startsWith('error'))).toBe(true);
  });

  it.each([
    ['the whole graph', 'vi', graph],
    ['Norway, 2 hops', 'en', norway],
  ] as const)('%s, labels in %s: zero errors, zero warnings', (_name, lang, g) => {
    const text = writeCypher(g, { lang });
    expect(diagnostics(text)).toEqual([]);
    expect(text).toContain(lang === 'vi' ? "{id: 'norway', props: {label: 'Na Uy'" : "{id: 'norway', props: {label: 'Norway'");
    expect(text).toContain("aliases: ['Vương quốc Na Uy']");
  }, 300_000);

  it('graphs of hostile strings and ids: zero errors, zero warnings', () => {
    fc.assert(
      fc.property(arbitraryGraph, (g) => {
        expect(diagnostics(writeCypher(g))).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 300_000);
});
