/** The quotes behind a relation, each with its article's title and date and a way into the article. */
import type { Evidence } from '../../model/schema';
import type { Bilingual } from '../../model/vocabulary';
import { useData } from '../data';
import { formatDate, t } from '../i18n';
import type { Lang } from '../state/viewState';
import { Quote } from './Quote';

type Props = { evidence: Evidence[]; lang: Lang; onShow: (evidence: Evidence) => void };

/** What the node and edge details panels take. */
export type DetailsProps = {
  id: string;
  lang: Lang;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onShowEvidence: (evidence: Evidence) => void;
};

/** An article's date; when it is inferred, the reason in the interface language as its tooltip. */
export function SourceDate({ date, inferred, lang }: { date?: string; inferred?: Bilingual; lang: Lang }) {
  if (!date) return <span className="muted">{t(lang, 'undated')}</span>;
  return (
    <span title={inferred?.[lang]}>
      {formatDate(date, lang)}
      {inferred && <span className="badge inferred">{t(lang, 'inferredDate')}</span>}
    </span>
  );
}

export function EvidenceList({ evidence, lang, onShow }: Props) {
  const { sources } = useData();
  return (
    <ul className="evidence-list">
      {evidence.map((e) => {
        const source = sources.get(e.source);
        return (
          <li key={`${e.source}:${e.start}`}>
            <Quote evidence={e} lang={lang} />
            <div className="evidence-meta">
              <span className="source-title">{source?.title[lang] ?? e.source}</span>
              {' · '}
              <SourceDate date={source?.date} inferred={source?.dateInferred} lang={lang} />
              {source && (
                <>
                  {' · '}
                  <button type="button" className="link-button" onClick={() => onShow(e)}>
                    {t(lang, 'showInArticle')}
                  </button>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
