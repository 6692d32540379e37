/** The review server's JSON API, as the page uses it. */
import type { Decision, ReviewFile } from '../../ingest/review';
import type { ApplyPlan } from '../../ingest/apply';
import type { Bilingual, Kind } from '../../model/vocabulary';

export type ReviewState = {
  id: string;
  title: Bilingual;
  date: string | null;
  text: string;
  review: ReviewFile;
  progress: { decided: number; total: number };
  /** The graph's entities (a category where the server sends one, for "the" before an office's name). */
  entities: { id: string; kind: Kind; labels: Bilingual; aliases: string[]; category?: string }[];
};

export type ReviewSummary = { id: string; title: Bilingual; progress: { decided: number; total: number }; applied: number };
export type DecisionInput = Omit<Decision, 'at'>;

/** Thrown when the page is served without the review server (a static host, `npm start`). */
export class NoReviewServer extends Error {}

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) throw new NoReviewServer(`${response.status} ${path}`);
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(json.error ?? `${response.status} ${response.statusText}`);
  return json;
}

export const listReviews = () => call<ReviewSummary[]>('./api/reviews');
export const loadReview = (id: string) => call<ReviewState>(`./api/review/${id}`);
export const decide = (id: string, decisions: DecisionInput[]) => call<ReviewState>(`./api/review/${id}/decisions`, { decisions });
export const undo = (id: string) => call<ReviewState>(`./api/review/${id}/undo`, {});
export const planApply = (id: string) => call<{ plan: ApplyPlan; invalid: string[] }>(`./api/review/${id}/plan`);
/**
 * What the write added. The server answers with the whole planned apply under "plan" (the plan
 * itself one level down); a plan given directly is taken as well.
 */
export const writeApply = (id: string): Promise<ApplyPlan> =>
  call<{ plan: ApplyPlan | { plan: ApplyPlan } }>(`./api/review/${id}/apply`, {}).then(({ plan }) => ('plan' in plan ? plan.plan : plan));
