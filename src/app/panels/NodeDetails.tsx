/** Everything about one entity: names, kind, description, dates, sources, and its relations with evidence. */
import { useMemo } from 'react';
import { actorCategoryLabel, DATE_TYPES, KINDS, PREDICATES, type Predicate } from '../../model/vocabulary';
import { useData } from '../data';
import { DISPLAY_LENGTH, shortText } from '../displayText';
import { formatDate, t } from '../i18n';
import type { Lang } from '../state/viewState';
import { EvidenceList, type DetailsProps } from './EvidenceList';
import { RelationLine } from './RelationLine';
import { ProfilePanel } from '../profile/ProfilePanel';


export function NodeDetails({ id, lang, onSelectNode, onSelectEdge, onShowEvidence }: DetailsProps) {
  const { graph, sources } = useData();
  const attrs = graph.getNodeAttributes(id);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';

  // Grouped by predicate and direction: on the EU's panel, "Norway is the most closely associated
  // partner of the EU" belongs under "← cooperates with", not under the EU's own "cooperates with".
  const groups = useMemo(() => {
    const byPredicate = new Map<string, { predicate: Predicate; incoming: boolean; edges: string[] }>();
    graph.forEachEdge(id, (edge, edgeAttrs, source) => {
      const incoming = source !== id;
      const key = `${incoming ? '<' : '>'}${edgeAttrs.predicate}`;
      const group = byPredicate.get(key) ?? { predicate: edgeAttrs.predicate, incoming, edges: [] };
      group.edges.push(edge);
      byPredicate.set(key, group);
    });
    return [...byPredicate.entries()];
  }, [graph, id]);

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="kind-line">
        <span className="swatch" style={{ background: attrs.color }} aria-hidden="true" />
        {KINDS[attrs.kind][lang]}
        {attrs.category && <span className="muted"> · {actorCategoryLabel(attrs.category, lang)}</span>}
      </p>
      <h2 id="details-title">{shortText(attrs.labels[lang], DISPLAY_LENGTH.heading)}</h2>
      {/* The other language's name, when it is other words (an imported node often has one name only). */}
      {attrs.labels[other] !== attrs.labels[lang] && (
        <p className="other-label" lang={other}>
          {shortText(attrs.labels[other], DISPLAY_LENGTH.heading)}
        </p>
      )}
      {attrs.description[lang] && <p>{attrs.description[lang]}</p>}
      {attrs.aliases.length > 0 && (
        <p>
          <strong>{t(lang, 'aliases')}:</strong> {attrs.aliases.join(' · ')}
        </p>
      )}
      {attrs.dates.length > 0 && (
        <ul className="plain">
          {attrs.dates.map((d) => (
            <li key={d.type} title={d.dateInferred?.[lang]}>
              <strong>{DATE_TYPES[d.type][lang]}:</strong> {formatDate(d.date, lang)}
              {d.dateInferred && <span className="badge inferred">{t(lang, 'inferredDate')}</span>}
            </li>
          ))}
        </ul>
      )}
      {attrs.sources.length > 0 && (
        <p>
          <strong>{t(lang, 'sources')}:</strong> {attrs.sources.map((s) => sources.get(s)?.title[lang] ?? s).join('; ')}
        </p>
      )}
      {attrs.mentions && (
        <>
          <h3>{t(lang, 'namedIn')}</h3>
          <EvidenceList evidence={attrs.mentions} lang={lang} onShow={onShowEvidence} />
        </>
      )}
      <ProfilePanel id={id} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} onShowEvidence={onShowEvidence} />
      <h3>
        {t(lang, 'allRelations')} ({graph.degree(id)})
      </h3>
      {groups.map(([key, { predicate, incoming, edges }]) => (
        <section key={key} className="relation-group">
          <h4 title={t(lang, incoming ? 'incomingRelations' : 'outgoingRelations')}>
            {incoming ? '← ' : '→ '}
            {PREDICATES[predicate][lang]}
          </h4>
          {edges.map((edge) => (
            <div key={edge} className="relation">
              <RelationLine edge={edge} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
              <EvidenceList evidence={graph.getEdgeAttribute(edge, 'evidence')} lang={lang} onShow={onShowEvidence} />
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
