/** "Copy link": the address of the current view (the URL holds all of it) to the clipboard, with a word that it worked. */
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

const SHOWN_MS = 2500;

export function CopyLink({ lang }: { lang: Lang }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [state]);
  const copy = () => {
    const link = window.location.href;
    // The clipboard may be refused (permissions, an old browser): then the link is offered to copy by hand.
    if (!navigator.clipboard) return setState('failed');
    navigator.clipboard.writeText(link).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={copy} title={t(lang, 'copyLinkHelp')}>
        {t(lang, 'copyLink')}
      </button>
      <span className="copy-link-status" role="status">
        {state === 'copied' && t(lang, 'linkCopied')}
        {state === 'failed' && (
          <label>
            {t(lang, 'copyLinkByHand')} <input readOnly value={window.location.href} onFocus={(e) => e.currentTarget.select()} onBlur={() => setState('idle')} autoFocus />
          </label>
        )}
      </span>
    </span>
  );
}
