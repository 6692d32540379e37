/**
 * The timeline strip under the canvas: relations by date, stacked by the kind of entity they
 * point to (inferred dates hatched, year- or month-only dates as spans), the articles as marks,
 * and a brush that edits the filter's from/to — the same fields as the filter panel's date boxes.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { graphGrowth } from '../../query/growth';
import { sourceTimes } from '../../query/relationTime';
import { articleMarks, relationHistogram } from '../../query/timeline';
import type { FilterSpec } from '../../query/filterSpec';
import type { FocusSets } from '../../query/focus';
import { useData } from '../data';
import { formatDate, t } from '../i18n';
import type { Lang } from '../state/viewState';
import { ChangesPanel } from './ChangesPanel';
import { filterOfRange, moveRange, rangeOfFilter, type BinRange } from './brushRange';
import { playbackDate, undatedNote } from './strings';
import { BAR_HEIGHT, BAR_TOP, HEIGHT, PAD_X, StripLayers } from './StripLayers';
import { SPEEDS, usePlayback, type Speed } from './usePlayback';

const SPEED_LABELS = { slow: 'speedSlow', normal: 'speedNormal', fast: 'speedFast' } as const;

type Props = {
  lang: Lang;
  filter: FilterSpec;
  onChange: (range: { from?: string; to?: string }) => void;
  /** What the "what changed" view brings forward on the canvas; null when it is closed. */
  onHighlight: (sets: FocusSets | null) => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
};

function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

type Drag = { mode: 'new' | 'lo' | 'hi' | 'both'; anchor: number; start: BinRange };

export function TimelineStrip({ lang, filter, onChange, onHighlight, onSelectNode, onSelectEdge }: Props) {
  const data = useData();
  const times = useMemo(() => sourceTimes([...data.sources.values()]), [data.sources]);
  // Once per data change: brushing re-filters, it does not re-bin.
  const histogram = useMemo(() => relationHistogram(data.graph, times, { stackBy: 'kind' }), [data.graph, times]);
  const marks = useMemo(() => articleMarks(times), [times]);
  const keys = useMemo(() => histogram.bins.map((b) => b.key), [histogram]);
  const [boxRef, width] = useWidth();
  const [draft, setDraft] = useState<BinRange | null>(null);
  const drag = useRef<Drag | null>(null);
  const [comparing, setComparing] = useState(false);
  // Playback stops only where the graph grows: the empty years in between would only be waiting.
  const growth = useMemo(() => graphGrowth(data.graph, times, keys), [data.graph, times, keys]);
  const stops = useMemo(() => growth.steps.flatMap((step, i) => (step.edges.length > 0 ? [i] : [])), [growth]);
  const playback = usePlayback(stops.length);
  const playedBin = playback.at === null ? null : (stops[playback.at] as number);
  useEffect(() => {
    if (playedBin === null) return;
    const shown = growth.steps.slice(0, playedBin + 1);
    const edges = new Set(shown.flatMap((step) => step.edges));
    const nodes = new Set(shown.flatMap((step) => step.nodes));
    if (filter.keepUndated) {
      growth.undated.edges.forEach((e) => edges.add(e));
      growth.undated.nodes.forEach((n) => nodes.add(n));
    }
    // Once everything has appeared there is nothing to set apart: the graph is drawn as usual.
    onHighlight(edges.size === data.graph.size ? null : { nodes, edges });
  }, [playedBin, growth, filter.keepUndated, onHighlight, data.graph]);
  const { stop } = playback;
  const stopPlayback = useCallback(() => {
    stop();
    onHighlight(null);
  }, [stop, onHighlight]);

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

  return (
    <section className="timeline-strip" aria-label={t(lang, 'timeline')}>
      {comparing && (
        <ChangesPanel lang={lang} marks={marks} onHighlight={onHighlight} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} onClose={() => setComparing(false)} />
      )}
      <header className="timeline-head">
        <h2>{t(lang, 'timeline')}</h2>
        {count > 0 && (
          <span className="timeline-playback">
            <button type="button" className="timeline-button" onClick={() => { if (!playback.playing) setComparing(false); playback.toggle(); }}>
              {t(lang, playback.playing ? 'pause' : 'play')}
            </button>
            <select aria-label={t(lang, 'speed')} value={playback.speed} onChange={(e) => playback.setSpeed(e.target.value as Speed)}>
              {(Object.keys(SPEEDS) as Speed[]).map((speed) => (
                <option key={speed} value={speed}>
                  {t(lang, SPEED_LABELS[speed])}
                </option>
              ))}
            </select>
            {playedBin !== null && (
              <>
                <output className="timeline-now">{playbackDate(lang, dateText(keys[playedBin] as string))}</output>
                <button type="button" className="timeline-button" aria-label={t(lang, 'stopPlayback')} title={t(lang, 'stopPlayback')} onClick={stopPlayback}>
                  ■
                </button>
              </>
            )}
          </span>
        )}
        <ul className="timeline-key plain" aria-hidden="true">
          <li><span className="timeline-swatch stated" /> {t(lang, 'statedDate')}</li>
          <li><span className="timeline-swatch inferred" /> {t(lang, 'inferredDateKey')}</li>
          <li><span className="timeline-swatch span" /> {t(lang, 'spanKey')}</li>
          <li><span className="timeline-swatch mark" /> {t(lang, 'articleKey')}</li>
        </ul>
        {histogram.undatedTotal > 0 && (
          <span className="muted timeline-undated">{undatedNote(lang, histogram.undatedTotal, ranged, filter.keepUndated)}</span>
        )}
        {marks.length > 1 && (
          <button type="button" className="timeline-button" aria-expanded={comparing} onClick={() => { if (!comparing) stopPlayback(); setComparing(!comparing); }}>
            {t(lang, 'compareArticles')}
          </button>
        )}
        {ranged && (
          <button type="button" className="timeline-button" onClick={() => commit(null)}>
            {t(lang, 'clearPeriod')}
          </button>
        )}
      </header>
      <div ref={boxRef} className="timeline-chart" title={count > 0 ? `${t(lang, 'timelineHelp')}\n${t(lang, 'colourKey')}` : undefined}>
        {count === 0 && <p className="muted">{t(lang, 'noDatedRelations')}</p>}
        {count > 0 && width > 0 && (
          <svg width={width} height={HEIGHT} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}>
            <StripLayers lang={lang} histogram={histogram} keys={keys} marks={marks} x={x} binWidth={binWidth} />
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
          </svg>
        )}
      </div>
    </section>
  );
}
