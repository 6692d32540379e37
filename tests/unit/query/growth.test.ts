import { describe, expect, it } from 'vitest';
import { changesBetweenSources } from '../../../src/query/changes';
import { graphGrowth } from '../../../src/query/growth';
import { sourceTimes } from '../../../src/query/relationTime';
import { binKeys } from '../../../src/query/timeline';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const growth = graphGrowth(graph, sourceTimes(sources), binKeys('1990', '2024', 'year'));
const step = (key: string) => growth.steps.find((s) => s.key === key);

describe('how the shipped graph grows', () => {
  it('starts in 1990 with the diplomatic relations of Viet Nam and the EU', () => {
    expect(growth.steps[0]).toEqual({ key: '1990', edges: ['vietnam:diplomatic_relations_with:eu'], nodes: ['vietnam', 'eu'] });
  });

  it('every relation and entity appears exactly once, and empty years add nothing', () => {
    const edges = growth.steps.flatMap((s) => s.edges);
    const nodes = growth.steps.flatMap((s) => s.nodes);
    expect(new Set(edges).size).toBe(graph.size);
    expect(edges).toHaveLength(graph.size);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(nodes).toHaveLength(graph.filterNodes((n) => graph.degree(n) > 0).length);
    expect(step('2000')).toEqual({ key: '2000', edges: [], nodes: [] });
    expect(growth.undated).toEqual({ edges: [], nodes: [] });
  });

  it('an entity appears with its first relation: 2024 brings the 2024 article’s new entities', () => {
    expect(new Set(step('2024')?.nodes)).toEqual(new Set(changesBetweenSources(graph, 'vn-eu-defence-meeting', 'eu-norway-spd').entities));
    expect(step('2024')?.edges).toHaveLength(39);
    expect(step('2020')?.edges).toEqual(['vietnam:chairs:asean']);
    expect(step('2020')?.nodes).toEqual([]); // both already there in 2019
  });

  it('relations dated before the first bin fall in it; undated ones are kept apart', () => {
    const late = graphGrowth(graph, sourceTimes(sources.map((s) => ({ id: s.id, ...(s.id === 'eu-norway-spd' ? { date: s.date } : {}) }))), ['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(late.steps[0]?.edges).toContain('vietnam:diplomatic_relations_with:eu');
    // The 2019 article without its date: its 67 relations with no date of their own are undated,
    // but for the one the 2024 article also states, which takes that article's date.
    expect(late.undated.edges).toHaveLength(66);
    expect(late.undated.edges).not.toContain('eu-high-representative:part_of:eu');
    expect(late.undated.nodes.length).toBeGreaterThan(0);
  });
});
