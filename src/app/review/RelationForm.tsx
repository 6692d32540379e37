/**
 * A relation as the reviewer states it: its two ends (chosen by search, or with one click among
 * the ends the selection names), one of the predicates their kinds allow, and the quotes that state
 * it. Used to add a relation the rules missed and to correct a proposed or added one.
 */
import { useState, type FormEvent } from 'react';
import { sentenceNaming } from '../../ingest/reviewMentions';
import { refKey, type EndRef, type Span } from '../../ingest/types';
import { KINDS, PREDICATES, predicatesBetween } from '../../model/vocabulary';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import type { RelationDraft } from './decisions';
import { endsOf } from './ends';
import { EndPicker } from './EndPicker';
import { FormButtons } from './FormButtons';
import { rt } from './strings';

type Props = {
  state: ReviewState;
  lang: Lang;
  initial: Partial<RelationDraft>;
  suggestions: EndRef[];
  /** The article's current selection, offered as evidence. */
  selection: Span | undefined;
  submitLabel: string;
  onSave: (draft: RelationDraft) => void;
  onCancel: () => void;
};

const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

export function RelationForm({ state, lang, initial, suggestions, selection, submitLabel, onSave, onCancel }: Props) {
  const ends = endsOf(state);
  const [source, setSource] = useState<EndRef | undefined>(initial.source);
  const [target, setTarget] = useState<EndRef | undefined>(initial.target);
  const [chosen, setChosen] = useState(initial.predicate);
  const [evidence, setEvidence] = useState<Span[]>(initial.evidence ?? []);
  const sourceInfo = source && ends.info(source);
  const targetInfo = target && ends.info(target);
  const allowed = sourceInfo && targetInfo ? predicatesBetween(sourceInfo.kind, targetInfo.kind) : [];
  // The only predicate two kinds allow is chosen for the reviewer; one the ends no longer allow is dropped.
  const predicate = chosen && allowed.includes(chosen) ? chosen : allowed.length === 1 ? allowed[0] : undefined;
  const same = source !== undefined && target !== undefined && refKey(source) === refKey(target);
  const sentence = source && target ? sentenceNaming(state.review, state.text, source, target) : undefined;
  const shownEvidence = evidence.length > 0 ? evidence : sentence ? [sentence] : [];
  const ready = sourceInfo && targetInfo && predicate && !same && shownEvidence.length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready) onSave({ source: source!, predicate: predicate!, target: target!, evidence: shownEvidence });
  };
  const roleLabel = (role: 'source' | 'target', info: typeof sourceInfo) => `${rt(lang, role)}${info ? ` · ${KINDS[info.kind][lang]}` : ''}`;

  return (
    <form className="edit-form relation-form" onSubmit={submit} aria-label={submitLabel}>
      <div className="ends">
        <EndPicker state={state} lang={lang} label={roleLabel('source', sourceInfo)} value={source} onChange={setSource} suggestions={suggestions} showKind={false} />
        <button
          type="button"
          className="swap"
          onClick={() => {
            setSource(target);
            setTarget(source);
          }}
          disabled={!source || !target}
          aria-label={rt(lang, 'swap')}
          title={rt(lang, 'swap')}
        >
          ⇅ {rt(lang, 'swap')}
        </button>
        <EndPicker state={state} lang={lang} label={roleLabel('target', targetInfo)} value={target} onChange={setTarget} suggestions={suggestions} showKind={false} />
      </div>
      <fieldset className="predicates">
        <legend>{rt(lang, 'predicate')}</legend>
        {!sourceInfo || !targetInfo ? (
          <p className="muted">{rt(lang, 'chooseBoth')}</p>
        ) : same ? (
          <p className="needs-hint">{rt(lang, 'sameEnds')}</p>
        ) : allowed.length === 0 ? (
          <p className="needs-hint">{rt(lang, 'noPredicate')}</p>
        ) : (
          <div className="predicate-options" role="radiogroup" aria-label={rt(lang, 'predicate')}>
            {allowed.map((p) => (
              <label key={p} className={p === predicate ? 'chosen' : undefined}>
                <input type="radio" name="predicate" value={p} checked={p === predicate} onChange={() => setChosen(p)} />
                {PREDICATES[p][lang]}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="evidence">
        <legend>{rt(lang, 'evidence')}</legend>
        <ol>
          {shownEvidence.map((span, i) => (
            <li key={`${span.start}-${span.end}`}>
              {selection && sameSpan(span, selection) ? <span className="muted">{rt(lang, 'theSelection')}</span> : <q lang={state.language}>{clip(span.quote)}</q>}
              {shownEvidence.length > 1 && (
                <button type="button" className="small" onClick={() => setEvidence(shownEvidence.filter((_, j) => j !== i))}>
                  {rt(lang, 'remove')}
                </button>
              )}
            </li>
          ))}
        </ol>
        <div className="evidence-buttons">
          {selection && !shownEvidence.some((s) => sameSpan(s, selection)) && (
            <>
              <button type="button" className="small" onClick={() => setEvidence([selection])}>
                {rt(lang, 'useSelection')}
              </button>
              {shownEvidence.length > 0 && (
                <button type="button" className="small" onClick={() => setEvidence([...shownEvidence, selection])}>
                  {rt(lang, 'addEvidence')}
                </button>
              )}
            </>
          )}
          {sentence && !shownEvidence.some((s) => sameSpan(s, sentence)) && (
            <button type="button" className="small" onClick={() => setEvidence([sentence])}>
              {rt(lang, 'wholeSentence')}
            </button>
          )}
        </div>
      </fieldset>
      <FormButtons lang={lang} label={submitLabel} disabled={!ready} onCancel={onCancel} />
    </form>
  );
}
