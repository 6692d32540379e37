/**
 * The strip's header, one line at any width: fold, playback (with the date it has reached), and
 * "what changed". What the bars are stacked by, the undated note and clearing the period sit on
 * the key's line below, which folds away with the chart.
 */
import { formatDate, t } from '../i18n';
import type { TimelineView } from '../state/timelineParams';
import type { Lang } from '../state/viewState';
import { playbackDate } from './strings';
import { SPEEDS, type Speed } from './usePlayback';

const SPEED_LABELS = { slow: 'speedSlow', normal: 'speedNormal', fast: 'speedFast' } as const;

type Props = {
  lang: Lang;
  timeline: TimelineView;
  /** Null while the relations table holds the strip folded. */
  onFold: (() => void) | null;
  playback: { playing: boolean; speed: Speed; setSpeed: (s: Speed) => void; toggle: () => void; now: string | null; stop: () => void } | null;
  /** Null when there is nothing to compare. */
  onToggleChanges: (() => void) | null;
};

export function TimelineHead({ lang, timeline, onFold, playback, onToggleChanges }: Props) {
  const fold = t(lang, !onFold ? 'foldedUnderTable' : timeline.open ? 'foldStrip' : 'unfoldStrip');
  return (
    <header className="timeline-head">
      <button type="button" className="timeline-fold" aria-expanded={timeline.open} aria-label={fold} title={fold} disabled={!onFold} onClick={onFold ?? undefined}>
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
          {/* Laid out always, shown only while playing: starting Play must not rewrap the header, or the canvas above would shrink and the graph move. */}
          <button type="button" className={playback.now === null ? 'timeline-button idle' : 'timeline-button'} aria-label={t(lang, 'stopPlayback')} title={t(lang, 'stopPlayback')} onClick={playback.stop}>
            ■
          </button>
          <output className="timeline-now">{playback.now !== null && playbackDate(lang, playback.now, formatDate(playback.now, lang))}</output>
        </span>
      )}
      <span className="timeline-actions">
        {onToggleChanges && (
          <button type="button" className="timeline-button" aria-expanded={timeline.changes !== null} onClick={onToggleChanges}>
            {t(lang, 'whatChanged')}
          </button>
        )}
      </span>
    </header>
  );
}
