/**
 * Learning from the review: what a person accepted, rejected and added, turned into rules kept as
 * data (graph-data/learned-rules.json, written by `kg learn`), which the next proposals use.
 * - A relation the person added teaches the words that stated it: the words between its two
 *   ends in its evidence ("{S} phối hợp với {T}") become a construction for that predicate,
 *   once no built-in rule would have read them.
 * - A rule whose proposals the person rejects is scored down; one rejected far more often than
 *   accepted is no longer proposed.
 * Learned constructions stay inside their predicate's kinds like every other rule.
 */
import { PREDICATE_KINDS } from '../model/vocabulary';
import { tokenize } from '../text/tokens';
import { additions, currentDecisions, referenceTarget, type ReviewFile } from './review';
import { isFunctionWord } from './wordLists';
import { RANKS_EN, RANKS_VI } from './nameLexicon';
import type { CuratedKind as Kind, CuratedPredicate as Predicate, EndRef, Span } from './types';
import { addTo } from '../model/collections';

export type LearnedConstruction = { predicate: Predicate; language: 'vi' | 'en'; pattern: string; seen: number };
export type RuleRecord = { accepted: number; rejected: number };
export type LearnedRules = { constructions: LearnedConstruction[]; rules: Record<string, RuleRecord> };

export const NO_LEARNING: LearnedRules = { constructions: [], rules: {} };

/** How far a rule's score moves with what people decided: (accepted + 1) / (decided + 2), the Laplace rule of succession. */
export function learnedScore(score: number, record: RuleRecord | undefined): number {
  if (!record) return score;
  const rate = (record.accepted + 1) / (record.accepted + record.rejected + 2);
  return Math.round(score * Math.min(1, 2 * rate) * 100) / 100;
}

/**
 * A rule rejected at least eight times and accepted under one time in five is no longer proposed.
 * Not sooner: retired after three or four rejections on one half of the development corpus, rules
 * cost the other half's writers more right relations than they spared them wrong ones.
 */
export function isRetired(record: RuleRecord | undefined): boolean {
  return record !== undefined && record.rejected >= 8 && record.accepted * 4 < record.rejected;
}

export type ReviewedArticle = { review: Pick<ReviewFile, 'proposals' | 'decisions'>; text: string; language: 'vi' | 'en' };

/** The spans where each end of the review names something: proposed mentions, candidates, added entities. */
function spansOf(review: ReviewedArticle['review']): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  const add = (key: string, span: Span) => addTo(spans, key, span);
  for (const m of review.proposals.mentions) add('entity' in m ? `entity:${m.entity}` : `candidate:${m.candidate}`, m);
  for (const [target, add_] of additions(review)) {
    if (add_.type === 'entity') for (const m of add_.mentions) add(target, m);
    if (add_.type === 'mention') add('entity' in add_.of ? `entity:${add_.of.entity}` : `candidate:${add_.of.candidate}`, add_.span);
  }
  return spans;
}

const key = (ref: EndRef) => ('entity' in ref ? `entity:${ref.entity}` : `candidate:${ref.candidate}`);

/** The words between the two ends inside the evidence, when there are few of them and no other name. */
function wordsBetween(text: string, evidence: Span, source: Span[], target: Span[], named: Span[]): { words: string; sourceFirst: boolean } | undefined {
  let best: { words: string; sourceFirst: boolean; length: number } | undefined;
  for (const s of source) {
    for (const t of target) {
      if (s.start < evidence.start || t.start < evidence.start || s.end > evidence.end || t.end > evidence.end) continue;
      const [left, right] = s.start < t.start ? [s, t] : [t, s];
      if (left.end > right.start) continue;
      if (named.some((n) => n.start >= left.end && n.end <= right.start)) continue;
      const gap = text.slice(left.end, right.start);
      if (/[.;()]/.test(gap)) continue;
      const words = tokenize(gap).map((w) => w.text.toLowerCase());
      if (words.length === 0 || words.length > 4) continue;
      if (!best || words.length < best.length) best = { words: words.join(' '), sourceFirst: s.start < t.start, length: words.length };
    }
  }
  return best && { words: best.words, sourceFirst: best.sourceFirst };
}

