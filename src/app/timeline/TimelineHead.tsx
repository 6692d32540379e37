/** The strip's header: fold, playback, what the bars are stacked by, "what changed", the undated note and clearing the period. */
import type { StackBy } from '../../query/timeline';
import { formatDate, t } from '../i18n';
import type { TimelineView } from '../state/timelineParams';
import type { Lang } from '../state/viewState';
import { playbackDate } from './strings';
import { SPEEDS, type Speed } from './usePlayback';

const SPEED_LABELS = { slow: 'speedSlow', normal: 'speedNormal', fast: 'speedFast' } as const;

type Props = {
  lang: Lang;
  timeline: TimelineView;
  onFold: () => void;
  playback: { playing: boolean; speed: Speed; setSpeed: (s: Speed) => void; toggle: () => void; now: string | null; stop: () => void } | null;
  onStack: (stack: StackBy) => void;
  /** Null when there is nothing to compare. */
  onToggleChanges: (() => void) | null;
  undated: string | null;
  onClear: (() => void) | null;
};

export function TimelineHead({ lang, timeline, onFold, playback, onStack, onToggleChanges, undated, onClear }: Props) {
  const fold = t(lang, timeline.open ? 'foldStrip' : 'unfoldStrip');
  return (
    <header className="timeline-head">
      <button type="button" className="timeline-fold" aria-expanded={timeline.open} aria-label={fold} title={fold} onClick={onFold}>
        {timeline.open ? '▾' : '▸'}
      </button>
      <h2>{t(lang, 'timeline')}</h2>
      {playback && (
        <span className="timeline-playback">
          <button type="button" className="timeline-button" onClick={playback.toggle}>
            {t(lang, playback.playing ? 'pause' : 'play')}
          </button>
          <select aria-label={t(lang, 'speed')} value={playback.speed} onChange={(e) => playback.setSpeed(e.target.value as Speed)}>
            {(Object.keys(SPEEDS) as Speed[]).map((speed) => (
              <option key={speed} value={speed}>
                {t(lang, SPEED_LABELS[speed])}
              </option>
            ))}
          </select>
          {/* Always laid out, shown only while playing: the header must not rewrap when Play starts, or the canvas below would shrink and the graph move. */}
          <span className={playback.now === null ? 'timeline-now-slot idle' : 'timeline-now-slot'}>
            <output className="timeline-now">{playback.now !== null && playbackDate(lang, playback.now, formatDate(playback.now, lang))}</output>
            <button type="button" className="timeline-button" aria-label={t(lang, 'stopPlayback')} title={t(lang, 'stopPlayback')} onClick={playback.stop}>
              ■
            </button>
          </span>
        </span>
      )}
      {timeline.open && (
        <label className="timeline-stack">
          <span>{t(lang, 'stackBy')}</span>
          <select value={timeline.stack} onChange={(e) => onStack(e.target.value as StackBy)}>
            <option value="kind">{t(lang, 'stackKind')}</option>
            <option value="predicate">{t(lang, 'stackPredicate')}</option>
          </select>
        </label>
      )}
      {undated && timeline.open && <span className="muted timeline-undated">{undated}</span>}
      <span className="timeline-actions">
        {onToggleChanges && (
          <button type="button" className="timeline-button" aria-expanded={timeline.changes !== null} onClick={onToggleChanges}>
            {t(lang, 'whatChanged')}
          </button>
        )}
        {onClear && (
          <button type="button" className="timeline-button" onClick={onClear}>
            {t(lang, 'clearPeriod')}
          </button>
        )}
      </span>
    </header>
  );
}
