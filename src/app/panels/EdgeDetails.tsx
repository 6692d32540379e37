/** One relation: its predicate, both ends, date, inference, and evidence. */
import { useData } from '../data';
import { t } from '../i18n';
import { EvidenceList, type DetailsProps } from './EvidenceList';
import { RelationLine } from './RelationLine';


export function EdgeDetails({ id, lang, onSelectNode, onSelectEdge, onShowEvidence }: DetailsProps) {
  const { graph } = useData();
  const attrs = graph.getEdgeAttributes(id);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="kind-line">{t(lang, 'relation')}</p>
      <h2 id="details-title">{attrs.predicateLabels[lang]}</h2>
      <RelationLine edge={id} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
      {attrs.dateInferred && (
        <p className="note">
          <strong>{t(lang, 'date')}:</strong> {attrs.dateInferred[lang]}
        </p>
      )}
      {attrs.inferred && (
        <p className="note">
          <strong>{t(lang, 'inferred')}:</strong> {attrs.inferred[lang]}
        </p>
      )}
      <h3>{t(lang, 'evidence')}</h3>
      <EvidenceList evidence={attrs.evidence} lang={lang} onShow={onShowEvidence} />
    </article>
  );
}
