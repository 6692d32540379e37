/**
 * What a review's decisions change in the graph: new entities (accepted candidates and those the
 * reviewer made), aliases a person confirmed, new relations, new evidence for relations that
 * already exist, and mentions that tie an entity to the article when no relation does.
 *
 * Apply can run again: what an earlier apply of the same review wrote is recognised (its entity
 * ids are recorded in the review), so a second apply writes only what was decided since, and a
 * third with nothing new plans nothing. Pure: the caller writes the files, after validating.
 */
import { relationId, type Entity, type Evidence, type Relation, type SourceMeta } from '../model/schema';
import { predicateAllows, predicatePhrase } from '../model/vocabulary';
import { foldForSearch } from '../text/fold';
import type { ApplyIssue } from './issues';
import { additions, candidateTarget, currentDecisions, editOf, isKept, referenceTarget, type ReviewFile } from './review';
import type { DecisionEdit } from './reviewSchema';
import type { Candidate, CuratedKind as Kind, EndRef, Span } from './types';
import { pushAll } from '../model/collections';

export type ApplyPlan = {
  entities: Entity[];
  aliases: { entity: string; alias: string }[];
  relations: Relation[];
  evidence: { relation: string; evidence: Evidence }[];
  /** Mentions that tie an existing entity to this article, where no relation does. */
  mentions: { entity: string; evidence: Evidence }[];
  /** Decided things that do not change the graph, and why (said, not silently dropped). */
  skipped: ApplyIssue[];
  /** What stops the whole apply. */
  problems: ApplyIssue[];
};

type Graph = { entities: Entity[]; relations: Relation[] };

/** A new entity as the decisions describe it, before it is checked against the graph. */
type EntitySpec = {
  key: string;
  id: string;
  kind: Kind;
  category?: Entity['category'];
  labels: { vi: string; en?: string };
  description?: Entity['description'];
  dates?: Entity['dates'];
  aliases: string[];
  mention: Span | undefined;
};

