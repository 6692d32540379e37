/**
 * Leave one article out: propose for it knowing only what the other articles brought, and
 * compare with its curation. Reported per article: entities proposed (as mentions or
 * candidates), relations proposed with the same ends and predicate, and the precision of both.
 */
import { relationId, type Dataset, type Entity } from '../model/schema';
import { foldedWords } from '../text/tokens';
import { buildKnowledge, propose } from './propose';
import { jaccard, meaningful } from './similar';
import { refKey, type Candidate, type EndRef } from './types';

export type ArticleEvaluation = {
  source: string;
  entities: { curated: number; proposed: number; missed: string[] };
  candidates: { proposed: number; matching: number };
  mentions: { proposed: number; matching: number };
  relations: { curated: number; found: number; proposed: number; matching: number };
};

const words = (name: string) => meaningful(foldedWords(name));

/** The curated entity a candidate stands for, if its name (or acronym) is close enough to one of its names. */
function matchCandidate(candidate: Candidate, entities: Entity[]): string | undefined {
  let best: { id: string; score: number } | undefined;
  const mine = new Set(words(candidate.label));
  for (const entity of entities) {
    const names = [entity.labels.vi, entity.labels.en, ...entity.aliases];
    if (candidate.acronym && names.includes(candidate.acronym)) return entity.id;
    const score = Math.max(...names.map((n) => jaccard(mine, words(n))));
    if (score >= 0.5 && (!best || score > best.score)) best = { id: entity.id, score };
  }
  return best?.id;
}

export function evaluateArticle(dataset: Dataset, held: string): ArticleEvaluation {
  const inHeld = (r: Dataset['relations'][number]) => r.evidence.some((e) => e.source === held);
  const others = dataset.relations
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => e.source !== held) }))
    .filter((r) => r.evidence.length > 0);
  const knownIds = new Set(others.flatMap((r) => [r.source, r.target]));
  const known = dataset.entities.filter((e) => knownIds.has(e.id));
  const curatedRelations = dataset.relations.filter(inHeld);
  const curatedIds = new Set(curatedRelations.flatMap((r) => [r.source, r.target]));
  const curatedEntities = dataset.entities.filter((e) => curatedIds.has(e.id));
  const newEntities = curatedEntities.filter((e) => !knownIds.has(e.id));

  const text = dataset.sources.find((s) => s.id === held)?.text ?? '';
  const proposals = propose(text, buildKnowledge(known, others));
  const candidateEntity = new Map(proposals.candidates.map((c) => [c.key, matchCandidate(c, newEntities)]));
  const resolve = (ref: EndRef): string | undefined => ('entity' in ref ? ref.entity : candidateEntity.get(ref.candidate));

  const proposedEntities = new Set<string>();
  for (const m of proposals.mentions) {
    const id = 'entity' in m ? m.entity : candidateEntity.get(m.candidate);
    if (id) proposedEntities.add(id);
  }
  const curatedKeys = new Set(curatedRelations.map(relationId));
  const proposedKeys = new Set<string>();
  let matching = 0;
  for (const r of proposals.relations) {
    const source = resolve(r.source);
    const target = resolve(r.target);
    const key = source && target ? relationId({ source, predicate: r.predicate, target }) : `unmatched:${refKey(r.source)}:${r.predicate}:${refKey(r.target)}`;
    if (curatedKeys.has(key)) matching++;
    proposedKeys.add(key);
  }
  const knownMentions = proposals.mentions.filter((m) => 'entity' in m);
  return {
    source: held,
    entities: {
      curated: curatedEntities.length,
      proposed: curatedEntities.filter((e) => proposedEntities.has(e.id)).length,
      missed: curatedEntities.filter((e) => !proposedEntities.has(e.id)).map((e) => e.id),
    },
    candidates: { proposed: proposals.candidates.length, matching: [...candidateEntity.values()].filter(Boolean).length },
    mentions: { proposed: knownMentions.length, matching: knownMentions.filter((m) => 'entity' in m && curatedIds.has(m.entity)).length },
    relations: {
      curated: curatedRelations.length,
      found: [...curatedKeys].filter((k) => proposedKeys.has(k)).length,
      proposed: proposals.relations.length,
      matching,
    },
  };
}
