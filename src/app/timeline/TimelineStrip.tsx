/**
 * The timeline strip under the canvas: relations by date, stacked by the kind of entity they
 * point to or by their type (inferred dates hatched, year- or month-only dates as spans), the
 * articles and the entities' dated events as marks, and a brush that edits the filter's from/to —
 * the same fields as the filter panel's date boxes. It folds away to its header.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { ChangesSpec } from '../../query/changesView';
import type { FilterSpec } from '../../query/filterSpec';
import type { FocusSets } from '../../query/focus';
import type { StackBy } from '../../query/timeline';
import { useData } from '../data';
import { formatDate, t } from '../i18n';
import type { TimelineView } from '../state/timelineParams';
import type { Lang } from '../state/viewState';
import { ChangesPanel, defaultSpec } from './ChangesPanel';
import { EventMarks, type Tip } from './EventMarks';
import { filterOfRange, moveRange, rangeOfFilter, type BinRange } from './brushRange';
import { groupStyle } from './groupColours';
import { undatedNote } from './strings';
import { StripKey } from './StripKey';
import { BAR_HEIGHT, BAR_TOP, eventsDrawn, HEIGHT, PAD_X } from './stripGeometry';
import { StripLayers } from './StripLayers';
import { TimelineHead } from './TimelineHead';
import type { ChangesView } from './useChangesView';
import { usePlayback } from './usePlayback';
import { useTimelineData } from './useTimelineData';
import './timeline.css';

type Props = {
  lang: Lang;
  filter: FilterSpec;
  onChange: (range: { from?: string; to?: string }) => void;
  timeline: TimelineView;
  /** The relations table is open below: the strip keeps only its header, so the canvas keeps its room. */
  underTable: boolean;
  onTimeline: (patch: Partial<TimelineView>) => void;
  /** The "what changed" comparison in the URL, computed; null when none is shown. */
  changes: ChangesView | null;
  /** Where the comparison's list goes: the details column, so that nothing covers the canvas. */
  changesSlot: HTMLElement | null;
  /** Playback: what has appeared so far (the canvas fades the rest); null when no playback is on. */
  onReveal: (sets: FocusSets | null) => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
};

/** A callback ref: the chart comes and goes as the strip folds, and is measured each time it comes. */
function useWidth(): [(element: HTMLDivElement | null) => void, number] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

/** The canvas ends where the strip begins, whatever its header's wrapping or its folding make its height. */
function useHeightOnParent(): RefObject<HTMLElement | null> {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    const parent = element?.parentElement;
    if (!element || !parent) return;
    const apply = () => parent.style.setProperty('--timeline-height', `${element.offsetHeight}px`);
    // Now, before sigma is built beside it: a canvas resized after its first frame draws it twice.
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => {
      observer.disconnect();
      parent.style.removeProperty('--timeline-height');
    };
  }, []);
  return ref;
}

type Drag = { mode: 'new' | 'lo' | 'hi' | 'both'; anchor: number; start: BinRange };

