/**
 * What a review's decisions change in the graph: new entities (from accepted candidates), aliases
 * (from candidates merged into existing entities), new relations, and new evidence for relations
 * that already exist. Pure: the caller writes the files, after validating the result.
 */
import { relationId, type Entity, type Evidence, type Relation, type SourceMeta } from '../model/schema';
import { PREDICATES } from '../model/vocabulary';
import { foldForSearch } from '../text/fold';
import { candidateTarget, currentDecisions, referenceTarget, type Decision, type ReviewFile } from './review';
import type { ApplyIssue } from './issues';
import type { Candidate, EndRef } from './types';

export type ApplyPlan = {
  entities: Entity[];
  aliases: { entity: string; alias: string }[];
  relations: Relation[];
  evidence: { relation: string; evidence: Evidence }[];
  /** Accepted things that cannot enter the graph yet, and why; they stay in the review. */
  skipped: ApplyIssue[];
  /** What stops the whole apply. */
  problems: ApplyIssue[];
};

type Graph = { entities: Entity[]; relations: Relation[] };

function describeEnd(ref: EndRef, candidates: Map<string, Candidate>): string {
  return 'entity' in ref ? ref.entity : (candidates.get(ref.candidate)?.label ?? ref.candidate);
}

const shorten = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 60)}…` : quote);

export function planApply(graph: Graph, review: ReviewFile, meta: Pick<SourceMeta, 'id' | 'title'>): ApplyPlan {
  const plan: ApplyPlan = { entities: [], aliases: [], relations: [], evidence: [], skipped: [], problems: [] };
  const decisions = currentDecisions(review.decisions);
  const candidates = new Map(review.proposals.candidates.map((c) => [c.key, c]));
  const entityIds = new Set(graph.entities.map((e) => e.id));
  const accepted = (d: Decision | undefined) => d !== undefined && d.action !== 'reject';

  // What "hai bên", "thỏa thuận" … refer to, as the reviewer confirmed it.
  const referenceDecision = (ref: EndRef) => decisions.get(referenceTarget(ref));

  // Each candidate becomes an entity id: its own (new) or the one it is merged into.
  const resolved = new Map<string, string>();
  const newEntities = new Map<string, Entity>();
  for (const candidate of review.proposals.candidates) {
    const decision = decisions.get(candidateTarget(candidate.key));
    if (!accepted(decision)) continue;
    const edit = decision?.edit ?? {};
    if (edit.merge) {
      if (!entityIds.has(edit.merge)) plan.problems.push({ code: 'merge-target-missing', label: candidate.label, entity: edit.merge });
      else resolved.set(candidate.key, edit.merge);
      continue;
    }
    const id = edit.id ?? candidate.key;
    if (entityIds.has(id)) {
      plan.problems.push({ code: 'id-taken', label: candidate.label, id });
      continue;
    }
    const en = edit.labels?.en ?? candidate.labelEn;
    if (!en) {
      plan.problems.push({ code: 'needs-english', label: candidate.label });
      continue;
    }
    const vi = edit.labels?.vi ?? candidate.label;
    const kind = edit.kind ?? candidate.kind;
    const category = kind === 'actor' ? (edit.category ?? candidate.category) : undefined;
    const names = new Map<string, string>();
    for (const name of [candidate.acronym, ...candidate.mentions.map((m) => m.quote)]) {
      if (name && foldForSearch(name) !== foldForSearch(vi) && foldForSearch(name) !== foldForSearch(en)) names.set(foldForSearch(name), name);
    }
    resolved.set(candidate.key, id);
    newEntities.set(id, {
      id,
      kind,
      ...(category ? { category } : {}),
      labels: { vi, en },
      aliases: [...names.values()],
      description: { vi: `Được nêu trong bài “${meta.title.vi}”.`, en: `Named in the article “${meta.title.en}”.` },
      dates: [],
    });
  }

  const resolveEnd = (ref: EndRef, viaReference: boolean): string | undefined => {
    const actual = viaReference ? (referenceDecision(ref)?.edit?.instrument ?? ref) : ref;
    return 'entity' in actual ? actual.entity : resolved.get(actual.candidate);
  };

  const relations = new Map(graph.relations.map((r) => [relationId(r), r]));
  const used = new Set<string>();
  for (const proposal of review.proposals.relations) {
    const decision = decisions.get(proposal.id);
    if (!accepted(decision)) continue;
    const edit = decision?.edit ?? {};
    const sourceRef = edit.source ?? proposal.source;
    const targetRef = edit.target ?? proposal.target;
    const viaSource = !edit.source && proposal.viaReference === 'source';
    const viaTarget = !edit.target && proposal.viaReference === 'target';
    const reference = viaSource ? sourceRef : viaTarget ? targetRef : undefined;
    if (reference && !accepted(referenceDecision(reference))) {
      plan.problems.push({ code: 'reference-unconfirmed', quote: shorten(proposal.evidence.quote), instrument: describeEnd(reference, candidates) });
      continue;
    }
    const source = resolveEnd(sourceRef, viaSource);
    const target = resolveEnd(targetRef, viaTarget);
    const missing = [source ? undefined : sourceRef, target ? undefined : targetRef].filter((r): r is EndRef => r !== undefined);
    if (missing.length > 0 || !source || !target) {
      plan.problems.push({ code: 'ends-undecided', names: missing.map((r) => describeEnd(r, candidates)) });
      continue;
    }
    if (source === target) {
      plan.problems.push({ code: 'self-loop', entity: source });
      continue;
    }
    const predicate = edit.predicate ?? proposal.predicate;
    const evidence: Evidence = { source: review.source, quote: proposal.evidence.quote, start: proposal.evidence.start, end: proposal.evidence.end };
    const id = relationId({ source, predicate, target });
    used.add(source).add(target);
    const existing = relations.get(id);
    if (existing) {
      const known = existing.evidence.some((e) => e.source === evidence.source && e.start === evidence.start && e.end === evidence.end);
      if (!known) {
        existing.evidence = [...existing.evidence, evidence];
        plan.evidence.push({ relation: id, evidence });
      }
      continue;
    }
    const relation: Relation = { source, predicate, target, labels: { vi: PREDICATES[predicate].vi, en: PREDICATES[predicate].en }, evidence: [evidence] };
    relations.set(id, relation);
    plan.relations.push(relation);
  }

  for (const [id, entity] of newEntities) {
    if (used.has(id)) plan.entities.push(entity);
    else plan.skipped.push({ code: 'waiting', label: entity.labels.vi });
  }
  for (const candidate of review.proposals.candidates) {
    const merged = decisions.get(candidateTarget(candidate.key))?.edit?.merge;
    const entity = merged ? graph.entities.find((e) => e.id === merged) : undefined;
    if (!entity) continue;
    const names = [entity.labels.vi, entity.labels.en, ...entity.aliases].map(foldForSearch);
    if (!names.includes(foldForSearch(candidate.label))) plan.aliases.push({ entity: entity.id, alias: candidate.label });
  }
  return plan;
}

/** The graph after the plan: the caller validates it before anything is written. */
export function applyPlan(graph: Graph, plan: ApplyPlan): Graph {
  const aliases = new Map<string, string[]>();
  for (const { entity, alias } of plan.aliases) aliases.set(entity, [...(aliases.get(entity) ?? []), alias]);
  const evidence = new Map<string, Evidence[]>();
  for (const e of plan.evidence) evidence.set(e.relation, [...(evidence.get(e.relation) ?? []), e.evidence]);
  return {
    entities: [
      ...graph.entities.map((e) => (aliases.has(e.id) ? { ...e, aliases: [...e.aliases, ...aliases.get(e.id)!] } : e)),
      ...plan.entities,
    ],
    relations: [
      ...graph.relations.map((r) => (evidence.has(relationId(r)) ? { ...r, evidence: [...r.evidence, ...evidence.get(relationId(r))!] } : r)),
      ...plan.relations,
    ],
  };
}
