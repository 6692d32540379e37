/**
 * One relation written as a sentence: "Norway — takes part in missions and operations under — CSDP",
 * the ends as links, with its date and an inferred mark.
 */
import { useData } from '../data';
import { formatDate, t } from '../i18n';
import type { Lang } from '../state/viewState';
import { EntityLink } from './EntityLink';

type Props = { edge: string; lang: Lang; onSelectNode: (id: string) => void; onSelectEdge: (id: string) => void };

export function RelationLine({ edge, lang, onSelectNode, onSelectEdge }: Props) {
  const { graph } = useData();
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  return (
    <p className="relation-line">
      <EntityLink id={source} lang={lang} onSelect={onSelectNode} />{' '}
      <button type="button" className="relation-phrase" onClick={() => onSelectEdge(edge)}>
        {attrs.labels[lang]}
      </button>{' '}
      <EntityLink id={target} lang={lang} onSelect={onSelectNode} />
      {attrs.date && (
        <span className="relation-date" title={attrs.dateInferred}>
          {' '}({formatDate(attrs.date, lang)}
          {attrs.dateInferred ? '*' : ''})
        </span>
      )}
      {attrs.inferred && (
        <span className="badge inferred" title={attrs.inferred}>
          {t(lang, 'inferred')}
        </span>
      )}
    </p>
  );
}
