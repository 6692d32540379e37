/**
 * "Việt Nam và Ba Lan thiết lập quan hệ ngoại giao ngày 4/2/1950", "The two countries established diplomatic relations in
 * 1989", "diplomatic relations between Chile and Viet Nam, which were established in 1971": two states that have
 * diplomatic relations. Read where a sentence says "quan hệ ngoại giao" or "diplomatic relations" (or "ties") and names
 * exactly two states, or names none and says "hai nước", "the two countries", "both sides" for the article's two.
 */
import type { Token } from '../text/tokens';
import { isTwoCountries, theTwoNamedMost } from './bothStates';
import type { Slot } from './constructions';
import { stateNamed } from './states';
import { spanOf } from './tokenSpans';
import { refKey, type RelationProposal } from './types';

const TWO_SIDES = [['hai', 'ben'], ['both', 'sides'], ['two', 'sides']];
const PHRASES = [['quan', 'he', 'ngoai', 'giao'], ['diplomatic', 'relations'], ['diplomatic', 'ties']];

export function diplomaticRelations(text: string, tokens: Token[], slots: Slot[], sentenceOf: (token: number) => number): RelationProposal[] {
  const out: RelationProposal[] = [];
  const done = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const phrase = PHRASES.find((words) => words.every((w, n) => tokens[k + n]?.folded === w));
    const sentence = sentenceOf(k);
    if (!phrase || done.has(sentence)) continue;
    done.add(sentence);
    // A state the article also calls a place ("cảng Valparaíso (Chile)") is the state here.
    const isState = (s: Slot) => (s.kind === 'actor' && s.category === 'state') || (s.kind === 'place' && stateNamed(text.slice(tokens[s.first]!.start, tokens[s.last]!.end)) !== undefined);
    const named = [...new Map(slots.filter((s) => sentenceOf(s.first) === sentence && !s.viaReference && isState(s)).map((s) => [refKey(s.ref), s])).values()];
    let span: [number, number] = [k, k + phrase.length - 1];
    let pair = named.map((s) => s.ref);
    for (const s of named) span = [Math.min(span[0], s.first), Math.max(span[1], s.last)];
    if (named.length < 2) {
      // "hai nước", "the two countries", "both sides": the two states the article names most, when the sentence names no
      // other (relations between states are the states', whoever the sides are).
      const two = tokens.findIndex((t, i) => sentenceOf(i) === sentence && (isTwoCountries(t.folded, tokens[i + 1]?.folded ?? '') || TWO_SIDES.some(([a, b]) => t.folded === a && tokens[i + 1]?.folded === b)));
      const states = theTwoNamedMost(slots, ['state']);
      if (two < 0 || states.length !== 2 || !named.every((s) => states.some((state) => refKey(state) === refKey(s.ref)))) continue;
      pair = states;
      span = [Math.min(span[0], two), Math.max(span[1], two + 1)];
    }
    if (pair.length !== 2) continue;
    const evidence = spanOf(text, tokens, span[0], span[1]);
    out.push({ id: `relation:${refKey(pair[0]!)}|diplomatic_relations_with|${refKey(pair[1]!)}|${evidence.start}`, source: pair[0]!, predicate: 'diplomatic_relations_with', target: pair[1]!, evidence, rule: 'diplomatic_relations_with/quan-he-ngoai-giao', score: 0.7, sentence });
  }
  return out;
}
