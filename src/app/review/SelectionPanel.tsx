/**
 * What a selection of the article can become: a mention of an entity, a new entity, an alias of
 * a known entity, or the evidence of a new relation. One click opens the form, prefilled from the
 * selection (its words, the entities it names); one more saves it.
 */
import { useMemo, useState } from 'react';
import type { DecisionInput } from '../../ingest/review';
import type { EndRef, Span } from '../../ingest/types';
import { foldForSearch } from '../../text/fold';
import { splitSentences } from '../../text/sentences';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import { newAlias, newEntity, newMention, newRelation } from './decisions';
import { EndPicker } from './EndPicker';
import { EntityForm } from './EntityForm';
import { FormButtons } from './FormButtons';
import { RelationForm } from './RelationForm';
import { rt } from './strings';
import { namedIn } from './marks';
import { prefilledEnds, suggestedEnds } from './suggest';

export type SelectionMode = 'mention' | 'entity' | 'alias' | 'relation';

/** A selection of a clause or more (six words, or two names) most likely states a relation: its form opens at once. */
export function defaultMode(state: ReviewState, selection: Span): SelectionMode | null {
  const words = selection.quote.split(/\s+/u).filter(Boolean).length;
  return words >= 6 || namedIn(state, selection).length >= 2 ? 'relation' : null;
}

type Props = {
  state: ReviewState;
  lang: Lang;
  selection: Span;
  mode: SelectionMode | null;
  onMode: (mode: SelectionMode | null) => void;
  onDecisions: (inputs: DecisionInput[]) => void;
  onClear: () => void;
};

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** Words with no Vietnamese letters ("Oslo", "Interpol") are likely the English name too. */
const isPlainLatin = (s: string) => /^[\p{Script=Latin}\p{N}\s.,'’&()-]+$/u.test(s) && foldForSearch(s) === s.toLowerCase().replace(/\s+/g, ' ');

export function SelectionPanel({ state, lang, selection, mode, onMode, onDecisions, onClear }: Props) {
  const suggestions = useMemo(() => suggestedEnds(state, selection), [state, selection]);
  const MODES: [SelectionMode, Parameters<typeof rt>[1]][] = [
    ['relation', 'asRelation'],
    ['mention', 'asMention'],
    ['entity', 'asEntity'],
    ['alias', 'asAlias'],
  ];
  return (
    <section className="selection-panel" aria-label={rt(lang, 'selection')}>
      <p className="selected">
        <span className="muted">{rt(lang, 'selection')}:</span> <q lang={state.language}>{clip(selection.quote)}</q>
      </p>
      <div className="selection-modes" role="toolbar" aria-label={rt(lang, 'selection')}>
        {MODES.map(([m, label]) => (
          <button key={m} type="button" aria-pressed={mode === m} className={m === 'relation' ? 'accept' : undefined} onClick={() => onMode(mode === m ? null : m)}>
            {rt(lang, label)}
          </button>
        ))}
        <button type="button" className="small" onClick={onClear} aria-keyshortcuts="Escape">
          {rt(lang, 'clearSelection')}
        </button>
      </div>
      {mode === 'relation' && (
        <RelationForm
          // Made afresh after each relation added: the same selection often states the next one.
          key={`${selection.start}-${selection.end}-${state.review.decisions.length}`}
          state={state}
          lang={lang}
          initial={{ ...prefilledEnds(state, selection, suggestions), evidence: [selection] }}
          suggestions={suggestions}
          selection={selection}
          submitLabel={rt(lang, 'addRelation')}
          onSave={(draft) => onDecisions([newRelation(draft)])}
          onCancel={() => onMode(null)}
        />
      )}
      {mode === 'entity' && (
        <EntityForm
          key={`${selection.start}-${selection.end}`}
          lang={lang}
          initial={{ labels: { vi: selection.quote, en: isPlainLatin(selection.quote) ? selection.quote : '' } }}
          submitLabel={rt(lang, 'addEntity')}
          onSave={(draft) => onDecisions([newEntity(state.review, draft, selection)])}
          onCancel={() => onMode(null)}
        />
      )}
      {mode === 'mention' && <MentionForm key={`${selection.start}-${selection.end}`} state={state} lang={lang} selection={selection} onDecisions={onDecisions} onCancel={() => onMode(null)} />}
      {mode === 'alias' && (
        <AliasForm key={`${selection.start}-${selection.end}`} state={state} lang={lang} selection={selection} suggestions={suggestions} onDecisions={onDecisions} onCancel={() => onMode(null)} />
      )}
    </section>
  );
}

type FormProps = { state: ReviewState; lang: Lang; selection: Span; onDecisions: (inputs: DecisionInput[]) => void; onCancel: () => void };

function MentionForm({ state, lang, selection, onDecisions, onCancel }: FormProps) {
  const [of, setOf] = useState<EndRef>();
  return (
    <form
      className="edit-form"
      aria-label={rt(lang, 'addMention')}
      onSubmit={(e) => {
        e.preventDefault();
        if (of) onDecisions([newMention(selection, of)]);
      }}
    >
      <EndPicker state={state} lang={lang} label={rt(lang, 'entity')} value={of} onChange={setOf} initialQuery={selection.quote} autoFocus />
      <FormButtons lang={lang} label={rt(lang, 'addMention')} disabled={!of} onCancel={onCancel} />
    </form>
  );
}

function AliasForm({ state, lang, selection, suggestions, onDecisions, onCancel }: FormProps & { suggestions: EndRef[] }) {
  const [of, setOf] = useState<EndRef>();
  const [alias, setAlias] = useState(selection.quote);
  // The entities the selection's sentence names are the likely owners of another name in it.
  const sentence = splitSentences(state.text).find((s) => s.start <= selection.start && selection.end <= s.end);
  const offered = sentence ? suggestedEnds(state, { ...sentence, quote: state.text.slice(sentence.start, sentence.end) }) : suggestions;
  return (
    <form
      className="edit-form"
      aria-label={rt(lang, 'addAlias')}
      onSubmit={(e) => {
        e.preventDefault();
        if (of && 'entity' in of && alias.trim()) onDecisions([newAlias(of.entity, alias.trim())]);
      }}
    >
      <label>
        {rt(lang, 'aliasName')}
        <input value={alias} onChange={(e) => setAlias(e.target.value)} lang="vi" />
      </label>
      <EndPicker state={state} lang={lang} label={rt(lang, 'entity')} value={of} onChange={setOf} graphOnly suggestions={offered} autoFocus />
      <FormButtons lang={lang} label={rt(lang, 'addAlias')} disabled={!of || !alias.trim()} onCancel={onCancel} />
    </form>
  );
}
