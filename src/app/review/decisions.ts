/**
 * The decisions the page's forms make, built the way `kg review` builds them: an edit replaces
 * the previous edit of its target, so it starts from that edit; what the reviewer added is changed
 * by adding it again under the same target; a new relation is sent bare and numbered by the server.
 */
import { ADDED_RELATION, additions, aliasTarget, candidateTarget, currentDecisions, editOf, freeKey, mentionTarget, type Addition, type DecisionEdit, type DecisionInput, type ReviewFile } from '../../ingest/review';
import { candidateKey } from '../../ingest/candidateKey';
import { refKey, type CuratedPredicate, type EndRef, type RelationProposal, type Span } from '../../ingest/types';
import type { ReviewState } from './api';
import { proposalEnds } from './ends';

export type EntityDraft = Omit<Extract<Addition, { type: 'entity' }>, 'type' | 'mentions'>;
export type RelationDraft = { source: EndRef; predicate: CuratedPredicate; target: EndRef; evidence: Span[] };

export function newEntity(review: Pick<ReviewFile, 'proposals' | 'decisions'>, draft: EntityDraft, span: Span): DecisionInput {
  const key = freeKey(review, draft.id ?? candidateKey(draft.labels.en), 'candidate:');
  return { target: candidateTarget(key), action: 'add', add: { type: 'entity', ...draft, mentions: [span] } };
}

export const newMention = (span: Span, of: EndRef): DecisionInput => ({ target: mentionTarget(span), action: 'add', add: { type: 'mention', of, span } });

export const newAlias = (entity: string, alias: string): DecisionInput => ({ target: aliasTarget(entity, alias), action: 'add', add: { type: 'alias', entity, alias } });

export const newRelation = (draft: RelationDraft): DecisionInput => ({ target: ADDED_RELATION, action: 'add', add: { type: 'relation', ...draft } });

/** The same addition, changed: added again under its target. */
export function readd(review: Pick<ReviewFile, 'decisions'>, target: string, change: (add: Addition) => Addition): DecisionInput | undefined {
  const add = additions(review).get(target);
  return add && { target, action: 'add', add: change(add) };
}

/** An edit of a proposal, from the previous edit with some fields changed (undefined ones dropped). */
export function editDecision(review: Pick<ReviewFile, 'decisions'>, target: string, change: DecisionEdit): DecisionInput {
  const merged: Record<string, unknown> = { ...editOf(currentDecisions(review.decisions).get(target)), ...change };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return { target, action: 'edit', edit: merged as DecisionEdit };
}

const sameSpans = (a: Span[], b: Span[]) => a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);

/** A proposed relation edited in the form: only what differs from what the card showed becomes part of the edit. */
export function relationEdit(state: ReviewState, relation: RelationProposal, draft: RelationDraft): DecisionInput {
  const shown = proposalEnds(state, relation);
  const previous = editOf(currentDecisions(state.review.decisions).get(relation.id));
  const evidence = previous?.evidence ?? [relation.evidence];
  return editDecision(state.review, relation.id, {
    predicate: draft.predicate !== relation.predicate ? draft.predicate : undefined,
    source: refKey(draft.source) !== refKey(shown.source) ? draft.source : previous?.source,
    target: refKey(draft.target) !== refKey(shown.target) ? draft.target : previous?.target,
    evidence: sameSpans(draft.evidence, evidence) ? previous?.evidence : sameSpans(draft.evidence, [relation.evidence]) ? undefined : draft.evidence,
  });
}

/** A relation's evidence moved to a span, or that span added as a second quote: for a proposal or an added relation. */
export function evidenceChange(state: ReviewState, target: string, span: Span, mode: 'move' | 'add'): DecisionInput | undefined {
  const relation = state.review.proposals.relations.find((r) => r.id === target);
  if (relation) {
    const current = editOf(currentDecisions(state.review.decisions).get(target))?.evidence ?? [relation.evidence];
    return editDecision(state.review, target, { evidence: mode === 'move' ? [span] : [...current, span] });
  }
  return readd(state.review, target, (add) => (add.type === 'relation' ? { ...add, evidence: mode === 'move' ? [span] : [...add.evidence, span] } : add));
}