const shorten = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 60)}…` : quote);

function proposedSpec(candidate: Candidate, edit: DecisionEdit): EntitySpec {
  const kind = edit.kind ?? candidate.kind;
  const category = kind === 'actor' ? (edit.category ?? candidate.category) : undefined;
  const en = edit.labels?.en ?? candidate.labelEn;
  return {
    key: candidate.key,
    id: edit.id ?? candidate.key,
    kind,
    ...(category ? { category } : {}),
    labels: { vi: edit.labels?.vi ?? candidate.label, ...(en ? { en } : {}) },
    ...(edit.description ? { description: edit.description } : {}),
    ...(edit.dates?.length ? { dates: edit.dates } : {}),
    // The acronym the article defines for it is shown on the card the reviewer accepts; any other name only when confirmed.
    aliases: [...(candidate.acronym ? [candidate.acronym] : []), ...(edit.aliases ?? [])],
    mention: candidate.mentions[0],
  };
}

/** The names of an entity and those a plan adds, folded, so that no alias repeats a name. */
function withoutKnownNames(names: string[], known: string[]): string[] {
  const seen = new Set(known.map(foldForSearch));
  return names.filter((name) => {
    const folded = foldForSearch(name);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

export function planApply(graph: Graph, review: ReviewFile, meta: Pick<SourceMeta, 'id' | 'title'>): ApplyPlan {
  const plan: ApplyPlan = { entities: [], aliases: [], relations: [], evidence: [], mentions: [], skipped: [], problems: [] };
  const decisions = currentDecisions(review.decisions);
  const added = additions(review);
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  const ownIds = new Set((review.applied ?? []).flatMap((a) => a.entityIds ?? []));
  const evidenceOf = (span: Span): Evidence => ({ source: review.source, quote: span.quote, start: span.start, end: span.end });

  // Each candidate the reviewer kept becomes an entity id: its own (new) or the one it is merged into.
  const resolvedIds = new Map<string, string>();
  // Kept entities that cannot enter the graph for a reason already said: their relations need not say it again.
  const blocked = new Set<string>();
  const specs: EntitySpec[] = [];
  for (const candidate of review.proposals.candidates) {
    const decision = decisions.get(candidateTarget(candidate.key));
    if (!isKept(decision)) continue;
    const edit = editOf(decision) ?? {};
    if (edit.merge) {
      const into = entities.get(edit.merge);
      if (!into) {
        plan.problems.push({ code: 'merge-target-missing', label: candidate.label, entity: edit.merge });
        blocked.add(candidate.key);
      } else {
        resolvedIds.set(candidate.key, into.id);
        for (const alias of withoutKnownNames(edit.aliases ?? [], [into.labels.vi, into.labels.en, ...into.aliases])) plan.aliases.push({ entity: into.id, alias });
      }
      continue;
    }
    specs.push(proposedSpec(candidate, edit));
  }
  for (const [target, add] of added) {
    if (add.type !== 'entity' || !isKept(decisions.get(target))) continue;
    const key = target.slice('candidate:'.length);
    const { kind, category, labels, description, dates, aliases, mentions } = add;
    specs.push({ key, id: add.id ?? key, kind, ...(kind === 'actor' && category ? { category } : {}), labels, ...(description ? { description } : {}), ...(dates?.length ? { dates } : {}), aliases: aliases ?? [], mention: mentions[0] });
  }

  const newEntities = new Map<string, Entity & { mention: Span | undefined }>();
  for (const spec of specs) {
    const existing = entities.get(spec.id);
    if (existing && ownIds.has(spec.id)) {
      // Written by an earlier apply of this review: the same entity, not a taken id.
      resolvedIds.set(spec.key, spec.id);
      if (existing.labels.vi !== spec.labels.vi || (spec.labels.en && existing.labels.en !== spec.labels.en) || existing.kind !== spec.kind) {
        plan.skipped.push({ code: 'changed-after-apply', label: spec.labels.vi, id: spec.id });
      }
      continue;
    }
    if (existing || newEntities.has(spec.id)) {
      plan.problems.push({ code: 'id-taken', label: spec.labels.vi, id: spec.id });
      blocked.add(spec.key);
      continue;
    }
    if (!spec.labels.en) {
      plan.problems.push({ code: 'needs-english', label: spec.labels.vi });
      blocked.add(spec.key);
      continue;
    }
    resolvedIds.set(spec.key, spec.id);
    const labels = { vi: spec.labels.vi, en: spec.labels.en };
    const aliases = withoutKnownNames(spec.aliases, [labels.vi, labels.en]);
    newEntities.set(spec.id, {
      id: spec.id,
      kind: spec.kind,
      ...(spec.category ? { category: spec.category } : {}),
      labels,
      aliases,
      description: spec.description ?? { vi: `Được nêu trong bài “${meta.title.vi}”.`, en: `Named in the article “${meta.title.en}”.` },
      dates: spec.dates ?? [],
      mention: spec.mention,
    });
  }

  const kindOf = (id: string): Kind | undefined => entities.get(id)?.kind ?? newEntities.get(id)?.kind;
  const labelsOf = (id: string) => entities.get(id)?.labels ?? newEntities.get(id)?.labels ?? { vi: id, en: id };
  const resolve = (ref: EndRef): string | undefined => ('entity' in ref ? (kindOf(ref.entity) ? ref.entity : undefined) : resolvedIds.get(ref.candidate));
  const describe = (ref: EndRef): string => ('entity' in ref ? ref.entity : (review.proposals.candidates.find((c) => c.key === ref.candidate)?.label ?? ref.candidate));

  // Relations: proposed ones the reviewer kept (as edited), and those the reviewer added.
  type Wanted = { source: EndRef; predicate: Relation['predicate']; target: EndRef; spans: Span[] };
  const wanted: Wanted[] = [];
  for (const proposal of review.proposals.relations) {
    const decision = decisions.get(proposal.id);
    if (!isKept(decision)) continue;
    const edit = editOf(decision) ?? {};
    const source = edit.source ?? proposal.source;
    const target = edit.target ?? proposal.target;
    const via = !edit.source && proposal.viaReference === 'source' ? 'source' : !edit.target && proposal.viaReference === 'target' ? 'target' : undefined;
    const want: Wanted = { source, predicate: edit.predicate ?? proposal.predicate, target, spans: edit.evidence ?? [proposal.evidence] };
    if (via) {
      // "Hai bên", "thỏa thuận" … reach the instrument the reviewer confirmed they mean.
      const confirmed = decisions.get(referenceTarget(want[via]));
      if (!isKept(confirmed)) {
        plan.problems.push({ code: 'reference-unconfirmed', quote: shorten(proposal.evidence.quote), instrument: describe(want[via]) });
        continue;
      }
      want[via] = editOf(confirmed)?.instrument ?? want[via];
    }
    wanted.push(want);
  }
  for (const [target, add] of added) {
    if (add.type === 'relation' && isKept(decisions.get(target))) wanted.push({ source: add.source, predicate: add.predicate, target: add.target, spans: add.evidence });
  }

  const relations = new Map(graph.relations.map((r) => [relationId(r), r]));
  const tied = new Set<string>();
  for (const r of graph.relations) if (r.evidence.some((e) => e.source === review.source)) tied.add(r.source).add(r.target);
  for (const want of wanted) {
    const source = resolve(want.source);
    const target = resolve(want.target);
    if (!source || !target) {
      const undecided = [source ? undefined : want.source, target ? undefined : want.target].filter((r): r is EndRef => r !== undefined && !('candidate' in r && blocked.has(r.candidate)));
      if (undecided.length > 0) plan.problems.push({ code: 'ends-undecided', names: undecided.map(describe) });
      continue;
    }
    if (source === target) {
      plan.problems.push({ code: 'self-loop', entity: labelsOf(source) });
      continue;
    }
    const [sourceKind, targetKind] = [kindOf(source)!, kindOf(target)!];
    if (!predicateAllows(want.predicate, sourceKind, targetKind)) {
      plan.problems.push({ code: 'kinds', predicate: want.predicate, source: labelsOf(source), target: labelsOf(target), sourceKind, targetKind });
      continue;
    }
    tied.add(source).add(target);
    const id = relationId({ source, predicate: want.predicate, target });
    const existing = relations.get(id);
    const planned = plan.relations.find((r) => relationId(r) === id);
    const have = [...(existing?.evidence ?? []), ...plan.evidence.filter((e) => e.relation === id).map((e) => e.evidence), ...(planned?.evidence ?? [])];
    const fresh = want.spans.map(evidenceOf).filter((e) => !have.some((x) => x.source === e.source && x.start === e.start && x.end === e.end));
    if (existing) for (const evidence of fresh) plan.evidence.push({ relation: id, evidence });
    else if (planned) pushAll(planned.evidence, fresh);
    else plan.relations.push({ source, predicate: want.predicate, target, labels: { ...predicatePhrase(want.predicate, targetKind) }, evidence: fresh });
  }

  // A new entity no relation ties to the article keeps its first mention as its evidence.
  for (const { mention, ...entity } of newEntities.values()) {
    plan.entities.push(tied.has(entity.id) || !mention ? entity : { ...entity, mentions: [evidenceOf(mention)] });
    tied.add(entity.id);
  }
  // Mentions the reviewer marked: they tie an entity to the article where nothing else does.
  for (const [target, add] of added) {
    if (add.type !== 'mention' || !isKept(decisions.get(target))) continue;
    const id = resolve(add.of);
    if (!id || tied.has(id)) continue;
    const known = entities.get(id)?.mentions?.some((m) => m.source === review.source && m.start === add.span.start) ?? false;
    if (!known) plan.mentions.push({ entity: id, evidence: evidenceOf(add.span) });
    tied.add(id);
  }
  // Aliases only as a person confirmed them.
  for (const [target, add] of added) {
    if (add.type !== 'alias' || !isKept(decisions.get(target))) continue;
    const entity = entities.get(add.entity);
    const known = entity ? [entity.labels.vi, entity.labels.en, ...entity.aliases, ...plan.aliases.filter((a) => a.entity === add.entity).map((a) => a.alias)] : [];
    if (entity && withoutKnownNames([add.alias], known).length > 0) plan.aliases.push({ entity: add.entity, alias: add.alias });
  }
  return plan;
}
