/**
 * A story presented: beside the canvas, the step's caption in the reader's language (or, when
 * it has none there, the other language's, saying so), what could not be shown of the step,
 * and the step's quote, relation or path with its quotes; buttons and keys to move through
 * the steps (← → Page Up/Down, Space, Home, End; Esc leaves), full screen, a link to the step,
 * and the offline file.
 */
import { isTextField } from '../keyboard';
import { useEffect } from 'react';
import './story.css';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';
import { describeStepProblem } from './stepProblems';
import type { EvidenceBlock } from './stepEvidence';
import { ShareLink } from './ShareLink';
import type { Presented } from './usePresentation';

type Props = {
  lang: Lang;
  presented: Presented;
  evidence: EvidenceBlock[];
  /** The link that opens this step (language, story, step). */
  stepLink: string;
  exporting: string | null;
  exportError: string | null;
  onStep: (step: number) => void;
  onLang: (lang: Lang) => void;
  onExit: () => void;
  onExport: () => void;
};

const other = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

function StepEvidence({ blocks }: { blocks: EvidenceBlock[] }) {
  return blocks.map((block, i) => (
    <section key={i} className="step-evidence">
      {block.heading && <h3>{block.heading}</h3>}
      {block.sentence && <p className="step-sentence">{block.sentence}</p>}
      {block.text && <p>{block.text}</p>}
      {block.quotes.map((quote, j) => (
        <figure key={j}>
          <blockquote lang="vi">“{quote.text}”</blockquote>
          <figcaption>{quote.source}</figcaption>
        </figure>
      ))}
    </section>
  ));
}

export function Presenter({ lang, presented, evidence, stepLink, exporting, exportError, onStep, onLang, onExit, onExport }: Props) {
  const ready = presented.status === 'ready' ? presented : null;
  const count = ready?.story.steps.length ?? 0;
  const step = ready?.step ?? 0;

  useEffect(() => {
    // Captured before the explorer's own keys (Esc would clear its selection underneath).
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(e.target) || e.target instanceof HTMLSelectElement || e.ctrlKey || e.metaKey || e.altKey) return;
      const go = { ArrowRight: step + 1, PageDown: step + 1, ' ': step + 1, ArrowLeft: step - 1, PageUp: step - 1, Home: 0, End: count - 1 }[e.key];
      if (e.key === 'Escape') onExit();
      else if (go === undefined || !ready) return;
      else if (go >= 0 && go < count && go !== step) onStep(go);
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [ready, step, count, onStep, onExit]);

  const caption = ready?.story.steps[step]?.caption;
  const captionLang = caption && !caption[lang].trim() ? other(lang) : lang;
  const title = ready ? ready.story.title[lang].trim() || ready.story.title[other(lang)] : '';
  return (
    <aside className="presenter" aria-label={t(lang, 'presentation')}>
      <header className="presenter-head">
        <p className="presenter-title">{title}</p>
        <div className="lang-switch" role="group" aria-label={t(lang, 'language')}>
          {(['vi', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => onLang(l)} lang={l}>
              {l === 'vi' ? 'Tiếng Việt' : 'English'}
            </button>
          ))}
        </div>
      </header>
      <div className="presenter-scroll">
        {presented.status === 'loading' && <p className="muted">{t(lang, 'storyLoading')}</p>}
        {presented.status === 'missing' && (
          <p className="notice error" role="alert">
            {t(lang, presented.reason).replace('{id}', presented.id)}
          </p>
        )}
        {ready && caption && (
          <div className="presenter-body">
            <p className="step-counter" aria-live="polite">
              {t(lang, 'stepOf').replace('{i}', String(step + 1)).replace('{n}', String(count))}
            </p>
            {ready.beyond && <p className="notice">{t(lang, 'stepBeyond').replace('{n}', String(count))}</p>}
            {captionLang !== lang && <p className="hint">{t(lang, 'noCaptionHere')}</p>}
            <p className="caption" lang={captionLang}>
              {caption[captionLang]}
            </p>
            {ready.problems.length > 0 && (
              <div className="notice step-notice" role="status">
                <strong>{t(lang, 'stepNoticeTitle')}</strong>
                <ul>
                  {ready.problems.map((problem, i) => (
                    <li key={i}>{describeStepProblem(lang, problem)}</li>
                  ))}
                </ul>
              </div>
            )}
            <StepEvidence blocks={evidence} />
          </div>
        )}
      </div>
      <footer className="presenter-foot">
        <nav className="presenter-nav" aria-label={t(lang, 'presentation')}>
          <button type="button" className="button" disabled={!ready || step === 0} onClick={() => onStep(step - 1)}>
            {t(lang, 'previousStep')}
          </button>
          <button type="button" className="button primary" disabled={!ready || step >= count - 1} onClick={() => onStep(step + 1)}>
            {t(lang, 'nextStep')}
          </button>
        </nav>
        <div className="presenter-tools">
          <button type="button" className="link-button" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            {t(lang, 'fullScreen')}
          </button>
          {ready && <ShareLink lang={lang} label={t(lang, 'copyStepLink')} link={() => Promise.resolve(stepLink)} />}
          {ready && (
            <button type="button" className="link-button" disabled={exporting !== null} onClick={onExport}>
              {t(lang, 'saveOffline')}
            </button>
          )}
          <button type="button" className="link-button" onClick={onExit}>
            {t(lang, 'exitPresentation')}
          </button>
        </div>
        {exporting && (
          <p className="notice" role="status">
            {exporting}
          </p>
        )}
        {exportError && (
          <p className="notice error" role="alert">
            {t(lang, 'exportFailed')} {exportError}
          </p>
        )}
        <p className="hint">{t(lang, 'presentKeys')}</p>
      </footer>
    </aside>
  );
}