const ENGLISH_FUNCTION_WORDS = new Set('the a an of and or s its their his her with in at to for by on as from into'.split(' '));
/** Ranks as whole phrases: "thượng tướng", not "thượng" (also in "thượng đỉnh"); "major general", not "major". */
const RANKS = [...RANKS_VI, ...RANKS_EN].map((rank) => ` ${rank.toLowerCase()} `);

/**
 * Whether the words between two names can say a relation anywhere else: not when they are only
 * grammatical words ("{S} và {T}", "{T} 's {S}", "{S} of the {T}" would read any two names side by
 * side), nor when they hold a number or a rank, which belong to a name ("{T} thượng tướng {S}").
 */
function canSayARelation(words: string[]): boolean {
  const spaced = ` ${words.join(' ')} `;
  if (words.some((w) => /\d/.test(w)) || RANKS.some((rank) => spaced.includes(rank))) return false;
  return words.some((w) => !isFunctionWord(w) && !ENGLISH_FUNCTION_WORDS.has(w));
}

/**
 * Learned rules from reviewed articles. `reads(language, pattern, …)` says whether the built-in
 * rules already read a construction, so that only what they miss is learned.
 */
export function learnFromReviews(articles: ReviewedArticle[], alreadyRead: (language: 'vi' | 'en', predicate: Predicate, words: string) => boolean): LearnedRules {
  const rules: Record<string, RuleRecord> = {};
  const seen = new Map<string, LearnedConstruction>();
  for (const { review, text, language } of articles) {
    const current = currentDecisions(review.decisions);
    for (const proposal of review.proposals.relations) {
      const decision = current.get(proposal.id);
      if (!decision) continue;
      // A relation through "hai bên", "the exercise" … whose meaning the reviewer refused was
      // wrong because of the reference, not because of the rule's words: it says nothing of the rule.
      const via = proposal.viaReference === 'source' ? proposal.source : proposal.viaReference === 'target' ? proposal.target : undefined;
      if (decision.action === 'reject' && via && current.get(referenceTarget(via))?.action === 'reject') continue;
      const record = (rules[proposal.rule] ??= { accepted: 0, rejected: 0 });
      if (decision.action === 'reject') record.rejected++;
      else record.accepted++;
    }
    const spans = spansOf(review);
    const named = [...spans.values()].flat();
    for (const [target, add] of additions(review)) {
      if (add.type !== 'relation' || current.get(target)?.action === 'reject') continue;
      for (const evidence of add.evidence) {
        const between = wordsBetween(text, evidence, spans.get(key(add.source)) ?? [], spans.get(key(add.target)) ?? [], named);
        if (!between || !canSayARelation(between.words.split(' ')) || alreadyRead(language, add.predicate, between.words)) continue;
        const pattern = between.sourceFirst ? `{S} ${between.words} {T}` : `{T} ${between.words} {S}`;
        const id = `${language}|${add.predicate}|${pattern}`;
        const entry = seen.get(id) ?? { predicate: add.predicate, language, pattern, seen: 0 };
        entry.seen++;
        seen.set(id, entry);
      }
    }
  }
  // Words that people added under two predicates say neither for sure ("{S} s {T}": chairs, heads, belongs to …).
  const wordsOf = (c: LearnedConstruction) => `${c.language}|${c.pattern}`;
  const predicates = new Map<string, Set<Predicate>>();
  for (const c of seen.values()) predicates.set(wordsOf(c), (predicates.get(wordsOf(c)) ?? new Set()).add(c.predicate));
  const constructions = [...seen.values()]
    .filter((c) => predicates.get(wordsOf(c))!.size === 1)
    .sort((a, b) => b.seen - a.seen || a.pattern.localeCompare(b.pattern));
  return { constructions, rules: Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) };
}

/** The kinds a learned construction may link: its predicate's own. */
export function learnedKinds(predicate: Predicate): { sources: Kind[]; targets: Kind[] } {
  const kinds = PREDICATE_KINDS[predicate];
  return { sources: [...kinds.sources], targets: [...kinds.targets] };
}
