/**
 * The source article with every evidence span marked. The chosen quote is highlighted and
 * scrolled into view; clicking a span selects the relation it supports (or lists them, when
 * one passage supports several).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Segment } from '../../query/evidenceIndex';
import { scrapedLeadLength } from '../../text/scrapedLead';
import { useData } from '../data';
import { t } from '../i18n';
import type { Lang, ViewState } from '../state/viewState';
import { SourceDate } from './EvidenceList';
import { RelationLine } from './RelationLine';

type Props = {
  article: NonNullable<ViewState['article']>;
  lang: Lang;
  onClose: () => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
};

type Piece = { start: number; end: number; segment?: Segment };

/** The text cut at every segment boundary, marked pieces and plain ones alternating. */
function pieces(length: number, segments: Segment[], from: number): Piece[] {
  const out: Piece[] = [];
  // (From the article's first word: a scraper's date line before it is not shown, unless a quote begins inside it.)
  let at = Math.min(from, segments[0]?.start ?? from);
  for (const segment of segments) {
    if (segment.start > at) out.push({ start: at, end: segment.start });
    out.push({ start: segment.start, end: segment.end, segment });
    at = segment.end;
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

export function ArticleReader({ article, lang, onClose, onSelectNode, onSelectEdge }: Props) {
  const { sources, segments } = useData();
  const source = sources.get(article.source);
  const textRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLElement>(null);
  const [chooser, setChooser] = useState<Segment | null>(null);
  const parts = useMemo(
    () => (source ? pieces(source.text.length, segments.get(source.id) ?? [], scrapedLeadLength(source.text)) : []),
    [source, segments],
  );

  // The reader is keyed by the quote it opens on, so this runs once per quote shown. The keyboard
  // follows the eye into it (Escape or × leads back to the details).
  useEffect(() => {
    readerRef.current?.focus({ preventScroll: true });
    const active = textRef.current?.querySelector('mark.active');
    active?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);

  if (!source) return null;
  const isActive = (p: Piece) => article.start !== undefined && article.end !== undefined && p.start < article.end && p.end > article.start;
  const choose = (segment: Segment) => {
    if (segment.edges.length === 1 && segment.edges[0]) onSelectEdge(segment.edges[0]);
    else setChooser(segment);
  };

  return (
    <aside ref={readerRef} tabIndex={-1} className="reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <div>
          <p className="kind-line">{t(lang, 'article')}</p>
          <h2 id="reader-title">{source.title[lang]}</h2>
          <p className="muted">
            <SourceDate date={source.date} inferred={source.dateInferred} lang={lang} />
            {source.publisher && ` · ${source.publisher[lang]}`}
          </p>
          {source.language !== lang && <p className="muted reader-language">{t(lang, source.language === 'vi' ? 'articleInVietnamese' : 'articleInEnglish')}</p>}
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t(lang, 'close')} title={t(lang, 'close')}>
          ×
        </button>
      </header>
      {chooser && (
        <div className="chooser" role="dialog" aria-label={t(lang, 'passageSupports')}>
          <p>
            <strong>{t(lang, 'passageSupports')}</strong>
            <button type="button" className="close" onClick={() => setChooser(null)} aria-label={t(lang, 'close')}>
              ×
            </button>
          </p>
          {chooser.edges.map((edge) => (
            <RelationLine key={edge} edge={edge} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
          ))}
        </div>
      )}
      <div className="reader-text" lang={source.language} ref={textRef}>
        {parts.map((p) => {
          const text = source.text.slice(p.start, p.end);
          if (!p.segment) return <span key={p.start}>{text}</span>;
          const segment = p.segment;
          return (
            <mark
              key={p.start}
              className={isActive(p) ? 'active' : undefined}
              data-start={p.start}
              role="button"
              tabIndex={0}
              title={`${segment.edges.length} × ${t(lang, 'evidence').toLowerCase()}`}
              onClick={() => choose(segment)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose(segment);
                }
              }}
            >
              {text}
            </mark>
          );
        })}
      </div>
    </aside>
  );
}
