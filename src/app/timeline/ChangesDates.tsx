/** The two dates of a "what changed" comparison: typed as ISO dates, applied once both are valid and in order. */
import { useState } from 'react';
import { isIsoPartialDate } from '../../model/dates';
import type { ChangesSpec } from '../../query/changesView';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

type Props = { lang: Lang; spec: ChangesSpec; onChange: (spec: ChangesSpec) => void };

export function ChangesDates({ lang, spec, onChange }: Props) {
  const [draft, setDraft] = useState({ from: spec.from, to: spec.to });
  const valid = { from: isIsoPartialDate(draft.from), to: isIsoPartialDate(draft.to) };
  const ordered = !valid.from || !valid.to || draft.to >= draft.from;
  const commit = () => {
    if (valid.from && valid.to && ordered && (draft.from !== spec.from || draft.to !== spec.to)) onChange({ by: 'date', ...draft });
  };
  const input = (end: 'from' | 'to') => (
    <label className="date-input">
      <span>{t(lang, end === 'from' ? 'earlierDate' : 'laterDate')}</span>
      <input
        type="text"
        inputMode="numeric"
        value={draft[end]}
        placeholder={t(lang, 'datePlaceholder')}
        aria-invalid={!valid[end] || !ordered}
        onChange={(e) => setDraft({ ...draft, [end]: e.target.value.trim() })}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
  return (
    <>
      <div className="date-range changes-dates">
        {input('from')}
        {input('to')}
      </div>
      {(!valid.from || !valid.to) && <p className="field-error">{t(lang, 'badDate')}</p>}
      {!ordered && <p className="field-error">{t(lang, 'datesOutOfOrder')}</p>}
    </>
  );
}
