/** How the page names an end of a relation: an entity by its label, a candidate by the article's words. */
import { candidateTarget, currentDecisions, editOf } from '../../ingest/review';
import { refKey, type EndRef } from '../../ingest/types';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import { rt } from './strings';

/** A candidate goes by the name the reviewer gave it (or the entity it was merged into), else the article's words. */
export function endName(state: ReviewState, ref: EndRef, lang: Lang): string {
  if ('entity' in ref) return state.entities.find((e) => e.id === ref.entity)?.labels[lang] ?? ref.entity;
  const candidate = state.review.proposals.candidates.find((c) => c.key === ref.candidate);
  const edit = editOf(currentDecisions(state.review.decisions).get(candidateTarget(ref.candidate)));
  if (edit?.merge) return endName(state, { entity: edit.merge }, lang);
  const label = edit?.labels?.[lang] ?? (lang === 'en' ? candidate?.labelEn : undefined) ?? candidate?.label ?? ref.candidate;
  return `${label} (${rt(lang, 'isNew')})`;
}

/** Everything a relation end may be: the graph's entities and the article's candidates. */
export function endOptions(state: ReviewState, lang: Lang, kinds?: string[]): { value: string; label: string }[] {
  const keep = (kind: string) => !kinds || kinds.includes(kind);
  return [
    ...state.review.proposals.candidates.filter((c) => keep(c.kind)).map((c) => ({ value: refKey({ candidate: c.key }), label: `${c.label} (${rt(lang, 'isNew')})` })),
    ...state.entities.filter((e) => keep(e.kind)).map((e) => ({ value: refKey({ entity: e.id }), label: e.labels[lang] })).sort((a, b) => a.label.localeCompare(b.label, lang)),
  ];
}
