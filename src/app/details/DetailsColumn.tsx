/**
 * The right-hand column: the selection's details, or the "what changed" list while a comparison
 * is shown (whichever was opened last, with a way back to the other), and the article reader over
 * both; the story maker, when open, above them, where the reader leaves it within reach (a
 * step may show a quote). Nothing here covers the canvas, so the graph keeps its room whatever is open.
 */
import { useState, type ReactNode, type RefObject } from 'react';
import type { Evidence } from '../../model/schema';
import { t } from '../i18n';
import { ArticleReader } from '../panels/ArticleReader';
import { EdgeDetails } from '../panels/EdgeDetails';
import { NodeDetails } from '../panels/NodeDetails';
import type { Lang, Selection, ViewState } from '../state/viewState';

type Props = {
  lang: Lang;
  selection: Selection;
  /** A comparison is shown: its list is portalled into the slot by the timeline strip. */
  comparing: boolean;
  article: ViewState['article'];
  onCloseArticle: () => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onShowEvidence: (evidence: Evidence) => void;
  detailsRef: RefObject<HTMLElement | null>;
  changesSlot: (element: HTMLDivElement | null) => void;
  /** What opens above the details (the story maker): the reader covers the details, never this. */
  above: ReactNode;
};

export function DetailsColumn({ lang, selection, comparing, article, onCloseArticle, onSelectNode, onSelectEdge, onShowEvidence, detailsRef, changesSlot, above }: Props) {
  // Whichever was opened last is shown: a new comparison, or a new selection (from its list or the canvas).
  const [listFirst, setListFirst] = useState(comparing);
  const [seen, setSeen] = useState({ comparing, selection });
  if (seen.comparing !== comparing || seen.selection !== selection) {
    setSeen({ comparing, selection });
    if (comparing && !seen.comparing) setListFirst(true);
    else if (selection && selection !== seen.selection) setListFirst(false);
  }
  const showList = comparing && (listFirst || !selection);
  const handlers = { lang, onSelectNode, onSelectEdge, onShowEvidence };
  return (
    <div className="details-column">
      {above && <div className="sidebar right details-above">{above}</div>}
      <div className="details-stack">
        <aside ref={detailsRef} id="details" tabIndex={-1} className="sidebar right" aria-label={t(lang, 'details')}>
          {comparing && !showList && (
            <button type="button" className="link-button back-to-changes" onClick={() => setListFirst(true)}>
              ← {t(lang, 'backToChanges')}
            </button>
          )}
          <div ref={changesSlot} className="changes-slot" hidden={!showList} />
          {!showList && selection?.type === 'node' && <NodeDetails id={selection.id} {...handlers} />}
          {!showList && selection?.type === 'edge' && <EdgeDetails id={selection.id} {...handlers} />}
          {!showList && !selection && <p className="muted empty">{t(lang, 'emptyDetails')}</p>}
        </aside>
        {article && (
          <ArticleReader
            key={`${article.source}:${article.start ?? ''}`}
            article={article}
            lang={lang}
            onClose={onCloseArticle}
            onSelectNode={onSelectNode}
            onSelectEdge={onSelectEdge}
          />
        )}
      </div>
    </div>
  );
}
