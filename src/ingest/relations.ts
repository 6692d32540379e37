/**
 * Draft relations, sentence by sentence: where a rule's trigger stands, the nearest end of an
 * allowed kind before it is the source, and each allowed end after it in the same clause is a
 * target (so a list becomes one relation per item).
 */
import type { CuratedKind as Kind } from './types';
import type { Token } from '../text/tokens';
import { RELATION_RULES, type RelationRule } from './relationRules';
import { phraseAt } from './tokenSpans';
import { reachOf } from './tokenIndexes';
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

/** The positions of the text's semicolons, in order, found by binary search: a sentence may be very long. */
function semicolonsOf(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(';'); at >= 0; at = text.indexOf(';', at + 1)) found.push(at);
  return found;
}

/** How many of the sorted positions lie before `at`. */
function countBefore(positions: number[], at: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The clause around a token: a sentence split at semicolons, without its final full stop. */
function clauseOf(text: string, semicolons: number[], sentence: Sentence, at: number): Span {
  const before = semicolons[countBefore(semicolons, at + 1) - 1];
  const after = semicolons[countBefore(semicolons, at)];
  let start = before !== undefined && before >= sentence.start ? before + 1 : sentence.start;
  let end = after !== undefined && after < sentence.end ? after : sentence.end;
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

/** Each sentence's slots, in the slots' order: a slot that runs past its sentence's end belongs to none. */
function slotsBySentence(input: Input): Slot[][] {
  const bySentence = input.sentences.map((): Slot[] => []);
  let si = 0;
  for (const slot of [...input.slots].sort((a, b) => a.first - b.first)) {
    while (si < input.sentences.length && input.sentences[si]!.lastToken < slot.first) si++;
    const sentence = input.sentences[si];
    if (sentence && slot.first >= sentence.firstToken && slot.last <= sentence.lastToken) bySentence[si]!.push(slot);
  }
  return bySentence;
}

/** A sentence's slots that lie inside a clause, in order: those that start in it, found by binary search, and end in it. */
function slotsIn(input: Input, slots: Slot[], clause: Span): Slot[] {
  const startOf = (s: Slot) => input.tokens[s.first]!.start;
  let low = 0;
  let high = slots.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (startOf(slots[middle]!) < clause.start) low = middle + 1;
    else high = middle;
  }
  const found: Slot[] = [];
  for (let i = low; i < slots.length && startOf(slots[i]!) < clause.end; i++) {
    if (input.tokens[slots[i]!.last]!.end <= clause.end) found.push(slots[i]!);
  }
  return found;
}

export function proposeRelations(input: Input): RelationProposal[] {
  const best = new Map<string, RelationProposal>();
  const slotsOf = slotsBySentence(input);
  // A slot of another sentence never reaches into this one, so one index serves every sentence.
  const reach = reachOf(input.tokens.length, slotsOf.flat());
  const semicolons = semicolonsOf(input.text);
  input.sentences.forEach((sentence, sentenceIndex) => {
    const slots = slotsOf[sentenceIndex]!;
    for (const rule of RELATION_RULES) {
      for (const [triggerFirst, triggerLast] of triggersIn(input, sentence, rule)) {
        // A trigger inside a name ("Hiệp định … tham gia …") is part of the name.
        if (reach[triggerFirst]! >= triggerLast) continue;
        const clause = clauseOf(input.text, semicolons, sentence, input.tokens[triggerFirst]!.start);
        const inClause = slotsIn(input, slots, clause);
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
