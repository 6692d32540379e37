/**
 * The filter panel: actors and domains with their neighbourhood depth, relation types,
 * articles, a date range and a name filter. Every change goes into the URL.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { PREDICATE_IDS, PREDICATES, type Predicate } from '../../model/vocabulary';
import type { Kept } from '../../query/filter';
import type { AsyncEntitySearch } from '../search/entitySearches';
import { HOPS_RANGE, type Direction, type FilterSpec } from '../../query/filterSpec';
import { PARAM_LIMITS } from '../../query/filterParams';
import { useData } from '../data';
import { t } from '../i18n';
import { formatCount } from '../displayText';
import type { Lang } from '../state/viewState';
import { DateRange } from './DateRange';
import { EntityChips } from './EntityChips';
import { EntityCombobox } from './EntityCombobox';

type Props = {
  lang: Lang;
  filter: FilterSpec;
  kept: Kept | null;
  dim: boolean;
  onChange: (patch: Partial<FilterSpec>) => void;
  onDim: (dim: boolean) => void;
  onReset: () => void;
};

const HOP_CHOICES = Array.from({ length: HOPS_RANGE.max - HOPS_RANGE.min + 1 }, (_, i) => HOPS_RANGE.min + i);

function HopsSelect({ lang, value, onChange }: { lang: Lang; value: number; onChange: (n: number) => void }) {
  return (
    <label className="inline-field">
      {t(lang, 'hops')}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {HOP_CHOICES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Chosen entities as chips, a picker to add more, and (once any is chosen) their options. */
function EntityPicker(props: {
  lang: Lang;
  title: string;
  add: string;
  search: AsyncEntitySearch;
  ids: string[];
  onChange: (ids: string[]) => void;
  children: ReactNode;
}) {
  const { lang, title, add, search, ids, onChange, children } = props;
  return (
    <fieldset>
      <legend>{title}</legend>
      <EntityChips ids={ids} lang={lang} onRemove={(id) => onChange(ids.filter((x) => x !== id))} />
      <EntityCombobox
        lang={lang}
        search={search}
        label={add}
        placeholder={add}
        clearOnChoose
        className="picker"
        onChoose={(id) => ids.includes(id) || onChange([...ids, id])}
      />
      {ids.length > 0 && <div className="row">{children}</div>}
    </fieldset>
  );
}

function toggled<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function FilterPanel({ lang, filter, kept, dim, onChange, onDim, onReset }: Props) {
  const { graph, sources, actorSearch, domainSearch } = useData();
  const [text, setText] = useState(filter.text);
  const [shownText, setShownText] = useState(filter.text);
  if (shownText !== filter.text) {
    setShownText(filter.text);
    setText(filter.text);
  }
  const predicateCounts = useMemo(() => {
    const counts = new Map<Predicate, number>();
    graph.forEachEdge((_e, a) => counts.set(a.predicate, (counts.get(a.predicate) ?? 0) + 1));
    return counts;
  }, [graph]);
  const shownNodes = kept ? kept.nodes.size : graph.order;
  const shownEdges = kept ? kept.edges.size : graph.size;

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t(lang, 'filters')}</h2>
      <p className="counts" aria-live="polite">
        {t(lang, 'showing')} <strong>{formatCount(lang, shownNodes)}</strong>
        {t(lang, 'of')}
        {formatCount(lang, graph.order)} {t(lang, 'nodesOf')}, <strong>{formatCount(lang, shownEdges)}</strong>
        {t(lang, 'of')}
        {formatCount(lang, graph.size)} {t(lang, 'edgesOf')}
      </p>
      {kept && (
        <button type="button" className="link-button" onClick={onReset}>
          {t(lang, 'reset')}
        </button>
      )}

      <EntityPicker lang={lang} title={t(lang, 'actors')} add={t(lang, 'addActor')} search={actorSearch} ids={filter.actors} onChange={(actors) => onChange({ actors })}>
        <HopsSelect lang={lang} value={filter.actorHops} onChange={(actorHops) => onChange({ actorHops })} />
        <label className="inline-field">
          {t(lang, 'direction')}
          <select value={filter.direction} onChange={(e) => onChange({ direction: e.target.value as Direction })}>
            <option value="both">{t(lang, 'dirBoth')}</option>
            <option value="out">{t(lang, 'dirOut')}</option>
            <option value="in">{t(lang, 'dirIn')}</option>
          </select>
        </label>
      </EntityPicker>
      <EntityPicker lang={lang} title={t(lang, 'domains')} add={t(lang, 'addDomain')} search={domainSearch} ids={filter.domains} onChange={(domains) => onChange({ domains })}>
        <HopsSelect lang={lang} value={filter.domainHops} onChange={(domainHops) => onChange({ domainHops })} />
      </EntityPicker>

      {/* An imported graph brings no articles: no heading over nothing. */}
      {sources.size > 0 && (
        <fieldset>
          <legend>{t(lang, 'articles')}</legend>
          {[...sources.values()].map((source) => (
            <label key={source.id} className="check">
              <input
                type="checkbox"
                checked={filter.sources.length === 0 || filter.sources.includes(source.id)}
                onChange={() => {
                  const all = [...sources.keys()];
                  const current = filter.sources.length === 0 ? all : filter.sources;
                  const next = toggled(current, source.id);
                  if (next.length > 0) onChange({ sources: next.length === all.length ? [] : next });
                }}
              />
              <span>{source.title[lang]}</span>
            </label>
          ))}
        </fieldset>
      )}

      <fieldset>
        <legend>{t(lang, 'dateRange')}</legend>
        <DateRange lang={lang} from={filter.from} to={filter.to} onChange={(range) => onChange(range)} />
        <label className="check">
          <input type="checkbox" checked={filter.keepUndated} onChange={(e) => onChange({ keepUndated: e.target.checked })} />
          <span>{t(lang, 'keepUndated')}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'textFilter')}</legend>
        <input
          type="search"
          className="text-filter"
          aria-label={t(lang, 'textFilter')}
          maxLength={PARAM_LIMITS.characters}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => text !== filter.text && onChange({ text })}
          onKeyDown={(e) => e.key === 'Enter' && onChange({ text })}
        />
      </fieldset>

      <details>
        <summary>
          {t(lang, 'predicates')}
          {filter.predicates.length > 0 && ` (${filter.predicates.length})`}
        </summary>
        {PREDICATE_IDS.filter((p) => predicateCounts.has(p)).map((p) => (
          <label key={p} className="check">
            <input
              type="checkbox"
              checked={filter.predicates.length === 0 || filter.predicates.includes(p)}
              onChange={() => {
                const present = PREDICATE_IDS.filter((x) => predicateCounts.has(x));
                const current = filter.predicates.length === 0 ? present : filter.predicates;
                const next = toggled(current, p);
                if (next.length > 0) onChange({ predicates: next.length === present.length ? [] : next });
              }}
            />
            <span>{PREDICATES[p][lang]}</span>
            <span className="count">{predicateCounts.get(p)}</span>
          </label>
        ))}
      </details>

      <label className="check">
        <input type="checkbox" checked={dim} onChange={(e) => onDim(e.target.checked)} />
        <span>{t(lang, 'dim')}</span>
      </label>
    </section>
  );
}
