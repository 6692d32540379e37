/**
 * The ends a relation can have in a review, as they stand now: the graph's entities, and the new
 * ones the article brings (proposed or made by the reviewer) with the names, kind and merge the
 * reviewer's latest decisions gave them. Every place of the page names an end through here, so an
 * edit shows at once on the cards, in the pickers and on the article's marks.
 */
import { additions, candidateTarget, currentDecisions, editOf, isKept, referenceTarget, reviewEntities, type Decision } from '../../ingest/review';
import { refKey, type EndRef, type RelationProposal } from '../../ingest/types';
import { asObject, asSubject } from '../../model/sentence';
import { predicatePhrase, type Bilingual, type Kind, type Predicate } from '../../model/vocabulary';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';

export type EndInfo = {
  ref: EndRef;
  kind: Kind;
  labels: Bilingual;
  category?: string;
  /** A new entity of this article, not yet written to the graph. */
  isNew: boolean;
  /** A proposed entity the reviewer rejected: no longer an end anything can have. */
  rejected: boolean;
  /** A new entity of a Vietnamese article with no English label yet: `labels.en` is its Vietnamese label. */
  untranslated?: boolean;
  /** A new entity of an English article with no Vietnamese label yet: `labels.vi` is its English name. */
  englishOnly?: boolean;
};

export type Ends = {
  info: (ref: EndRef) => EndInfo | undefined;
  /** The new entities, in the order the review lists them (rejected and merged ones left out). */
  news: EndInfo[];
  current: Map<string, Decision>;
  /** The graph's ids an earlier apply of this review wrote: the review's own entities stand for them. */
  applied: Set<string>;
};

const cache = new WeakMap<ReviewState, Ends>();
const graphCache = new WeakMap<ReviewState['entities'], Map<string, ReviewState['entities'][number]>>();

/** What the page knows of every end, computed once per state the server sends. */
export function endsOf(state: ReviewState): Ends {
  const cached = cache.get(state);
  if (cached) return cached;
  let byId = graphCache.get(state.entities);
  if (!byId) {
    byId = new Map(state.entities.map((e) => [e.id, e]));
    graphCache.set(state.entities, byId);
  }
  const current = currentDecisions(state.review.decisions);
  const added = additions(state.review);
  const applied = new Set((state.review.applied ?? []).flatMap((a) => a.entityIds ?? []));
  const news = new Map<string, EndInfo & { merge?: string }>();
  for (const entity of reviewEntities(state.review).values()) {
    const target = candidateTarget(entity.key);
    const decision = current.get(target);
    const edit = editOf(decision);
    const addition = added.get(target);
    const own = addition?.type === 'entity' ? addition : undefined;
    const category = edit?.category ?? entity.proposed?.category ?? own?.category;
    news.set(entity.key, {
      ref: { candidate: entity.key },
      kind: entity.kind,
      labels: { vi: entity.label, en: entity.labelEn ?? entity.label },
      // An English article's name is English even with no English label proposed ("EU–Egypt … Partnership").
      ...(entity.labelEn || state.language === 'en' ? {} : { untranslated: true }),
      ...(state.language === 'en' && entity.proposed && entity.label === entity.proposed.label ? { englishOnly: true } : {}),
      ...(category ? { category } : {}),
      isNew: !applied.has(edit?.id ?? own?.id ?? entity.key),
      rejected: decision !== undefined && !isKept(decision),
      ...(edit?.merge ? { merge: edit.merge } : {}),
    });
  }
  const graphInfo = (id: string): EndInfo | undefined => {
    const e = byId.get(id);
    return e && { ref: { entity: id }, kind: e.kind, labels: e.labels, ...(e.category ? { category: e.category } : {}), isNew: false, rejected: false };
  };
  const info = (ref: EndRef): EndInfo | undefined => {
    if ('entity' in ref) return graphInfo(ref.entity);
    const found = news.get(ref.candidate);
    // A candidate merged into an entity of the graph is that entity.
    return found?.merge ? graphInfo(found.merge) : found;
  };
  const ends: Ends = { info, news: [...news.values()].filter((n) => !n.rejected && !n.merge), current, applied };
  cache.set(state, ends);
  return ends;
}

/** An end's name; a new entity says it is new. */
export function endName(state: ReviewState, ref: EndRef, lang: Lang, newWord?: string): string {
  const info = endsOf(state).info(ref);
  if (!info) return 'entity' in ref ? ref.entity : ref.candidate;
  return info.isNew && newWord ? `${info.labels[lang]} (${newWord})` : info.labels[lang];
}

/**
 * A relation's subject, phrase and object, as a person would say it ("The Dialogue", "took place in", "Hanoi"). A name
 * with no label in the page's language yet stays as the article writes it: English grammar ("the", a lower-case first
 * letter) does not belong on "Đối thoại chính sách quốc phòng …", nor a capital on an English "second … Dialogue" opening
 * a Vietnamese sentence.
 */
export function relationParts(state: ReviewState, source: EndRef, predicate: Exclude<Predicate, 'related_to'>, target: EndRef, lang: Lang): { subject: string; phrase: string; object: string } {
  const ends = endsOf(state);
  const end = (ref: EndRef): Pick<EndInfo, 'kind' | 'labels' | 'untranslated' | 'englishOnly' | 'category'> => ends.info(ref) ?? { kind: 'other', labels: { vi: refKey(ref), en: refKey(ref) } };
  const say = (ref: EndRef, as: typeof asSubject) => {
    const info = end(ref);
    // A name in the other language keeps its own writing: no "The đối thoại …", no "Second Security …" opening a Vietnamese sentence.
    return (lang === 'en' && info.untranslated) || (lang === 'vi' && info.englishOnly) ? info.labels[lang] : as(info, lang);
  };
  return { subject: say(source, asSubject), phrase: predicatePhrase(predicate, end(target).kind)[lang], object: say(target, asObject) };
}

/** "Norway signs the Memorandum …", "Na Uy ký Bản ghi nhớ …": a relation as a person would say it. */
export function relationSentence(state: ReviewState, source: EndRef, predicate: Exclude<Predicate, 'related_to'>, target: EndRef, lang: Lang): string {
  const { subject, phrase, object } = relationParts(state, source, predicate, target, lang);
  return `${subject} ${phrase} ${object}`;
}

/** The ends a proposed relation has now: the reviewer's edit, and an end reached through "hai bên" … as the reviewer confirmed it. */
export function proposalEnds(state: ReviewState, relation: RelationProposal): { source: EndRef; predicate: RelationProposal['predicate']; target: EndRef } {
  const { current } = endsOf(state);
  const edit = editOf(current.get(relation.id));
  const via = (ref: EndRef, side: 'source' | 'target', edited: EndRef | undefined) => {
    if (edited) return edited;
    if (relation.viaReference !== side) return ref;
    return editOf(current.get(referenceTarget(ref)))?.instrument ?? ref;
  };
  return { source: via(relation.source, 'source', edit?.source), predicate: edit?.predicate ?? relation.predicate, target: via(relation.target, 'target', edit?.target) };
}

/** The instrument "hai bên", "thỏa thuận" … refer to, as the reviewer confirmed or changed it. */
export function referencedInstrument(state: ReviewState): EndRef | undefined {
  const { current } = endsOf(state);
  for (const ref of state.review.proposals.mainInstrument) {
    const decision = current.get(referenceTarget(ref));
    if (isKept(decision)) return editOf(decision)?.instrument ?? ref;
  }
  return state.review.proposals.mainInstrument[0];
}
