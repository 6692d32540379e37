/**
 * A review: the proposals made for one article, frozen with the hash of the text they point
 * into, and the reviewer's decisions, appended one by one so a review can stop and resume.
 * The current verdict on a target is its latest decision; undo drops the latest decision.
 *
 * Targets: "reference:…" (what "hai bên" refers to), "candidate:KEY" (a new entity, proposed or
 * made by the reviewer), "relation:…" (proposed, or "relation:added-N" made by the reviewer),
 * "mention:START-END" and "alias:ENTITY:NAME" (made by the reviewer). What the reviewer made is
 * defined by its latest "add" decision; a later "reject" takes it out, "accept" puts it back.
 */
import { predicateAllows, type Kind } from '../model/vocabulary';
import type { DecisionProblem } from './decisionProblems';
import type { Addition, Decision, DecisionEdit, DecisionInput, ReviewFile } from './reviewSchema';
import { refKey, type Candidate, type EndRef, type RelationProposal, type Span } from './types';

export { decisionSchema, decisionEditSchema, decisionInputSchema, reviewFileSchema } from './reviewSchema';
export type { Addition, Decision, DecisionEdit, DecisionInput, ReviewFile } from './reviewSchema';

/** A review as the list of reviews shows it: its progress, or why its file cannot be read. */
export type ReviewSummary = { id: string; title: { vi: string; en: string } } & (
  | { progress: { decided: number; total: number }; applied: number; problem?: undefined }
  | { problem: string; progress?: undefined; applied?: undefined }
);

export const candidateTarget = (key: string) => `candidate:${key}`;
/** The reviewer confirms (or changes) what "hai bên", "thỏa thuận" … refer to, once per instrument. */
export const referenceTarget = (ref: EndRef) => `reference:${refKey(ref)}`;
export const mentionTarget = (span: Pick<Span, 'start' | 'end'>) => `mention:${span.start}-${span.end}`;
export const aliasTarget = (entity: string, alias: string) => `alias:${entity}:${alias}`;
export const ADDED_RELATION = 'relation:added-';

/** The instruments that relations reach through a reference, in reading order. */
export function referencedInstruments(review: Pick<ReviewFile, 'proposals'>): EndRef[] {
  const seen = new Map<string, EndRef>();
  for (const r of review.proposals.relations) {
    const end = r.viaReference === 'source' ? r.source : r.viaReference === 'target' ? r.target : undefined;
    if (end && !seen.has(refKey(end))) seen.set(refKey(end), end);
  }
  return [...seen.values()];
}

/**
 * The words that reach this instrument ("hai bên" may mean the talks and "Theo văn kiện" the
 * memorandum signed at them): those of the relations read through a reference to it; where none kept
 * its words (a review made before they were kept, a clause that names no source), the article's
 * reference phrases that reach no other instrument.
 */
/** The article's phrases for an instrument, each once whatever its case, in their order: what a reviewer is shown of them. */
export const distinctPhrases = (quotes: string[]): string[] => [...new Set(quotes.map((q) => q.toLowerCase()))];

export function referenceQuotesFor(review: Pick<ReviewFile, 'proposals'>, instrument: EndRef): string[] {
  const key = refKey(instrument);
  const mine: string[] = [];
  const others = new Set<string>();
  for (const r of review.proposals.relations) {
    const end = r.viaReference === 'source' ? r.source : r.viaReference === 'target' ? r.target : undefined;
    if (end === undefined || !r.viaSpan) continue;
    if (refKey(end) === key) mine.push(r.viaSpan.quote);
    else others.add(r.viaSpan.quote.toLowerCase());
  }
  if (mine.length > 0) return mine;
  return review.proposals.references.map((r) => r.quote).filter((quote) => ![...others].some((other) => other.includes(quote.toLowerCase())));
}

/** What the reviewer added, each by its target, as last added (rejected ones included), in the order first added. */
export function additions(review: Pick<ReviewFile, 'decisions'>): Map<string, Addition> {
  const added = new Map<string, Addition>();
  for (const d of review.decisions) if (d.action === 'add') added.set(d.target, d.add);
  return added;
}

/** Every decision target of a review, in reading order: references, candidates, relations; then what the reviewer added. */
export function decisionTargets(review: Pick<ReviewFile, 'proposals' | 'decisions'>): string[] {
  const { candidates, relations } = review.proposals;
  return [
    ...referencedInstruments(review).map(referenceTarget),
    ...candidates.map((c) => candidateTarget(c.key)),
    ...relations.map((r) => r.id),
    ...additions(review).keys(),
  ];
}

/** The latest decision on each target. */
export function currentDecisions(decisions: Decision[]): Map<string, Decision> {
  const current = new Map<string, Decision>();
  for (const decision of decisions) current.set(decision.target, decision);
  return current;
}

