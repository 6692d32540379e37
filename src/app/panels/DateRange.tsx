/** From/to inputs for ISO partial dates; a value is applied only once it is a valid date. */
import { useState } from 'react';
import { isIsoPartialDate } from '../../model/dates';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

type Props = { lang: Lang; from?: string; to?: string; onChange: (range: { from?: string; to?: string }) => void };

function DateInput({ lang, label, value, onCommit }: { lang: Lang; label: string; value?: string; onCommit: (v?: string) => void }) {
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The URL changed the value (back button, reset): show it.
    setShown(value);
    setDraft(value ?? '');
  }
  const valid = draft === '' || isIsoPartialDate(draft);
  const commit = () => {
    if (valid && (draft || undefined) !== value) onCommit(draft || undefined);
  };
  return (
    <label className="date-input">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        value={draft}
        placeholder={t(lang, 'datePlaceholder')}
        aria-invalid={!valid}
        aria-describedby="date-hint"
        onChange={(e) => setDraft(e.target.value.trim())}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {!valid && <span className="field-error">{t(lang, 'badDate')}</span>}
    </label>
  );
}

export function DateRange({ lang, from, to, onChange }: Props) {
  return (
    <>
      <div className="date-range">
        <DateInput lang={lang} label={t(lang, 'from')} value={from} onCommit={(v) => onChange({ from: v, to })} />
        <DateInput lang={lang} label={t(lang, 'to')} value={to} onCommit={(v) => onChange({ from, to: v })} />
      </div>
      <p className="hint" id="date-hint">
        {t(lang, 'dateHint')}
      </p>
    </>
  );
}
