/** Where things sit on the strip: its rows, and where a day falls along the bins. */
import type { Histogram } from '../../query/timeline';

export const PAD_X = 10;
export const BAR_TOP = 6;
export const BAR_HEIGHT = 46;
export const SPAN_Y = 57;
export const MARK_Y = 68;
export const EVENT_Y = 80;
export const EVENT_LANE = 7;
export const EVENT_LANES = 3;
/** More event marks than this would make the strip a heavy SVG (an imported graph may date every node): they are counted, not drawn. */
export const EVENT_MARKS_LIMIT = 2000;
/** Whether the strip draws each event, or only counts them in its key. */
export const eventsDrawn = (count: number) => count <= EVENT_MARKS_LIMIT;
export const AXIS_Y = EVENT_Y + EVENT_LANES * EVENT_LANE + 10;
export const HEIGHT = AXIS_Y + 4;

/** Where a day falls along the bins, in bins (fractional): the axis is linear in time within each bin. */
export function binPosition(day: string, keys: string[], unit: Histogram['unit']): number {
  const length = unit === 'year' ? 4 : unit === 'month' ? 7 : 10;
  const index = keys.indexOf(day.slice(0, length));
  if (index === -1) return day < (keys[0] as string) ? 0 : keys.length;
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const within = unit === 'year' ? (month - 1 + (date - 1) / 31) / 12 : unit === 'month' ? (date - 1) / 31 : 0;
  return index + within;
}

/**
 * Lanes for marks that would overlap: each goes in the first lane whose last mark ends before it
 * starts (`gap` pixels apart); past `lanes`, the least full lane. Marks in start order.
 */
export function assignLanes(marks: { from: number; to: number }[], lanes: number, gap = 2): number[] {
  const ends: number[] = [];
  return marks.map(({ from, to }) => {
    let lane = ends.findIndex((end) => end + gap <= from);
    if (lane === -1) lane = ends.length < lanes ? ends.length : ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] ?? -Infinity, to);
    return lane;
  });
}
