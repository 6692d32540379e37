/**
 * An accessible combobox (WAI-ARIA 1.2 pattern) for choosing an entity by either language's
 * label or an alias. Arrow keys move through the results, Enter chooses, Escape closes.
 * Used for the main search and for every entity picker of the filter panel.
 */
import { useComboboxKeys } from '../useComboboxKeys';
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { KINDS } from '../../model/vocabulary';
import { MAX_QUERY_LENGTH } from '../../query/search';
import { DISPLAY_LENGTH, shortText } from '../displayText';
import { useData } from '../data';
import { t } from '../i18n';
import type { AsyncEntitySearch } from '../search/entitySearches';
import { useSearchHits } from '../search/useSearchHits';
import type { Lang } from '../state/viewState';

/**
 * What the main search box holds, kept outside the explorer: opening another graph replaces the
 * explorer, and the words being typed (and the focus, and the caret) must survive that.
 */
export type SearchMemory = { query: string; input: HTMLInputElement | null; focused: boolean; caret: [number, number] };

export function newSearchMemory(): SearchMemory {
  return { query: '', input: null, focused: false, caret: [0, 0] };
}

/** Notes what the box holds just before the explorer is replaced. */
export function rememberSearch(memory: SearchMemory): void {
  const input = memory.input;
  memory.focused = input !== null && document.activeElement === input;
  if (input) memory.caret = [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length];
}

type Props = {
  lang: Lang;
  onChoose: (id: string) => void;
  label: string;
  placeholder: string;
  /** Defaults to every entity. */
  search?: AsyncEntitySearch;
  /** Empty the box after a choice (for pickers that collect several). */
  clearOnChoose?: boolean;
  className?: string;
  memory?: SearchMemory;
};

export const EntityCombobox = forwardRef<HTMLInputElement, Props>(function EntityCombobox(
  { lang, onChoose, label, placeholder, search: ownSearch, clearOnChoose = false, className = 'search', memory },
  ref,
) {
  const { graph, search: allSearch } = useData();
  const search = ownSearch ?? allSearch;
  const listId = useId();
  const [query, setQueryState] = useState(memory?.query ?? '');
  const setQuery = (next: string) => {
    if (memory) memory.query = next;
    setQueryState(next);
  };
  const input = useRef<HTMLInputElement | null>(null);
  const setInput = (element: HTMLInputElement | null) => {
    input.current = element;
    if (memory) memory.input = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };
  // Back in a new explorer with the focus it had: typing goes on where it was.
  useEffect(() => {
    if (!memory?.focused || !input.current) return;
    memory.focused = false;
    input.current.focus();
    input.current.setSelectionRange(...memory.caret);
  }, [memory]);
  const { hits, pending } = useSearchHits(search, query, 12);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';

  const { open, setOpen, active, setActive, onKeyDown } = useComboboxKeys(hits.length);
  const choose = (id: string) => {
    onChoose(id);
    setQuery(clearOnChoose ? '' : shortText(graph.getNodeAttribute(id, 'labels')[lang], MAX_QUERY_LENGTH));
    setOpen(false);
  };
  // Hits still for an earlier query are not what Enter means to choose.
  const take = (i: number) => {
    if (pending) return false;
    choose(hits[i]!.id);
    return true;
  };

  const showList = open && query.trim() !== '';
  return (
    <div className={className}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${listId}-input`}
        ref={setInput}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        maxLength={MAX_QUERY_LENGTH}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value.slice(0, MAX_QUERY_LENGTH));
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => onKeyDown(e, take)}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-results" aria-label={label} aria-busy={pending}>
          {hits.length === 0 && <li className="muted no-results">{t(lang, pending ? 'searching' : 'noResults')}</li>}
          {hits.map((hit, i) => {
            const attrs = graph.getNodeAttributes(hit.id);
            return (
              <li
                key={hit.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit.id)}
                onMouseEnter={() => setActive(i)}
              >
                <span className="swatch" style={{ background: attrs.color }} aria-hidden="true" />
                <span className="hit-label">{shortText(attrs.labels[lang], DISPLAY_LENGTH.list)}</span>
                <span className="hit-meta">
                  {KINDS[attrs.kind][lang]}
                  {/* The other language's name, when it is not the same words. */}
                  {attrs.labels[other] !== attrs.labels[lang] && (
                    <>
                      {' · '}
                      <span lang={other}>{shortText(attrs.labels[other], DISPLAY_LENGTH.list)}</span>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});
