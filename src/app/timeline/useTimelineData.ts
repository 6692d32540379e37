/**
 * What the strip draws, computed once per data change (and per stacking choice): brushing
 * re-filters through the filter pipeline, it does not re-bin. Playback's growth is computed
 * only once playback is asked for: opening a large graph does not wait for it.
 */
import { useMemo } from 'react';
import { graphGrowth } from '../../query/growth';
import { sourceTimes } from '../../query/relationTime';
import { articleMarks, entityEvents, relationHistogram, type StackBy } from '../../query/timeline';
import { useData } from '../data';

export function useTimelineData(stack: StackBy, withGrowth: boolean) {
  const data = useData();
  const times = useMemo(() => sourceTimes([...data.sources.values()]), [data.sources]);
  const events = useMemo(() => entityEvents(data.graph), [data.graph]);
  // The bins reach every entity event too, so none is drawn off the strip.
  const cover = useMemo(() => events.map((e) => e.date), [events]);
  const histogram = useMemo(() => relationHistogram(data.graph, times, { stackBy: stack, cover }), [data.graph, times, stack, cover]);
  const marks = useMemo(() => articleMarks(times), [times]);
  // The same bins whatever the stacking: kept as one value, so a new stacking does not recompute the growth.
  const joinedKeys = histogram.bins.map((b) => b.key).join(' ');
  const keys = useMemo(() => (joinedKeys ? joinedKeys.split(' ') : []), [joinedKeys]);
  const growth = useMemo(() => (withGrowth ? graphGrowth(data.graph, times, keys) : null), [withGrowth, data.graph, times, keys]);
  return { times, events, histogram, marks, keys, growth };
}
