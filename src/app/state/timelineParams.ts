/**
 * The timeline strip's part of the URL: `timeline=0` when the strip is folded away, `stack=predicate`
 * when its bars are stacked by predicate (by kind otherwise), and `changes=FROM..TO` when "what
 * changed" between two dates or two articles is shown. Read back like every parameter: a value
 * that does not fit is dropped with a notice.
 */
import { CHANGES_PARAM, changesParamValue, parseChangesParam, type ChangesSpec } from '../../query/changesView';
import type { ParamProblem } from '../../query/filterParams';
import type { StackBy } from '../../query/timeline';

export type TimelineView = { open: boolean; stack: StackBy; changes: ChangesSpec | null };

export const DEFAULT_TIMELINE: TimelineView = { open: true, stack: 'kind', changes: null };

export const TIMELINE_PARAMS = ['timeline', 'stack', CHANGES_PARAM] as const;

export function parseTimelineParams(params: URLSearchParams, sourceIds: readonly string[]): { timeline: TimelineView; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const timeline: TimelineView = { ...DEFAULT_TIMELINE };
  const open = params.get('timeline');
  if (open !== null) {
    if (open === '1' || open === '0') timeline.open = open === '1';
    else problems.push({ param: 'timeline', value: open, problem: 'malformed', expected: '1 or 0' });
  }
  const stack = params.get('stack');
  if (stack !== null) {
    if (stack === 'kind' || stack === 'predicate') timeline.stack = stack;
    else problems.push({ param: 'stack', value: stack, problem: 'malformed', expected: 'kind or predicate' });
  }
  const changes = params.get(CHANGES_PARAM);
  if (changes !== null) {
    const read = parseChangesParam(changes, sourceIds);
    if ('spec' in read) timeline.changes = read.spec;
    else problems.push(read.problem);
  }
  return { timeline, problems };
}

export function timelineToParams(timeline: TimelineView): [string, string][] {
  const params: [string, string][] = [];
  if (!timeline.open) params.push(['timeline', '0']);
  if (timeline.stack !== DEFAULT_TIMELINE.stack) params.push(['stack', timeline.stack]);
  if (timeline.changes) params.push([CHANGES_PARAM, changesParamValue(timeline.changes)]);
  return params;
}
