/**
 * The article with its marks (known and new entities, the reviewer's additions, references, the
 * focused item's evidence, the selection), each titled with the name of what it marks. Selecting
 * words in it reports their offsets in the article's text.
 */
import { memo, useRef } from 'react';
import type { Span } from '../../ingest/types';
import type { Lang } from '../state/viewState';
import type { Mark } from './marks';
import { selectedOffsets } from './selection';
import { rt } from './strings';

/** `lang`: the page's language; `textLang`: the article's. */
type Props = { text: string; textLang: Lang; marks: Mark[]; selection: Span | undefined; lang: Lang; onSelect: (span: { start: number; end: number }) => void };

const NAME_MARKS: ReadonlySet<string> = new Set(['mark-known', 'mark-candidate', 'mark-added']);

/** Cuts the text at every mark boundary, so overlapping marks (a mention inside an evidence quote) nest as classes. */
export function segments(text: string, marks: Mark[]) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const titles = [...new Set(covering.flatMap((m) => (m.title ? [m.title] : [])))];
    // A name inside a longer name ("Philippines" in "… of the Philippines") is drawn apart from the words around it.
    const names = covering.filter((m) => NAME_MARKS.has(m.className)).length;
    return { start, end, classes: [...new Set(covering.map((m) => m.className)), ...(names > 1 ? ['mark-nested'] : [])], title: titles.join(' · ') };
  });
}

export const ArticleText = memo(function ArticleText({ text, textLang, marks, selection, lang, onSelect }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const all = selection ? [...marks, { ...selection, className: 'mark-selection' as const }] : marks;
  const capture = () => {
    const span = root.current && selectedOffsets(root.current);
    if (!span) return;
    onSelect(span);
    // The selection's own mark shows it from now on. A browser selection left in place would turn
    // the next press inside it into dragging the words away instead of selecting new ones.
    window.getSelection()?.removeAllRanges();
  };
  return (
    <section className="article-text" aria-label={rt(lang, 'article')}>
      <p className="mark-legend">
        <span className="mark-known">{rt(lang, 'legendKnown')}</span> <span className="mark-candidate">{rt(lang, 'legendCandidate')}</span>{' '}
        <span className="mark-added">{rt(lang, 'legendAdded')}</span> <span className="mark-reference">{rt(lang, 'legendReference')}</span>
      </p>
      <div className="text" lang={textLang} ref={root} onMouseUp={capture} onKeyUp={capture} data-testid="article">
        {segments(text, all).map((s) =>
          s.classes.length > 0 ? (
            <mark key={s.start} className={s.classes.join(' ')} title={s.title || undefined} data-start={s.start}>
              {text.slice(s.start, s.end)}
            </mark>
          ) : (
            <span key={s.start} data-start={s.start}>
              {text.slice(s.start, s.end)}
            </span>
          ),
        )}
      </div>
    </section>
  );
});
