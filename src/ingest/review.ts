/**
 * A review: the proposals made for one article, frozen with the hash of the text they point
 * into, and the reviewer's decisions, appended one by one so a review can stop and resume.
 * The current verdict on a proposal is its latest decision; undo drops the latest decision.
 */
import { z } from 'zod';
import { CURATED_KIND_IDS, CURATED_PREDICATE_IDS, ACTOR_CATEGORIES } from '../model/vocabulary';
import { refKey, type Candidate, type EndRef, type Proposals, type RelationProposal } from './types';

const endRef = z.union([z.strictObject({ entity: z.string() }), z.strictObject({ candidate: z.string() })]);

export const decisionEditSchema = z.strictObject({
  /** reference: the instrument it really refers to */
  instrument: endRef.optional(),
  /** candidate */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens').optional(),
  kind: z.enum(CURATED_KIND_IDS).optional(),
  category: z.enum(ACTOR_CATEGORIES).optional(),
  labels: z.strictObject({ vi: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() }).optional(),
  merge: z.string().optional(),
  /** relation */
  predicate: z.enum(CURATED_PREDICATE_IDS).optional(),
  source: endRef.optional(),
  target: endRef.optional(),
});

export const decisionSchema = z.strictObject({
  /** "reference:…", "candidate:KEY", or a relation proposal's id ("relation:…"). */
  target: z.string().min(1),
  action: z.enum(['accept', 'edit', 'reject']),
  edit: decisionEditSchema.optional(),
  at: z.string(),
});

export type Decision = z.infer<typeof decisionSchema>;
export type DecisionEdit = z.infer<typeof decisionEditSchema>;

export type ReviewFile = {
  source: string;
  textHash: string;
  rulesVersion: number;
  proposedAt: string;
  proposals: Omit<Proposals, 'text' | 'sentences'>;
  decisions: Decision[];
  applied?: { at: string; relations: number; evidence: number; entities: number }[];
};

export const candidateTarget = (key: string) => `candidate:${key}`;
/** The reviewer confirms (or changes) what "hai bên", "thỏa thuận" … refer to, once per instrument. */
export const referenceTarget = (ref: EndRef) => `reference:${refKey(ref)}`;

/** The instruments that relations reach through a reference, in reading order. */
export function referencedInstruments(review: Pick<ReviewFile, 'proposals'>): EndRef[] {
  const seen = new Map<string, EndRef>();
  for (const r of review.proposals.relations) {
    const end = r.viaReference === 'source' ? r.source : r.viaReference === 'target' ? r.target : undefined;
    if (end && !seen.has(refKey(end))) seen.set(refKey(end), end);
  }
  return [...seen.values()];
}

/** Every decision target of a review, in reading order: references, candidates, relations. */
export function decisionTargets(review: Pick<ReviewFile, 'proposals'>): string[] {
  const { candidates, relations } = review.proposals;
  return [...referencedInstruments(review).map(referenceTarget), ...candidates.map((c) => candidateTarget(c.key)), ...relations.map((r) => r.id)];
}

/** The latest decision on each target. */
export function currentDecisions(decisions: Decision[]): Map<string, Decision> {
  const current = new Map<string, Decision>();
  for (const decision of decisions) current.set(decision.target, decision);
  return current;
}

export function progress(review: Pick<ReviewFile, 'proposals' | 'decisions'>): { decided: number; total: number } {
  const targets = decisionTargets(review);
  const current = currentDecisions(review.decisions);
  return { decided: targets.filter((t) => current.has(t)).length, total: targets.length };
}

/** Checks a decision against the review it is for: its target exists, its edit fits the target. */
export function checkDecision(review: Pick<ReviewFile, 'proposals'>, decision: Decision): string | undefined {
  const { target, action, edit } = decision;
  if (!decisionTargets(review).includes(target)) return `no proposal "${target}" in this review`;
  if (action !== 'edit') return edit ? `only an edit carries changes (got ${action} with an edit)` : undefined;
  if (!edit || Object.keys(edit).length === 0) return 'an edit needs at least one change';
  const allowed =
    target.startsWith('reference:') ? ['instrument'] : target.startsWith('relation:') ? ['predicate', 'source', 'target'] : ['id', 'kind', 'category', 'labels', 'merge'];
  const wrong = Object.keys(edit).filter((k) => !allowed.includes(k));
  return wrong.length > 0 ? `"${wrong.join('", "')}" cannot be edited on ${target} (only ${allowed.join(', ')})` : undefined;
}

/**
 * Proposals made again for the same text keep the decisions already taken; what was rejected
 * is not proposed again.
 */
export function carryOver(fresh: ReviewFile, previous: ReviewFile | undefined): ReviewFile {
  if (!previous || previous.textHash !== fresh.textHash) return fresh;
  const rejected = new Set([...currentDecisions(previous.decisions).values()].filter((d) => d.action === 'reject').map((d) => d.target));
  const candidates = fresh.proposals.candidates.filter((c: Candidate) => !rejected.has(candidateTarget(c.key)));
  const kept = new Set(candidates.map((c) => c.key));
  const usesKept = (ref: EndRef) => 'entity' in ref || kept.has(ref.candidate);
  const relations = fresh.proposals.relations.filter((r: RelationProposal) => !rejected.has(r.id) && usesKept(r.source) && usesKept(r.target));
  return {
    ...fresh,
    proposals: { ...fresh.proposals, candidates, relations, mentions: fresh.proposals.mentions.filter((m) => !('candidate' in m) || kept.has(m.candidate)) },
    decisions: previous.decisions,
    ...(previous.applied ? { applied: previous.applied } : {}),
  };
}
