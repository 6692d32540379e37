/** The "what changed" comparison named in the URL, computed once per spec: listed by the panel, highlighted on the canvas, exported as the current view. */
import { useMemo } from 'react';
import type { Changes } from '../../query/changes';
import { changedSubgraph, changesOf, type ChangesSpec } from '../../query/changesView';
import type { Kept } from '../../query/filter';
import { sourceTimes } from '../../query/relationTime';
import { useData } from '../data';

export type ChangesView = { spec: ChangesSpec; changes: Changes & { undated?: number }; kept: Kept };

export function useChangesView(spec: ChangesSpec | null): ChangesView | null {
  const { graph, sources } = useData();
  const times = useMemo(() => sourceTimes([...sources.values()]), [sources]);
  return useMemo(() => {
    if (!spec) return null;
    const changes = changesOf(graph, times, spec);
    return { spec, changes, kept: changedSubgraph(graph, changes) };
  }, [graph, times, spec]);
}
