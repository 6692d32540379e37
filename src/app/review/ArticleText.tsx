/** The article with every mention, reference and the focused proposal's evidence marked. */
import { memo, useMemo } from 'react';
import type { ReviewFile } from '../../ingest/review';
import type { Lang } from '../state/viewState';
import { rt } from './strings';

type Mark = { start: number; end: number; className: string };
type Props = { text: string; review: ReviewFile; focus: { start: number; end: number } | null; lang: Lang };

/** Cuts the text at every mark boundary, so overlapping marks (a mention inside an evidence quote) nest as classes. */
function segments(text: string, marks: Mark[]) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!;
    const classes = marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.className);
    return { start, end, classes };
  });
}

export const ArticleText = memo(function ArticleText({ text, review, focus, lang }: Props) {
  const base = useMemo<Mark[]>(
    () => [
      ...review.proposals.mentions.map((m) => ({ start: m.start, end: m.end, className: 'entity' in m ? 'mark-known' : 'mark-candidate' })),
      ...review.proposals.references.map((r) => ({ start: r.start, end: r.end, className: 'mark-reference' })),
    ],
    [review],
  );
  const marks = focus ? [...base, { ...focus, className: 'mark-focus' }] : base;
  return (
    <section className="article-text" aria-label={rt(lang, 'article')}>
      <p className="mark-legend">
        <span className="mark-known">{rt(lang, 'legendKnown')}</span> <span className="mark-candidate">{rt(lang, 'legendCandidate')}</span>{' '}
        <span className="mark-reference">{rt(lang, 'legendReference')}</span>
      </p>
      <div className="text" lang="vi">
        {segments(text, marks).map((s) =>
          s.classes.length > 0 ? (
            <mark key={s.start} className={s.classes.join(' ')} data-focus={s.classes.includes('mark-focus') || undefined}>
              {text.slice(s.start, s.end)}
            </mark>
          ) : (
            <span key={s.start}>{text.slice(s.start, s.end)}</span>
          ),
        )}
      </div>
    </section>
  );
});
