/**
 * "What changed": two dates or two articles compared, what the later one adds listed (new
 * entities, new relations, new evidence for relations already known). The comparison lives in
 * the URL; the explorer highlights it on the canvas and exports it as the current view.
 */
import { useId } from 'react';
import type { ChangesSpec } from '../../query/changesView';
import type { ArticleMark } from '../../query/timeline';
import { useData } from '../data';
import { formatDate, t } from '../i18n';
import { EntityLink } from '../panels/EntityLink';
import { Quote } from '../panels/Quote';
import { RelationLine } from '../panels/RelationLine';
import type { Lang } from '../state/viewState';
import { ChangesDates } from './ChangesDates';
import { changeHeadings, changesUndated, moreChanges } from './strings';
import type { ChangesView } from './useChangesView';

type Props = {
  lang: Lang;
  view: ChangesView;
  marks: ArticleMark[];
  /** The strip's bins: the dates to fall back on when the articles do not give two. */
  keys: string[];
  onChange: (spec: ChangesSpec | null) => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
};

/** The comparison a person most likely wants when switching to a mode: the first and the last article, or their dates. */
export function defaultSpec(by: ChangesSpec['by'], marks: ArticleMark[], keys: string[]): ChangesSpec | null {
  const [first, last] = [marks[0], marks.at(-1)];
  if (by === 'source') return first && last && first.id !== last.id ? { by, from: first.id, to: last.id } : null;
  const [from, to] = first && last && first.date < last.date ? [first.date, last.date] : [keys[0], keys.at(-1)];
  return from && to ? { by, from, to } : null;
}

export function ChangesPanel({ lang, view, marks, keys, onChange, onSelectNode, onSelectEdge }: Props) {
  const { sources } = useData();
  const labelId = useId();
  const { spec, changes } = view;
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
  const setArticle = (end: 'from' | 'to') => (id: string) => {
    const next = { ...spec, [end]: id };
    // Two different articles or nothing to compare: choosing the other one swaps them.
    onChange(next.from === next.to ? { ...spec, from: spec.to, to: spec.from } : next);
  };
  const mode = (by: ChangesSpec['by']) => {
    if (by === spec.by) return;
    const next = defaultSpec(by, marks, keys);
    if (next) onChange(next);
  };
  const [entitiesHeading, relationsHeading, evidenceHeading] = changeHeadings(lang, changes.entities.length, changes.relations.length, changes.evidence.length);

  return (
    <section className="changes-panel" aria-labelledby={labelId}>
      <header>
        <h2 id={labelId}>{t(lang, 'whatChanged')}</h2>
        <button type="button" className="close" aria-label={t(lang, 'close')} onClick={() => onChange(null)}>
          ×
        </button>
      </header>
      <fieldset className="changes-mode">
        <legend>{t(lang, 'compareBy')}</legend>
        {(['date', 'source'] as const).map((by) => (
          <label key={by} className="check">
            <input type="radio" name={`${labelId}-by`} checked={spec.by === by} disabled={by === 'source' && marks.length < 2} onChange={() => mode(by)} />
            <span>{t(lang, by === 'date' ? 'byDates' : 'byArticles')}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted">{t(lang, spec.by === 'date' ? 'whatChangedDatesHelp' : 'whatChangedHelp')}</p>
      {spec.by === 'date' ? (
        <ChangesDates key={`${spec.from}..${spec.to}`} lang={lang} spec={spec} onChange={onChange} />
      ) : (
        <div className="changes-pickers">
          {picker(t(lang, 'earlierArticle'), spec.from, setArticle('from'))}
          {picker(t(lang, 'laterArticle'), spec.to, setArticle('to'))}
        </div>
      )}
      {changes.undated !== undefined && changes.undated > 0 && <p className="muted">{changesUndated(lang, changes.undated)}</p>}
      <div className="changes-lists">
        <h3>{entitiesHeading}</h3>
        <p className="changes-entities">
          {changes.entities.slice(0, LIST_LIMIT).map((id) => (
            <EntityLink key={id} id={id} lang={lang} onSelect={onSelectNode} />
          ))}
        </p>
        <More lang={lang} total={changes.entities.length} />
        <h3>{relationsHeading}</h3>
        {changes.relations.slice(0, LIST_LIMIT).map((edge) => (
          <RelationLine key={edge} edge={edge} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
        ))}
        <More lang={lang} total={changes.relations.length} />
        <h3>{evidenceHeading}</h3>
        {changes.evidence.slice(0, LIST_LIMIT).map(({ relation, added }) => (
          <div key={relation}>
            <RelationLine edge={relation} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
            {added.map((e) => (
              <Quote key={`${e.source}:${e.start}`} evidence={e} lang={lang} withSource />
            ))}
          </div>
        ))}
        <More lang={lang} total={changes.evidence.length} />
      </div>
    </section>
  );
}

/**
 * Each list shows this many rows at most: comparing two dates of a large imported graph can
 * change most of it, and a hundred thousand rows would stall the page.
 */
const LIST_LIMIT = 200;

function More({ lang, total }: { lang: Lang; total: number }) {
  return total > LIST_LIMIT ? <p className="muted">{moreChanges(lang, total - LIST_LIMIT)}</p> : null;
}
