/**
 * "What changed": two articles compared, what the later one adds listed (new entities, new
 * relations, new evidence for relations already known) and handed up to be highlighted.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { ArticleMark } from '../../query/timeline';
import { changesBetweenSources } from '../../query/changes';
import type { FocusSets } from '../../query/focus';
import { useData } from '../data';
import { formatDate, t } from '../i18n';
import { EntityLink } from '../panels/EntityLink';
import { RelationLine } from '../panels/RelationLine';
import type { Lang } from '../state/viewState';
import { changeHeadings } from './strings';

type Props = {
  lang: Lang;
  marks: ArticleMark[];
  onHighlight: (sets: FocusSets | null) => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClose: () => void;
};

export function ChangesPanel({ lang, marks, onHighlight, onSelectNode, onSelectEdge, onClose }: Props) {
  const { graph, sources } = useData();
  const ids = marks.map((m) => m.id);
  const [from, setFrom] = useState(ids[0] ?? '');
  const [to, setTo] = useState(ids.at(-1) ?? '');
  const labelId = useId();
  const changes = useMemo(() => (from && to && from !== to ? changesBetweenSources(graph, from, to) : null), [graph, from, to]);

  useEffect(() => {
    if (!changes) {
      onHighlight(null);
      return;
    }
    const edges = new Set([...changes.relations, ...changes.evidence.map((e) => e.relation)]);
    const nodes = new Set([...changes.entities, ...[...edges].flatMap((e) => graph.extremities(e))]);
    onHighlight({ nodes, edges });
  }, [changes, graph, onHighlight]);
  useEffect(() => () => onHighlight(null), [onHighlight]);

  const picker = (label: string, value: string, set: (id: string) => void) => (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)}>
        {marks.map((m) => (
          <option key={m.id} value={m.id}>
            {formatDate(m.date, lang)} — {sources.get(m.id)?.title[lang] ?? m.id}
          </option>
        ))}
      </select>
    </label>
  );
  const [entitiesHeading, relationsHeading, evidenceHeading] = changes
    ? changeHeadings(lang, changes.entities.length, changes.relations.length, changes.evidence.length)
    : ['', '', ''];

  return (
    <section className="changes-panel" aria-labelledby={labelId}>
      <header>
        <h2 id={labelId}>{t(lang, 'whatChanged')}</h2>
        <button type="button" className="close" aria-label={t(lang, 'close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="muted">{t(lang, 'whatChangedHelp')}</p>
      <div className="changes-pickers">
        {picker(t(lang, 'earlierArticle'), from, setFrom)}
        {picker(t(lang, 'laterArticle'), to, setTo)}
      </div>
      {!changes && <p className="field-error">{t(lang, 'sameArticle')}</p>}
      {changes && (
        <div className="changes-lists">
          <h3>{entitiesHeading}</h3>
          <p className="changes-entities">
            {changes.entities.map((id) => (
              <EntityLink key={id} id={id} lang={lang} onSelect={onSelectNode} />
            ))}
          </p>
          <h3>{relationsHeading}</h3>
          {changes.relations.map((edge) => (
            <RelationLine key={edge} edge={edge} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
          ))}
          <h3>{evidenceHeading}</h3>
          {changes.evidence.map(({ relation, added }) => (
            <div key={relation}>
              <RelationLine edge={relation} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
              {added.map((e) => (
                <blockquote key={`${e.source}:${e.start}`}>“{e.quote}”</blockquote>
              ))}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
