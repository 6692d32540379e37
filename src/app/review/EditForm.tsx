/**
 * The edit form of one item: a reference's instrument, a candidate's names, kind, dates … or its
 * merge, a relation's ends, predicate and evidence; for what the reviewer added, the same forms,
 * whose result is added again under the same target.
 */
import { useState } from 'react';
import { editOf, type DecisionInput } from '../../ingest/review';
import type { EndRef, Span } from '../../ingest/types';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import { editDecision, readd, relationEdit, type EntityDraft } from './decisions';
import { endsOf, proposalEnds } from './ends';
import { EndPicker } from './EndPicker';
import { EntityForm } from './EntityForm';
import { FormButtons } from './FormButtons';
import type { Item } from './groups';
import { RelationForm } from './RelationForm';
import { rt } from './strings';
import { suggestedEnds } from './suggest';

type Props = { item: Item; state: ReviewState; lang: Lang; selection: Span | undefined; onDecision: (input: DecisionInput) => void; onCancel: () => void };

/** What "hai bên", "the Dialogue", "the two sides" … can stand for: the article's main instrument, or its event. */
export const REFERENCE_KINDS = ['agreement', 'partnership', 'framework', 'event'] as const;

export function EditForm(props: Props) {
  const { item, state, lang, selection, onDecision, onCancel } = props;
  const current = endsOf(state).current.get(item.target);
  if (item.type === 'reference') return <ReferenceForm {...props} instrument={editOf(current)?.instrument ?? item.instrument} />;
  if (item.type === 'candidate') return <CandidateForm {...props} item={item} />;
  if (item.type === 'relation') {
    const shown = proposalEnds(state, item.relation);
    const evidence = editOf(current)?.evidence ?? [item.relation.evidence];
    return (
      <RelationForm
        state={state}
        lang={lang}
        initial={{ ...shown, evidence }}
        suggestions={suggestedEnds(state, evidence[0]!)}
        selection={selection}
        submitLabel={rt(lang, 'save')}
        onSave={(draft) => {
          const input = relationEdit(state, item.relation, draft);
          // Saved as it was: an accept, not an empty edit.
          onDecision(input.action === 'edit' && Object.keys(input.edit).length === 0 ? { target: item.target, action: 'accept' } : input);
        }}
        onCancel={onCancel}
      />
    );
  }
  const add = item.add;
  const again = (change: Parameters<typeof readd>[2]) => {
    const input = readd(state.review, item.target, change);
    if (input) onDecision(input);
  };
  if (add.type === 'relation') {
    return (
      <RelationForm
        state={state}
        lang={lang}
        initial={add}
        suggestions={suggestedEnds(state, add.evidence[0]!)}
        selection={selection}
        submitLabel={rt(lang, 'saveChanges')}
        onSave={(draft) => again((a) => ({ ...a, ...draft }))}
        onCancel={onCancel}
      />
    );
  }
  if (add.type === 'entity') {
    return <EntityForm lang={lang} initial={add} submitLabel={rt(lang, 'saveChanges')} onSave={(draft) => again((a) => ({ ...draft, type: 'entity', mentions: a.type === 'entity' ? a.mentions : [] }))} onCancel={onCancel} />;
  }
  if (add.type === 'mention') return <MentionOfForm {...props} of={add.of} onSave={(of) => again((a) => ({ ...a, of }))} />;
  return null;
}

function ReferenceForm({ state, lang, item, instrument, onDecision, onCancel }: Props & { instrument: EndRef }) {
  const [value, setValue] = useState(instrument);
  return (
    <form
      className="edit-form"
      aria-label={rt(lang, 'edit')}
      onSubmit={(e) => {
        e.preventDefault();
        onDecision(editDecision(state.review, item.target, { instrument: value }));
      }}
    >
      <EndPicker state={state} lang={lang} label={rt(lang, 'instrument')} value={value} onChange={setValue} kinds={REFERENCE_KINDS} suggestions={state.review.proposals.mainInstrument} />
      <FormButtons lang={lang} onCancel={onCancel} label={rt(lang, 'save')} />
    </form>
  );
}

function MentionOfForm({ state, lang, of, onSave, onCancel }: Props & { of: EndRef; onSave: (of: EndRef) => void }) {
  const [value, setValue] = useState(of);
  return (
    <form
      className="edit-form"
      aria-label={rt(lang, 'edit')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <EndPicker state={state} lang={lang} label={rt(lang, 'entity')} value={value} onChange={setValue} />
      <FormButtons lang={lang} onCancel={onCancel} label={rt(lang, 'saveChanges')} />
    </form>
  );
}

function CandidateForm({ state, lang, item, onDecision, onCancel }: Props & { item: Extract<Item, { type: 'candidate' }> }) {
  const c = item.candidate;
  const previous = editOf(endsOf(state).current.get(item.target));
  const [merge, setMerge] = useState<string | undefined>(previous?.merge);
  const [keepName, setKeepName] = useState(previous?.merge !== undefined && (previous.aliases ?? []).includes(c.label));
  const initial: Partial<EntityDraft> & { labels: { vi: string; en: string } } = {
    kind: previous?.kind ?? c.kind,
    ...((previous?.category ?? c.category) ? { category: previous?.category ?? c.category } : {}),
    labels: { vi: previous?.labels?.vi ?? c.label, en: previous?.labels?.en ?? c.labelEn ?? '' },
    ...(previous?.id ? { id: previous.id } : {}),
    ...(previous?.description ? { description: previous.description } : {}),
    ...(previous?.dates ? { dates: previous.dates } : {}),
    ...(previous?.aliases ? { aliases: previous.aliases } : {}),
  };
  const mergePicker = (
    <div className="merge">
      <EndPicker
        state={state}
        lang={lang}
        label={rt(lang, 'mergeInto')}
        value={merge ? { entity: merge } : undefined}
        onChange={(ref) => 'entity' in ref && setMerge(ref.entity)}
        graphOnly
        suggestions={c.similar.map((s) => ({ entity: s.entity }))}
      />
      {merge && (
        <>
          <label className="check">
            <input type="checkbox" checked={keepName} onChange={(e) => setKeepName(e.target.checked)} />
            {rt(lang, 'keepAsAlias').replace('{name}', c.label)}
          </label>
          <button type="button" className="small" onClick={() => setMerge(undefined)}>
            {rt(lang, 'mergeNone')}
          </button>
        </>
      )}
    </div>
  );
  return (
    <EntityForm
      lang={lang}
      initial={initial}
      submitLabel={rt(lang, 'save')}
      before={mergePicker}
      hideFields={merge !== undefined}
      onSave={(draft) => {
        // A merge says only where it goes (and which names a person confirmed); anything else is a new entity's description.
        if (merge) onDecision({ target: item.target, action: 'edit', edit: { merge, ...(keepName ? { aliases: [c.label] } : {}) } });
        else {
          const { id, ...rest } = draft;
          onDecision({ target: item.target, action: 'edit', edit: { ...rest, ...(id && id !== c.key ? { id } : {}) } });
        }
      }}
      onCancel={onCancel}
    />
  );
}
