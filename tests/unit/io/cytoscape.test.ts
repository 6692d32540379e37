/** The Cytoscape JSON export read by Cytoscape.js itself (headless), for the whole graph and a view, in both languages. */
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCytoscape } from '../../../src/io/cytoscape';
import { applyFilter } from '../../../src/query/filter';
import { emptyFilter } from '../../../src/query/filterSpec';
import { keptSubgraph } from '../../../src/query/subgraph';
import { arbitraryGraph } from '../../helpers/arbitraryGraph';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const norway = keptSubgraph(graph, applyFilter(graph, { ...emptyFilter(), actors: ['norway'] }));

describe.each([
  ['the whole graph', graph],
  ['Norway and its neighbours', norway],
])('Cytoscape.js reads %s', (_name, g) => {
  it.each(['vi', 'en'] as const)('with names in %s, the predicate as interaction, lists as lists, positions', (lang) => {
    const file = JSON.parse(writeCytoscape(g, { lang })) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: file.elements, layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(g.order);
    expect(cy.edges().length).toBe(g.size);
    const node = cy.getElementById('norway');
    expect(node.data('name')).toBe(lang === 'vi' ? 'Na Uy' : 'Norway');
    expect(node.data('aliases')).toEqual(['Vương quốc Na Uy']);
    // Dates as a list too, as the graph holds them (not the JSON text a table's cell needs).
    expect(node.data('dates')).toEqual(g.getNodeAttribute('norway', 'dates'));
    expect(node.position()).toEqual({ x: g.getNodeAttribute('norway', 'x'), y: -g.getNodeAttribute('norway', 'y') });
    const signs = cy.getElementById('norway:signs:eu-norway-spd');
    expect([signs.source().id(), signs.target().id(), signs.data('interaction')]).toEqual(['norway', 'eu-norway-spd', 'signs']);
    expect(signs.data('name')).toBe(g.getEdgeAttributes('norway:signs:eu-norway-spd').labels[lang]);
    expect(signs.data('quotes')).toEqual(g.getEdgeAttributes('norway:signs:eu-norway-spd').evidence.map((e) => e.quote));
  });
});

it('Cytoscape.js reads graphs of hostile strings and ids whole', () => {
  fc.assert(
    fc.property(arbitraryGraph, (g) => {
      const cy = cytoscape({ headless: true, elements: (JSON.parse(writeCytoscape(g)) as { elements: cytoscape.ElementsDefinition }).elements });
      const original = (ele: cytoscape.NodeSingular | cytoscape.EdgeSingular) => (ele.data('original_id') as string | undefined) ?? ele.id();
      expect(cy.nodes().map(original).sort()).toEqual(g.nodes().sort());
      expect(cy.edges().map((e) => [original(e), original(e.source()), original(e.target())]).sort()).toEqual(g.mapEdges((e, _a, s, t) => [e, s, t]).sort());
    }),
    { numRuns: 40 },
  );
});