export function TimelineStrip({ lang, filter, onChange, timeline: asked, underTable, onTimeline, changes, changesSlot, onReveal, onSelectNode, onSelectEdge }: Props) {
  const { graph } = useData();
  const timeline = underTable ? { ...asked, open: false } : asked;
  const [playAsked, setPlayAsked] = useState(false);
  const { events, histogram, marks, keys, growth } = useTimelineData(timeline.stack, playAsked);
  const style = useMemo(() => groupStyle(timeline.stack, histogram.groups, lang), [timeline.stack, histogram.groups, lang]);
  const stripRef = useHeightOnParent();
  const [boxRef, width] = useWidth();
  const [draft, setDraft] = useState<BinRange | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const drag = useRef<Drag | null>(null);
  // Playback stops only where the graph grows: the empty years in between would only be waiting.
  const stops = useMemo(() => growth?.steps.flatMap((step, i) => (step.edges.length > 0 ? [i] : [])) ?? [], [growth]);
  const playback = usePlayback(stops.length);
  const playedBin = playback.at === null ? null : (stops[playback.at] as number);
  // The first Play computes the growth; playback starts once it is there.
  const startWhenGrown = useRef(false);
  const { toggle: togglePlayback } = playback;
  useEffect(() => {
    if (!growth || !startWhenGrown.current) return;
    startWhenGrown.current = false;
    togglePlayback();
  }, [growth, togglePlayback]);
  useEffect(() => {
    if (playedBin === null || !growth) return onReveal(null);
    const shown = growth.steps.slice(0, playedBin + 1);
    const edges = new Set(shown.flatMap((step) => step.edges));
    const nodes = new Set(shown.flatMap((step) => step.nodes));
    if (filter.keepUndated) {
      growth.undated.edges.forEach((e) => edges.add(e));
      growth.undated.nodes.forEach((n) => nodes.add(n));
    }
    // Once everything has appeared there is nothing to fade: the graph is drawn as usual.
    onReveal(edges.size === graph.size ? null : { nodes, edges });
  }, [playedBin, growth, filter.keepUndated, onReveal, graph]);
  useEffect(() => () => onReveal(null), [onReveal]);

  const showChanges = (spec: ChangesSpec | null) => onTimeline({ changes: spec });
  const opening = defaultSpec(marks.length > 1 ? 'source' : 'date', marks, keys);
  const toggleChanges = () => {
    if (timeline.changes) return showChanges(null);
    playback.stop();
    showChanges(opening);
  };
  const togglePlay = () => {
    if (!playback.playing && timeline.changes) showChanges(null);
    if (growth) return playback.toggle();
    startWhenGrown.current = true;
    setPlayAsked(true);
  };

  const chosen = rangeOfFilter(keys, filter.from, filter.to);
  const range = draft ?? chosen;
  const count = keys.length;
  const binWidth = count > 0 ? Math.max(1, (width - 2 * PAD_X) / count) : 0;
  const x = (bins: number) => PAD_X + bins * binWidth;
  const binAt = (clientX: number, svg: SVGSVGElement) => {
    const left = svg.getBoundingClientRect().left;
    return Math.max(0, Math.min(count - 1, Math.floor((clientX - left - PAD_X) / binWidth)));
  };
  const commit = (next: BinRange | null) => onChange(next ? filterOfRange(keys, next) : { from: undefined, to: undefined });

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (count === 0 || e.button !== 0) return;
    const bin = binAt(e.clientX, e.currentTarget);
    const part = (e.target as Element).getAttribute('data-part');
    const mode = part === 'lo' || part === 'hi' || part === 'both' ? part : 'new';
    const start = range ?? { lo: 0, hi: count - 1 };
    drag.current = { mode, anchor: bin, start };
    setDraft(mode === 'new' ? { lo: bin, hi: bin } : start);
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    if (!current) return;
    const bin = binAt(e.clientX, e.currentTarget);
    if (current.mode === 'new') setDraft({ lo: Math.min(current.anchor, bin), hi: Math.max(current.anchor, bin) });
    else setDraft(moveRange(current.start, current.mode, bin - current.anchor, count));
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    if (draft) commit(draft);
    setDraft(null);
  };
  const onKey = (edge: 'lo' | 'hi' | 'both') => (e: KeyboardEvent) => {
    const current = range ?? { lo: 0, hi: count - 1 };
    const step = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -5, PageUp: 5 }[e.key];
    let next: BinRange | null | undefined;
    if (step !== undefined) next = moveRange(current, edge, step, count);
    else if (e.key === 'Home' && edge !== 'hi') next = { lo: 0, hi: current.hi };
    else if (e.key === 'End' && edge !== 'lo') next = { lo: current.lo, hi: count - 1 };
    else if (e.key === 'Delete' || e.key === 'Backspace' || e.key === 'Escape') next = null;
    if (next === undefined) return;
    e.preventDefault();
    commit(next);
  };

  const ranged = filter.from !== undefined || filter.to !== undefined;
  const shown = range ?? { lo: 0, hi: count - 1 };
  const dateText = (key: string) => formatDate(key, lang);
  const colourHelp = t(lang, timeline.stack === 'kind' ? 'colourKey' : 'colourKeyPredicate');

  return (
    <section ref={stripRef} className={timeline.open ? 'timeline-strip' : 'timeline-strip folded'} aria-label={t(lang, 'timeline')}>
      {changes &&
        changesSlot &&
        createPortal(
          <ChangesPanel lang={lang} view={changes} marks={marks} keys={keys} onChange={showChanges} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />,
          changesSlot,
        )}
      <TimelineHead
        lang={lang}
        timeline={timeline}
        onFold={underTable ? null : () => onTimeline({ open: !timeline.open })}
        playback={count > 0 ? { ...playback, toggle: togglePlay, now: playedBin === null ? null : (keys[playedBin] as string) } : null}
        onToggleChanges={opening ? toggleChanges : null}
      />
      {timeline.open && count > 0 && (
        <div className={`timeline-keys by-${timeline.stack}`}>
          <label className="timeline-stack">
            <span>{t(lang, 'stackBy')}</span>
            <select value={timeline.stack} onChange={(e) => onTimeline({ stack: e.target.value as StackBy })}>
              <option value="kind">{t(lang, 'stackKind')}</option>
              <option value="predicate">{t(lang, 'stackPredicate')}</option>
            </select>
          </label>
          <StripKey lang={lang} style={style} events={events.length} />
          {histogram.undatedTotal > 0 && <span className="muted timeline-undated">{undatedNote(lang, histogram.undatedTotal, ranged, filter.keepUndated)}</span>}
          {ranged && (
            <button type="button" className="timeline-button" onClick={() => commit(null)}>
              {t(lang, 'clearPeriod')}
            </button>
          )}
        </div>
      )}
      {timeline.open && (
        // The chart's height is kept before its width is measured: the canvas takes the rest, and
        // a canvas that shrank after its first frame would draw the whole graph again.
        <div ref={boxRef} className="timeline-chart" style={count > 0 ? { minHeight: HEIGHT } : undefined} title={count > 0 ? `${t(lang, 'timelineHelp')}\n${colourHelp}` : undefined}>
          {count === 0 && <p className="muted">{t(lang, 'noDatedRelations')}</p>}
          {count > 0 && width > 0 && (
            <svg width={width} height={HEIGHT} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}>
              <StripLayers lang={lang} histogram={histogram} style={style} keys={keys} marks={marks} x={x} binWidth={binWidth} />
              {playedBin !== null && <line className="timeline-now-line" x1={x(playedBin + 1)} x2={x(playedBin + 1)} y1={0} y2={HEIGHT} />}
              {range && <rect className="timeline-brush" data-part="both" x={x(shown.lo)} y={1} width={x(shown.hi + 1) - x(shown.lo)} height={HEIGHT - 2} tabIndex={0} role="group" aria-label={`${t(lang, 'period')}: ${dateText(keys[shown.lo] as string)} – ${dateText(keys[shown.hi] as string)}`} onKeyDown={onKey('both')} />}
              {(['lo', 'hi'] as const).map((edge) => {
                const at = edge === 'lo' ? x(shown.lo) : x(shown.hi + 1);
                const key = keys[shown[edge]] as string;
                return (
                  <rect
                    key={edge}
                    className={range ? 'timeline-handle' : 'timeline-handle idle'}
                    data-part={edge}
                    x={at - 4}
                    y={BAR_TOP}
                    width={8}
                    height={BAR_HEIGHT}
                    rx={3}
                    tabIndex={0}
                    role="slider"
                    aria-label={t(lang, edge === 'lo' ? 'periodStart' : 'periodEnd')}
                    aria-valuemin={0}
                    aria-valuemax={count - 1}
                    aria-valuenow={shown[edge]}
                    aria-valuetext={dateText(key)}
                    onKeyDown={onKey(edge)}
                  />
                );
              })}
              {/* Above the brush, so they can be hovered and clicked inside a chosen period. */}
              {eventsDrawn(events.length) && <EventMarks lang={lang} events={events} keys={keys} unit={histogram.unit} x={x} onSelect={onSelectNode} onTip={setTip} />}
            </svg>
          )}
          {tip && (
            <div className={`timeline-tip ${tip.x < 160 ? 'start' : tip.x > width - 160 ? 'end' : ''}`} role="tooltip" style={{ left: tip.x, top: tip.y }}>
              {tip.text}
              <span className="muted">{t(lang, 'eventSelect')}</span>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
