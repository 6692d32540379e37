/**
 * Choosing an entity by typing part of its name in either language (blind to case and
 * diacritics), or with one click among the suggestions (those the selection names, those made a
 * moment ago). A WAI-ARIA combobox: arrows move, Enter chooses, Escape closes. No list of every
 * entity: the graph may hold ten thousand.
 */
import { useComboboxKeys } from '../useComboboxKeys';
import { useId, useMemo, useState } from 'react';
import { KINDS, type Kind } from '../../model/vocabulary';
import { refKey, type EndRef } from '../../ingest/types';
import { shortText, DISPLAY_LENGTH } from '../displayText';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import { endsOf } from './ends';
import { searchEnds } from './endSearch';
import { rt } from './strings';

type Props = {
  state: ReviewState;
  lang: Lang;
  label: string;
  value: EndRef | undefined;
  onChange: (ref: EndRef) => void;
  kinds?: readonly Kind[];
  /** Only the graph's entities (an alias or a merge needs one). */
  graphOnly?: boolean;
  suggestions?: EndRef[];
  /** What the box starts searching for (the selected words, for a mention). */
  initialQuery?: string;
  autoFocus?: boolean;
  /** Say the chosen entity's kind (unless the label already does). */
  showKind?: boolean;
};

export function EndPicker({ state, lang, label, value, onChange, kinds, graphOnly, suggestions = [], initialQuery = '', autoFocus, showKind = true }: Props) {
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const ends = endsOf(state);
  const hits = useMemo(() => searchEnds(state, query, { kinds, graphOnly }), [state, query, kinds, graphOnly]);
  // The chosen one is shown already; a handful is enough to pick from with one click.
  const offered = suggestions
    .filter((ref) => {
      const info = ends.info(ref);
      return info && (!kinds || kinds.includes(info.kind)) && (!graphOnly || !info.isNew) && (!value || refKey(value) !== refKey(ref));
    })
    .slice(0, 6);
  const chosen = value ? ends.info(value) : undefined;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';

  const { open, setOpen, active, setActive, onKeyDown } = useComboboxKeys(hits.length, initialQuery !== '');
  const choose = (ref: EndRef) => {
    onChange(ref);
    setQuery('');
    setOpen(false);
  };
  const take = (i: number) => {
    choose(hits[i]!);
    return true;
  };
  const showList = open && query.trim() !== '';
  return (
    <div className="end-picker" role="group" aria-labelledby={`${id}-label`}>
      <span className="picker-label" id={`${id}-label`}>
        {label}
      </span>
      <span className="picker-value" data-testid="picker-value">
        {chosen ? (
          <>
            <strong>{shortText(chosen.labels[lang], DISPLAY_LENGTH.list)}</strong>
            {showKind && <span className="kind-tag"> · {KINDS[chosen.kind][lang]}</span>}
            {chosen.isNew && <span className="new-badge">{rt(lang, 'isNew')}</span>}
          </>
        ) : (
          <span className="muted">{rt(lang, 'nothingChosen')}</span>
        )}
      </span>
      <input
        type="search"
        role="combobox"
        aria-label={`${label}: ${rt(lang, 'searchByName')}`}
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${id}-${active}` : undefined}
        autoComplete="off"
        placeholder={rt(lang, 'searchByName')}
        value={query}
        autoFocus={autoFocus}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => onKeyDown(e, take)}
      />
      {showList && (
        <ul id={`${id}-list`} role="listbox" className="picker-hits" aria-label={label}>
          {hits.length === 0 && <li className="muted">{rt(lang, 'noMatch')}</li>}
          {hits.map((ref, i) => {
            const info = ends.info(ref)!;
            return (
              <li
                key={refKey(ref)}
                id={`${id}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(ref)}
                onMouseEnter={() => setActive(i)}
              >
                <span className="hit-label">{shortText(info.labels[lang], DISPLAY_LENGTH.list)}</span>{' '}
                <span className="hit-meta">
                  {KINDS[info.kind][lang]}
                  {info.isNew ? ` · ${rt(lang, 'isNew')}` : ''}
                  {info.labels[other] !== info.labels[lang] && (
                    <>
                      {' · '}
                      <span lang={other}>{shortText(info.labels[other], DISPLAY_LENGTH.list)}</span>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {offered.length > 0 && (
        <span className="chips">
          {offered.map((ref) => {
            const info = ends.info(ref)!;
            return (
              <button key={refKey(ref)} type="button" className="chip" onClick={() => choose(ref)} title={`${info.labels[lang]} · ${KINDS[info.kind][lang]}`}>
                {shortText(info.labels[lang], DISPLAY_LENGTH.list)}
              </button>
            );
          })}
        </span>
      )}
    </div>
  );
}
