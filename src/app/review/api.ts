/** The review server's JSON API, as the page uses it. */
import type { DecisionInput, ReviewFile, ReviewSummary } from '../../ingest/review';
import type { ApplyPlan } from '../../ingest/apply';
import type { Lang } from '../state/viewState';
import type { Bilingual, Kind } from '../../model/vocabulary';

export type ReviewState = {
  id: string;
  title: Bilingual;
  date: string | null;
  /** The language the article is written in (its source's `language`): its quotes are in it, a rule's words are read in it. */
  language: Lang;
  text: string;
  review: ReviewFile;
  progress: { decided: number; total: number };
  /** The graph's entities (a category where the server sends one, for "the" before an office's name). */
  entities: { id: string; kind: Kind; labels: Bilingual; aliases: string[]; category?: string }[];
};

export type { DecisionInput, ReviewSummary };

/** Thrown when the page is served without the review server (a static host, `npm start`). */
export class NoReviewServer extends Error {}

/**
 * Thrown when the review server gives no answer: it cannot be reached (stopped, the network gone), or it has said nothing
 * for ANSWER_WAIT_MS. The page's requests go one after another, so one that hung would hold every later decision back.
 */
export class NoAnswer extends Error {
  constructor(readonly why: 'unreachable' | 'silent') {
    super(why);
  }
}

/**
 * How long the page waits for an answer: longer than a decision takes, short enough for a person waiting. A plan or a
 * write of the whole graph may take longer on a large graph, and is given five minutes.
 */
const ANSWER_WAIT_MS = 60_000;
const GRAPH_WAIT_MS = 300_000;

async function call<T>(path: string, body?: unknown, wait = ANSWER_WAIT_MS): Promise<T> {
  const silence = new AbortController();
  const timer = setTimeout(() => silence.abort(), wait);
  try {
    const init: RequestInit = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    // fetch rejects with a TypeError, worded by the browser in its own language, when no answer can come at all.
    const response = await fetch(path, { ...init, signal: silence.signal }).catch(() => {
      throw new NoAnswer(silence.signal.aborted ? 'silent' : 'unreachable');
    });
    if (!(response.headers.get('content-type') ?? '').includes('application/json')) throw new NoReviewServer(`${response.status} ${path}`);
    const json = (await response.json().catch((e: Error) => {
      throw silence.signal.aborted ? new NoAnswer('silent') : e;
    })) as T & { error?: string };
    if (!response.ok) throw new Error(json.error ?? `${response.status} ${response.statusText}`);
    return json;
  } finally {
    clearTimeout(timer);
  }
}

export const listReviews = () => call<ReviewSummary[]>('./api/reviews');
export const loadReview = (id: string) => call<ReviewState>(`./api/review/${encodeURIComponent(id)}`);
/** Refusals come back worded in the page's language. */
export const decide = (id: string, decisions: DecisionInput[], lang: Lang) => call<ReviewState>(`./api/review/${encodeURIComponent(id)}/decisions?lang=${lang}`, { decisions });
export const undo = (id: string) => call<ReviewState>(`./api/review/${encodeURIComponent(id)}/undo`, {});
export const planApply = (id: string) => call<{ plan: ApplyPlan; invalid: string[] }>(`./api/review/${encodeURIComponent(id)}/plan`, undefined, GRAPH_WAIT_MS);
/** What the write added; a refusal is worded in the page's language. */
export const writeApply = (id: string, lang: Lang): Promise<ApplyPlan> => call<{ plan: ApplyPlan }>(`./api/review/${encodeURIComponent(id)}/apply?lang=${lang}`, {}, GRAPH_WAIT_MS).then(({ plan }) => plan);
