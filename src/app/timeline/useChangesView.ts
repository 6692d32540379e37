/** The "what changed" comparison named in the URL, computed once per spec: listed by the panel, highlighted on the canvas, exported as the current view. */
import { useMemo } from 'react';
import type { Changes } from '../../query/changes';
import { changedSubgraph, changesOf, type ChangesSpec } from '../../query/changesView';
import type { Kept } from '../../query/filter';
import { sourceTimes } from '../../query/relationTime';
import { useData } from '../data';

/** `kept`: what the comparison brings forward (drawn, the rest faded); `added`: what the later moment adds (drawn on top). */
export type ChangesView = { spec: ChangesSpec; changes: Changes & { undated?: number }; kept: Kept; added: Kept };

export function useChangesView(spec: ChangesSpec | null): ChangesView | null {
  const { graph, sources } = useData();
  const times = useMemo(() => sourceTimes([...sources.values()]), [sources]);
  return useMemo(() => {
    if (!spec) return null;
    const changes = changesOf(graph, times, spec);
    return { spec, changes, kept: changedSubgraph(graph, changes), added: { nodes: new Set(changes.entities), edges: new Set(changes.relations) } };
  }, [graph, times, spec]);
}