/** Whether a target's current decision keeps it (accepted, edited, added). */
export const isKept = (decision: Decision | undefined): boolean => decision !== undefined && decision.action !== 'reject';

export function progress(review: Pick<ReviewFile, 'proposals' | 'decisions'>): { decided: number; total: number } {
  const targets = decisionTargets(review);
  const current = currentDecisions(review.decisions);
  return { decided: targets.filter((t) => current.has(t)).length, total: targets.length };
}

/** The next free key for something the reviewer adds, from its wished name: "nhat-ban", "nhat-ban-2" … */
export function freeKey(review: Pick<ReviewFile, 'proposals' | 'decisions'>, wish: string, prefix: string): string {
  const taken = new Set(decisionTargets(review));
  for (let n = 1; ; n++) {
    const key = n === 1 ? wish : `${wish}-${n}`;
    if (!taken.has(`${prefix}${key}`)) return key;
  }
}

export function nextRelationTarget(review: Pick<ReviewFile, 'decisions'>): string {
  let max = 0;
  for (const target of additions(review).keys()) {
    if (target.startsWith(ADDED_RELATION)) max = Math.max(max, Number(target.slice(ADDED_RELATION.length)) || 0);
  }
  return `${ADDED_RELATION}${max + 1}`;
}

/** The new entities a review can link to, proposed or made by the reviewer, with their current kind and names. */
export type ReviewEntity = { key: string; kind: Kind; label: string; labelEn?: string; proposed?: Candidate };

export function reviewEntities(review: Pick<ReviewFile, 'proposals' | 'decisions'>): Map<string, ReviewEntity> {
  const current = currentDecisions(review.decisions);
  const out = new Map<string, ReviewEntity>();
  for (const c of review.proposals.candidates) {
    const decision = current.get(candidateTarget(c.key));
    const edit = editOf(decision);
    const labelEn = edit?.labels?.en ?? c.labelEn;
    out.set(c.key, { key: c.key, kind: edit?.kind ?? c.kind, label: edit?.labels?.vi ?? c.label, ...(labelEn ? { labelEn } : {}), proposed: c });
  }
  for (const [target, add] of additions(review)) {
    if (add.type !== 'entity') continue;
    const key = target.slice('candidate:'.length);
    out.set(key, { key, kind: add.kind, label: add.labels.vi, labelEn: add.labels.en });
  }
  return out;
}

/** What a decision is checked against: the article's text and the graph's entities with their kinds. */
export type DecisionContext = { text: string; entityKinds: ReadonlyMap<string, Kind> };

function checkSpan(span: Span, text: string): DecisionProblem | undefined {
  if (span.end > text.length) return { code: 'span-past-end', start: span.start, end: span.end, length: text.length };
  const there = text.slice(span.start, span.end);
  return there === span.quote ? undefined : { code: 'quote-mismatch', quote: span.quote, start: span.start, end: span.end, there };
}

function kindOfEnd(review: Pick<ReviewFile, 'proposals' | 'decisions'>, ref: EndRef, context: DecisionContext): Kind | DecisionProblem {
  if ('entity' in ref) return context.entityKinds.get(ref.entity) ?? { code: 'unknown-entity', entity: ref.entity };
  return reviewEntities(review).get(ref.candidate)?.kind ?? { code: 'unknown-candidate', key: ref.candidate };
}

function checkRelationShape(
  review: Pick<ReviewFile, 'proposals' | 'decisions'>,
  relation: { source: EndRef; predicate: RelationProposal['predicate']; target: EndRef },
  context: DecisionContext,
): DecisionProblem | undefined {
  const source = kindOfEnd(review, relation.source, context);
  const target = kindOfEnd(review, relation.target, context);
  if (typeof source === 'object') return source;
  if (typeof target === 'object') return target;
  if (refKey(relation.source) === refKey(relation.target)) return { code: 'self-loop' };
  return predicateAllows(relation.predicate, source, target) ? undefined : { code: 'kinds', predicate: relation.predicate, source, target };
}

const EDITABLE: Record<string, string[]> = {
  reference: ['instrument'],
  candidate: ['id', 'kind', 'category', 'labels', 'description', 'dates', 'merge', 'aliases'],
  relation: ['predicate', 'source', 'target', 'evidence'],
};

