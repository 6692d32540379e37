/**
 * A new entity as the reviewer describes it: kind, both labels, category, dates, description, id
 * and the aliases a person confirms. Used for an entity made from a selection, for one added
 * before, and for a proposed candidate (which may instead be merged into a known entity).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { isWellFormedId } from '../../model/ids';
import { isIsoPartialDate } from '../../model/dates';
import { ACTOR_CATEGORIES, ACTOR_CATEGORY_LABELS, CURATED_KIND_IDS, DATE_TYPES, KINDS, type DateType } from '../../model/vocabulary';
import type { CuratedKind } from '../../ingest/types';
import type { Lang } from '../state/viewState';
import type { EntityDraft } from './decisions';
import { FormButtons } from './FormButtons';
import { rt } from './strings';

type Props = {
  lang: Lang;
  initial: Partial<EntityDraft> & { labels: { vi: string; en: string } };
  submitLabel: string;
  /** Shown above the fields; when it returns true (a merge was chosen), the fields are hidden. */
  before?: ReactNode;
  hideFields?: boolean;
  onSave: (draft: EntityDraft) => void;
  onCancel: () => void;
};

type Category = (typeof ACTOR_CATEGORIES)[number];

export function EntityForm({ lang, initial, submitLabel, before, hideFields = false, onSave, onCancel }: Props) {
  const [kind, setKind] = useState<CuratedKind>(initial.kind ?? 'actor');
  const [category, setCategory] = useState<Category | ''>(initial.category ?? '');
  const [vi, setVi] = useState(initial.labels.vi);
  const [en, setEn] = useState(initial.labels.en);
  const [id, setId] = useState(initial.id ?? '');
  const [descVi, setDescVi] = useState(initial.description?.vi ?? '');
  const [descEn, setDescEn] = useState(initial.description?.en ?? '');
  const [dates, setDates] = useState(initial.dates ?? []);
  const [aliases, setAliases] = useState((initial.aliases ?? []).join('; '));
  const idOk = id === '' || isWellFormedId(id);
  const describedHalf = (descVi.trim() === '') !== (descEn.trim() === '');
  const datesOk = dates.every((d) => isIsoPartialDate(d.date));
  const ready = hideFields || (vi.trim() && en.trim() && idOk && !describedHalf && datesOk);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const names = aliases
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean);
    onSave({
      kind,
      ...(kind === 'actor' && category ? { category } : {}),
      labels: { vi: vi.trim(), en: en.trim() },
      ...(id ? { id } : {}),
      ...(descVi.trim() ? { description: { vi: descVi.trim(), en: descEn.trim() } } : {}),
      ...(dates.length ? { dates } : {}),
      ...(names.length ? { aliases: names } : {}),
    });
  };

  return (
    <form className="edit-form entity-form" onSubmit={submit} aria-label={submitLabel}>
      {before}
      {!hideFields && (
        <>
          <div className="row">
            <label>
              {rt(lang, 'kind')}
              <select value={kind} onChange={(e) => setKind(e.target.value as CuratedKind)}>
                {CURATED_KIND_IDS.map((k) => (
                  <option key={k} value={k}>
                    {KINDS[k][lang]}
                  </option>
                ))}
              </select>
            </label>
            {kind === 'actor' && (
              <label>
                {rt(lang, 'category')}
                <select value={category} onChange={(e) => setCategory(e.target.value as Category | '')}>
                  <option value="">{rt(lang, 'noCategory')}</option>
                  {ACTOR_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {ACTOR_CATEGORY_LABELS[c][lang]}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <label>
            {rt(lang, 'labelVi')}
            <input value={vi} onChange={(e) => setVi(e.target.value)} required lang="vi" />
          </label>
          <label>
            {rt(lang, 'labelEn')}
            <input value={en} onChange={(e) => setEn(e.target.value)} required lang="en" aria-invalid={!en.trim()} autoFocus />
          </label>
          {!en.trim() && <p className="needs-hint">{rt(lang, 'needsEnglish')}</p>}
          <label>
            {rt(lang, 'idOptional')}
            <input value={id} onChange={(e) => setId(e.target.value.trim())} aria-invalid={!idOk} />
          </label>
          {!idOk && <p className="needs-hint">{rt(lang, 'idHint')}</p>}
          <label>
            {rt(lang, 'descriptionVi')}
            <input value={descVi} onChange={(e) => setDescVi(e.target.value)} lang="vi" />
          </label>
          <label>
            {rt(lang, 'descriptionEn')}
            <input value={descEn} onChange={(e) => setDescEn(e.target.value)} lang="en" />
          </label>
          {describedHalf && <p className="needs-hint">{rt(lang, 'descriptionBoth')}</p>}
          <fieldset className="dates">
            <legend>{rt(lang, 'dates')}</legend>
            {dates.map((d, i) => (
              <div className="row" key={i}>
                <label>
                  {rt(lang, 'dateType')}
                  <select value={d.type} onChange={(e) => setDates(dates.map((x, j) => (j === i ? { ...x, type: e.target.value as DateType } : x)))}>
                    {(Object.keys(DATE_TYPES) as DateType[]).map((t) => (
                      <option key={t} value={t}>
                        {DATE_TYPES[t][lang]}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {rt(lang, 'date')}
                  <input value={d.date} onChange={(e) => setDates(dates.map((x, j) => (j === i ? { ...x, date: e.target.value.trim() } : x)))} aria-invalid={!isIsoPartialDate(d.date)} placeholder="2025-06-05" />
                </label>
                <button type="button" className="small" onClick={() => setDates(dates.filter((_, j) => j !== i))}>
                  {rt(lang, 'remove')}
                </button>
              </div>
            ))}
            <button type="button" className="small" onClick={() => setDates([...dates, { type: kind === 'event' ? 'held' : 'signed', date: '' }])}>
              {rt(lang, 'addDate')}
            </button>
          </fieldset>
          <label>
            {rt(lang, 'aliasesField')}
            <input value={aliases} onChange={(e) => setAliases(e.target.value)} lang="vi" />
          </label>
        </>
      )}
      <FormButtons lang={lang} label={submitLabel} disabled={!ready} onCancel={onCancel} />
    </form>
  );
}
