/** The review view (opened with ?review or ?review=ID, served by `npm run review`). */
import { useEffect, useState } from 'react';
import { isWellFormedId } from '../../model/ids';
import type { Lang } from '../state/viewState';
import { listReviews, loadReview, type ReviewState, type ReviewSummary } from './api';
import { ReviewPage } from './ReviewPage';
import { failureText, impossibleReviewText, progressText, rt } from './strings';
import './review.css';

function initialLang(params: URLSearchParams): Lang {
  const asked = params.get('lang');
  if (asked === 'vi' || asked === 'en') return asked;
  return navigator.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function ReviewApp() {
  const params = new URLSearchParams(window.location.search);
  const asked = params.get('review') || null;
  // Only an article's id is asked of the server: "../../graph.json" would fetch something else.
  const impossible = asked !== null && !isWellFormedId(asked) ? asked : null;
  const id = impossible === null ? asked : null;
  const [lang, setLang] = useState<Lang>(() => initialLang(params));
  const [list, setList] = useState<ReviewSummary[] | null>(null);
  const [state, setState] = useState<ReviewState | null>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${rt(lang, 'title')}${state ? ` · ${state.title[lang]}` : ''}`;
  }, [lang, state]);
  useEffect(() => {
    if (id) loadReview(id).then(setState, setError);
    else listReviews().then(setList, setError);
  }, [id]);

  const switchLang = (next: Lang) => {
    setLang(next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  };

  return (
    <div className="review-app">
      <nav className="review-nav">
        <strong>{rt(lang, 'title')}</strong>
        <a href={`./?lang=${lang}`}>{rt(lang, 'explorer')}</a>
        <span className="lang-switch" role="group" aria-label={rt(lang, 'language')}>
          <button type="button" aria-pressed={lang === 'vi'} onClick={() => switchLang('vi')}>
            Tiếng Việt
          </button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => switchLang('en')}>
            English
          </button>
        </span>
      </nav>
      {impossible !== null && (
        <p className="problems" role="alert">
          {impossibleReviewText(lang, impossible)}
        </p>
      )}
      {error && (
        <p className="problems" role="alert">
          {failureText(lang, error)}
        </p>
      )}
      {!error && id && !state && <p>{rt(lang, 'loading')}</p>}
      {state && <ReviewPage initial={state} lang={lang} />}
      {!id && list && (
        <main className="review-list">
          <h1>{rt(lang, 'reviewsTitle')}</h1>
          {list.length === 0 ? (
            <p>{rt(lang, 'noReviews')}</p>
          ) : (
            <ul>
              {list.map((r) => (
                <li key={r.id}>
                  <a href={`./?review=${r.id}&lang=${lang}`}>{r.title[lang]}</a> —{' '}
                  {r.problem === undefined ? progressText(lang, r.progress.decided, r.progress.total) : <span className="problems">{rt(lang, 'unreadable')}</span>}
                  {r.applied ? ` · ${rt(lang, 'applied')}` : ''}
                </li>
              ))}
            </ul>
          )}
        </main>
      )}
    </div>
  );
}
