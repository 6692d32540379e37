/** A button that copies a link; where the browser refuses, the link is shown to copy by hand. */
import { useState } from 'react';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

type Props = { lang: Lang; label: string; link: () => Promise<string> };

export function ShareLink({ lang, label, link }: Props) {
  const [result, setResult] = useState<{ copied: boolean; url: string } | null>(null);
  const copy = async () => {
    const url = await link();
    try {
      await navigator.clipboard.writeText(url);
      setResult({ copied: true, url });
    } catch {
      setResult({ copied: false, url });
    }
  };
  return (
    <>
      <button type="button" className="link-button" onClick={() => void copy()}>
        {label}
      </button>
      {result && (
        <span className="share-result" role="status">
          {result.copied ? t(lang, 'linkCopied') : t(lang, 'linkNotCopied')}
          {!result.copied && <input readOnly value={result.url} aria-label={label} onFocus={(e) => e.currentTarget.select()} />}
        </span>
      )}
    </>
  );
}
