/**
 * One relation written as a sentence ("Norway takes part in missions and operations under the
 * Common Security and Defence Policy"), the ends as links, with its date and an inferred mark.
 */
import { relationSentence } from '../../model/sentence';
import { useData } from '../data';
import { formatDate, t } from '../i18n';
import type { Lang } from '../state/viewState';
import { EntityLink } from './EntityLink';

type Props = { edge: string; lang: Lang; onSelectNode: (id: string) => void; onSelectEdge: (id: string) => void };

export function RelationLine({ edge, lang, onSelectNode, onSelectEdge }: Props) {
  const { graph } = useData();
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const sentence = relationSentence(graph, edge, lang);
  return (
    <p className="relation-line">
      <EntityLink id={source} lang={lang} onSelect={onSelectNode} text={sentence.subject} />{' '}
      <button type="button" className="relation-phrase" onClick={() => onSelectEdge(edge)}>
        {sentence.phrase}
      </button>{' '}
      <EntityLink id={target} lang={lang} onSelect={onSelectNode} text={sentence.object} />
      {attrs.date && (
        <span className="relation-date" title={attrs.dateInferred?.[lang]}>
          {' '}({formatDate(attrs.date, lang)}
          {attrs.dateInferred ? '*' : ''})
        </span>
      )}
      {attrs.inferred && (
        <span className="badge inferred" title={attrs.inferred[lang]}>
          {t(lang, 'inferred')}
        </span>
      )}
    </p>
  );
}
