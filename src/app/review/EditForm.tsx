/** The edit form of one proposal: a candidate's labels, kind, id or merge; a relation's predicate and ends; a reference's instrument. */
import { useState, type FormEvent } from 'react';
import { isWellFormedId } from '../../model/ids';
import { CURATED_KIND_IDS, CURATED_PREDICATE_IDS, KINDS, PREDICATES } from '../../model/vocabulary';
import type { DecisionEdit } from '../../ingest/review';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import type { Item } from './groups';
import { parseRefKey, refKey } from '../../ingest/types';
import { endOptions } from './names';
import { rt } from './strings';

type Props = { item: Item; state: ReviewState; lang: Lang; initial?: DecisionEdit; onSave: (edit: DecisionEdit) => void; onCancel: () => void };

export function EditForm({ item, state, lang, initial, onSave, onCancel }: Props) {
  if (item.type === 'candidate') return <CandidateForm {...{ item, state, lang, initial, onSave, onCancel }} />;
  if (item.type === 'relation') return <RelationForm {...{ item, state, lang, initial, onSave, onCancel }} />;
  return <ReferenceForm {...{ item, state, lang, initial, onSave, onCancel }} />;
}

function OptionSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Buttons({ lang, onCancel, disabled }: { lang: Lang; onCancel: () => void; disabled?: boolean }) {
  return (
    <div className="edit-buttons">
      <button type="submit" className="primary" disabled={disabled}>
        {rt(lang, 'save')}
      </button>
      <button type="button" onClick={onCancel}>
        {rt(lang, 'cancel')}
      </button>
    </div>
  );
}

function CandidateForm({ item, state, lang, initial, onSave, onCancel }: Props & { item: Extract<Item, { type: 'candidate' }> }) {
  const c = item.candidate;
  const [vi, setVi] = useState(initial?.labels?.vi ?? c.label);
  const [en, setEn] = useState(initial?.labels?.en ?? c.labelEn ?? '');
  const [kind, setKind] = useState<string>(initial?.kind ?? c.kind);
  const [id, setId] = useState(initial?.id ?? c.key);
  const [merge, setMerge] = useState(initial?.merge ?? '');
  const idOk = isWellFormedId(id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (merge) onSave({ merge });
    else onSave({ labels: { vi: vi.trim(), en: en.trim() }, kind: kind as DecisionEdit['kind'], ...(id !== c.key ? { id } : {}) });
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label={rt(lang, 'edit')}>
      <label>
        {rt(lang, 'mergeInto')}
        <select value={merge} onChange={(e) => setMerge(e.target.value)}>
          <option value="">{rt(lang, 'noMerge')}</option>
          {c.similar.map((s) => (
            <option key={`similar-${s.entity}`} value={s.entity}>
              {state.entities.find((x) => x.id === s.entity)?.labels[lang] ?? s.entity} ({s.score})
            </option>
          ))}
          {state.entities
            .filter((x) => !c.similar.some((s) => s.entity === x.id))
            .map((x) => (
              <option key={x.id} value={x.id}>
                {x.labels[lang]}
              </option>
            ))}
        </select>
      </label>
      {!merge && (
        <>
          <label>
            {rt(lang, 'labelVi')}
            <input value={vi} onChange={(e) => setVi(e.target.value)} required />
          </label>
          <label>
            {rt(lang, 'labelEn')}
            <input value={en} onChange={(e) => setEn(e.target.value)} required aria-describedby={en ? undefined : `needs-${c.key}`} autoFocus={!en} />
          </label>
          {!en && (
            <p className="needs-hint" id={`needs-${c.key}`}>
              {rt(lang, 'needsEnglish')}
            </p>
          )}
          <OptionSelect label={rt(lang, 'kind')} value={kind} onChange={setKind} options={CURATED_KIND_IDS.map((k) => ({ value: k, label: KINDS[k][lang] }))} />
          <label>
            {rt(lang, 'id')}
            <input value={id} onChange={(e) => setId(e.target.value)} aria-invalid={!idOk} />
          </label>
        </>
      )}
      <Buttons lang={lang} onCancel={onCancel} disabled={!merge && (!vi.trim() || !en.trim() || !idOk)} />
    </form>
  );
}

function RelationForm({ item, state, lang, initial, onSave, onCancel }: Props & { item: Extract<Item, { type: 'relation' }> }) {
  const r = item.relation;
  const [predicate, setPredicate] = useState<string>(initial?.predicate ?? r.predicate);
  const [source, setSource] = useState(refKey(initial?.source ?? r.source));
  const [target, setTarget] = useState(refKey(initial?.target ?? r.target));
  const options = endOptions(state, lang);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const edit: DecisionEdit = {};
    if (predicate !== r.predicate) edit.predicate = predicate as DecisionEdit['predicate'];
    if (source !== refKey(r.source)) edit.source = parseRefKey(source);
    if (target !== refKey(r.target)) edit.target = parseRefKey(target);
    onSave(edit);
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label={rt(lang, 'edit')}>
      <OptionSelect label={rt(lang, 'source')} value={source} onChange={setSource} options={options} />
      <OptionSelect label={rt(lang, 'predicate')} value={predicate} onChange={setPredicate} options={CURATED_PREDICATE_IDS.map((p) => ({ value: p, label: PREDICATES[p][lang] }))} />
      <OptionSelect label={rt(lang, 'target')} value={target} onChange={setTarget} options={options} />
      <Buttons lang={lang} onCancel={onCancel} disabled={source === target} />
    </form>
  );
}

function ReferenceForm({ item, state, lang, initial, onSave, onCancel }: Props & { item: Extract<Item, { type: 'reference' }> }) {
  const [value, setValue] = useState(refKey(initial?.instrument ?? item.instrument));
  const options = endOptions(state, lang, ['agreement', 'partnership', 'framework']);
  return (
    <form
      className="edit-form"
      aria-label={rt(lang, 'edit')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ instrument: parseRefKey(value) });
      }}
    >
      <OptionSelect label={rt(lang, 'instrument')} value={value} onChange={setValue} options={options} />
      <Buttons lang={lang} onCancel={onCancel} />
    </form>
  );
}
