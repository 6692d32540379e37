/**
 * Draft relations, sentence by sentence: where a rule's trigger stands, the nearest end of an
 * allowed kind before it is the source, and each allowed end after it in the same clause is a
 * target (so a list becomes one relation per item).
 */
import type { CuratedKind as Kind } from './types';
import type { Token } from '../text/tokens';
import { RELATION_RULES, type RelationRule } from './relationRules';
import { phraseAt } from './tokenSpans';
import { refKey, type EndRef, type RelationProposal, type Span } from './types';

export type Slot = { first: number; last: number; ref: EndRef; kind: Kind; viaReference: boolean };

type Sentence = { start: number; end: number; firstToken: number; lastToken: number };

type Input = {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  slots: Slot[];
  /** relationId → true, for the graph's existing relations. */
  existing: (source: string, predicate: string, target: string) => string | undefined;
};

/** The clause around a token: a sentence split at semicolons, without its final full stop. */
function clauseOf(text: string, sentence: Sentence, at: number): Span {
  const body = text.slice(sentence.start, sentence.end);
  let start = sentence.start + body.lastIndexOf(';', at - sentence.start) + 1;
  const semicolon = body.indexOf(';', at - sentence.start);
  let end = semicolon < 0 ? sentence.end : sentence.start + semicolon;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.;:,]/.test(text[end - 1]!)) end--;
  return { start, end, quote: text.slice(start, end) };
}

function triggersIn(input: Input, sentence: Sentence, rule: RelationRule): [number, number][] {
  const found: [number, number][] = [];
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const phrase = rule.triggers.find((p) => phraseAt(input.text, input.tokens, i, p));
    if (phrase) {
      const n = phrase.split(' ').length;
      found.push([i, i + n - 1]);
      i += n - 1;
    }
  }
  return found;
}

function makeProposal(input: Input, rule: RelationRule, source: Slot, target: Slot, clause: Span, sentence: number, penalty: number): RelationProposal {
  let score = rule.score - Math.min(0.3, penalty);
  if (source.viaReference || target.viaReference) score *= 0.9;
  const proposal: RelationProposal = {
    id: `relation:${refKey(source.ref)}|${rule.predicate}|${refKey(target.ref)}|${clause.start}`,
    source: source.ref,
    predicate: rule.predicate,
    target: target.ref,
    evidence: clause,
    rule: rule.id,
    score: Math.round(score * 100) / 100,
    sentence,
    ...(source.viaReference ? { viaReference: 'source' as const } : target.viaReference ? { viaReference: 'target' as const } : {}),
  };
  if ('entity' in source.ref && 'entity' in target.ref) {
    const existing = input.existing(source.ref.entity, rule.predicate, target.ref.entity);
    if (existing) proposal.existing = existing;
  }
  return proposal;
}

/** One proposal per triple and sentence: the surest reading. */
function keep(best: Map<string, RelationProposal>, proposal: RelationProposal): void {
  const key = `${refKey(proposal.source)}|${proposal.predicate}|${refKey(proposal.target)}|${proposal.sentence}`;
  const previous = best.get(key);
  if (!previous || previous.score < proposal.score) best.set(key, proposal);
}

/** The folded words from a clause's start up to a token, to look for a phrase that must come first. */
function foldedBetween(input: Input, start: number, beforeToken: number): string {
  let first = beforeToken;
  while (first > 0 && input.tokens[first - 1]!.start >= start) first--;
  return input.tokens
    .slice(first, beforeToken)
    .map((t) => t.folded)
    .join(' ');
}

/** "giữa A và B": the first two ends of allowed kinds after the trigger, joined by "và". */
function betweenPair(input: Input, slots: Slot[], triggerLast: number, rule: RelationRule): [Slot, Slot] | undefined {
  const after = slots.filter((s) => s.first > triggerLast && rule.sources.includes(s.kind));
  const [a, b] = after;
  if (!a || !b || a.first > triggerLast + 2) return undefined;
  const between = input.text.slice(input.tokens[a.last]!.end, input.tokens[b.first]!.start);
  return /^\)?\s*(?:\([^()]*\))?\s*và\s*(?:các\s*)?$/.test(between) ? [a, b] : undefined;
}

/** "Liên minh châu Âu (EU) và Na Uy đã ký": the ends joined to the nearest one by "và" or a comma. */
function coordinated(input: Input, slots: Slot[], nearest: Slot, kinds: Kind[]): Slot[] {
  const more: Slot[] = [];
  let current = nearest;
  for (const slot of [...slots].reverse()) {
    if (slot.last >= current.first || !kinds.includes(slot.kind)) continue;
    const between = input.text.slice(input.tokens[slot.last]!.end, input.tokens[current.first]!.start);
    if (!/^\)?\s*(?:\([^()]*\))?\s*(?:và|,|,?\s*cùng với)\s*$/.test(between)) break;
    more.push(slot);
    current = slot;
  }
  return more;
}

export function proposeRelations(input: Input): RelationProposal[] {
  const best = new Map<string, RelationProposal>();
  input.sentences.forEach((sentence, sentenceIndex) => {
    const slots = input.slots.filter((s) => s.first >= sentence.firstToken && s.last <= sentence.lastToken);
    for (const rule of RELATION_RULES) {
      for (const [triggerFirst, triggerLast] of triggersIn(input, sentence, rule)) {
        // A trigger inside a name ("Hiệp định … tham gia …") is part of the name.
        if (slots.some((s) => s.first <= triggerFirst && s.last >= triggerLast)) continue;
        const clause = clauseOf(input.text, sentence, input.tokens[triggerFirst]!.start);
        const inClause = slots.filter((s) => input.tokens[s.first]!.start >= clause.start && input.tokens[s.last]!.end <= clause.end);
        if (rule.after && !rule.after.some((p) => foldedBetween(input, clause.start, triggerFirst).includes(p))) continue;
        if (rule.between) {
          const pair = betweenPair(input, inClause, triggerLast, rule);
          if (pair) keep(best, makeProposal(input, rule, pair[0], pair[1], clause, sentenceIndex, 0));
          continue;
        }
        const source = [...inClause].reverse().find((s) => s.last < triggerFirst && rule.sources.includes(s.kind));
        if (!source) continue;
        const sources = [source, ...coordinated(input, inClause, source, rule.sources)];
        let targets = inClause.filter((s) => s.first > triggerLast && rule.targets.includes(s.kind));
        if (rule.nearest) targets = targets.slice(0, 1);
        let passive = false;
        if (targets.length === 0) {
          const before = inClause.filter((s) => s.last < source.first && rule.targets.includes(s.kind)).at(-1);
          targets = before ? [before] : [];
          passive = true;
        }
        for (const source of sources) for (const target of targets) {
          if (refKey(target.ref) === refKey(source.ref)) continue;
          const distance = Math.max(0, target.first - triggerLast - 1) + Math.max(0, triggerFirst - source.last - 1);
          keep(best, makeProposal(input, rule, source, target, clause, sentenceIndex, distance * 0.01 + (passive ? 0.15 : 0)));
        }
      }
    }
  });
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start || b.score - a.score);
}
