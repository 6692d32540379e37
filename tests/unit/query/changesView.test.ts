import { describe, expect, it } from 'vitest';
import { changesBetweenDates, changesBetweenSources } from '../../../src/query/changes';
import { changedSubgraph, changesOf } from '../../../src/query/changesView';
import { sourceTimes } from '../../../src/query/relationTime';
import { keptSubgraph } from '../../../src/query/subgraph';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const times = sourceTimes(sources);

describe('"what changed" as a view', () => {
  it('asks the same function as kg diff, by dates or by articles', () => {
    expect(changesOf(graph, times, { by: 'date', from: '2019', to: '2024' })).toEqual(changesBetweenDates(graph, times, '2019', '2024'));
    expect(changesOf(graph, times, { by: 'source', from: 'vn-eu-defence-meeting', to: 'eu-norway-spd' })).toEqual(
      changesBetweenSources(graph, 'vn-eu-defence-meeting', 'eu-norway-spd'),
    );
  });

  it('the changed subgraph: the new relations and those with new evidence, both ends of each, and every new entity', () => {
    const changes = changesBetweenSources(graph, 'vn-eu-defence-meeting', 'eu-norway-spd');
    const kept = changedSubgraph(graph, changes);
    expect(kept.edges.size).toBe(39 + 1);
    for (const id of changes.entities) expect(kept.nodes.has(id)).toBe(true);
    // Exportable as is: every edge's ends are in it.
    const sub = keptSubgraph(graph, kept);
    expect(sub.size).toBe(40);
    expect(sub.order).toBe(kept.nodes.size);
    // The EU is not new, but it signs the new partnership: it is there as an end.
    expect(changes.entities).not.toContain('eu');
    expect(kept.nodes.has('eu')).toBe(true);
  });
});