function checkAddition(review: Pick<ReviewFile, 'proposals' | 'decisions'>, target: string, add: Addition, context: DecisionContext): DecisionProblem | undefined {
  const spans = add.type === 'entity' ? add.mentions : add.type === 'mention' ? [add.span] : add.type === 'relation' ? add.evidence : [];
  for (const span of spans) {
    const problem = checkSpan(span, context.text);
    if (problem) return problem;
  }
  const expected = { entity: 'candidate:', mention: 'mention:', alias: 'alias:', relation: ADDED_RELATION }[add.type];
  if (!target.startsWith(expected)) return { code: 'target-prefix', type: add.type, expected };
  if (add.type === 'entity' && review.proposals.candidates.some((c) => candidateTarget(c.key) === target)) return { code: 'proposed-entity', target };
  const previous = additions(review).get(target);
  if (previous && previous.type !== add.type) return { code: 'added-as-other', target, type: previous.type };
  if (add.type === 'mention') {
    const kind = kindOfEnd(review, add.of, context);
    return typeof kind === 'object' ? kind : undefined;
  }
  if (add.type === 'alias') return context.entityKinds.has(add.entity) ? undefined : { code: 'unknown-entity', entity: add.entity };
  if (add.type === 'relation') return checkRelationShape(review, add, context);
  return undefined;
}

/** Checks a decision against the review it is for: its target exists, its edit or addition fits it. */
export function checkDecision(review: Pick<ReviewFile, 'proposals' | 'decisions'>, decision: Decision | DecisionInput, context: DecisionContext): DecisionProblem | undefined {
  const { target } = decision;
  if (decision.action === 'add') return checkAddition(review, target, decision.add, context);
  if (!decisionTargets(review).includes(target)) return { code: 'no-target', target };
  if (decision.action !== 'edit') return undefined;
  if (additions(review).has(target)) return { code: 'edit-added', target };
  const { edit } = decision;
  if (Object.keys(edit).length === 0) return { code: 'empty-edit' };
  const allowed = EDITABLE[target.slice(0, target.indexOf(':'))] ?? [];
  const fields = Object.keys(edit).filter((k) => !allowed.includes(k));
  if (fields.length > 0) return { code: 'not-editable', fields, target, allowed };
  for (const span of edit.evidence ?? []) {
    const problem = checkSpan(span, context.text);
    if (problem) return problem;
  }
  const proposal = review.proposals.relations.find((r) => r.id === target);
  if (proposal && (edit.predicate || edit.source || edit.target)) {
    return checkRelationShape(review, { source: edit.source ?? proposal.source, predicate: edit.predicate ?? proposal.predicate, target: edit.target ?? proposal.target }, context);
  }
  return undefined;
}

/**
 * Proposals made again for the same text keep the decisions already taken (what the reviewer
 * added among them); what was rejected is not proposed again.
 */
export function carryOver(fresh: ReviewFile, previous: ReviewFile | undefined): ReviewFile {
  if (!previous || previous.textHash !== fresh.textHash) return fresh;
  const rejected = new Set([...currentDecisions(previous.decisions).values()].filter((d) => d.action === 'reject').map((d) => d.target));
  const candidates = fresh.proposals.candidates.filter((c) => !rejected.has(candidateTarget(c.key)));
  const kept = new Set([...candidates.map((c) => c.key), ...reviewEntities(previous).keys()]);
  const usesKept = (ref: EndRef) => 'entity' in ref || kept.has(ref.candidate);
  const relations = fresh.proposals.relations.filter((r) => !rejected.has(r.id) && usesKept(r.source) && usesKept(r.target));
  return {
    ...fresh,
    proposals: { ...fresh.proposals, candidates, relations, mentions: fresh.proposals.mentions.filter((m) => !('candidate' in m) || kept.has(m.candidate)) },
    decisions: previous.decisions,
    ...(previous.applied ? { applied: previous.applied } : {}),
  };
}

/** A decision's edit, if it is one. */
export const editOf = (decision: Decision | undefined): DecisionEdit | undefined => (decision?.action === 'edit' ? decision.edit : undefined);

/** A span without the spaces a selection catches at its ends: quotes are stored trimmed. */
export function trimSpan(span: Span, text: string): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return start === span.start && end === span.end ? span : { start, end, quote: text.slice(start, end) };
}

/** The decision with every span it carries trimmed (a span of only spaces is left for the check to refuse). */
export function trimSpans<T extends DecisionInput>(input: T, text: string): T {
  const trim = (s: Span) => (text.slice(s.start, s.end) === s.quote && s.quote.trim() ? trimSpan(s, text) : s);
  if (input.action === 'edit' && input.edit.evidence) return { ...input, edit: { ...input.edit, evidence: input.edit.evidence.map(trim) } };
  if (input.action !== 'add') return input;
  const add = input.add;
  if (add.type === 'entity') return { ...input, add: { ...add, mentions: add.mentions.map(trim) } };
  if (add.type === 'mention') return { ...input, add: { ...add, span: trim(add.span) } };
  if (add.type === 'relation') return { ...input, add: { ...add, evidence: add.evidence.map(trim) } };
  return input;
}
