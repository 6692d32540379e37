/**
 * "Việt Nam và Ba Lan thiết lập quan hệ ngoại giao ngày 4/2/1950", "The two countries established diplomatic relations in
 * 1989", "diplomatic relations between Chile and Viet Nam, which were established in 1971": two states that have
 * diplomatic relations. Read where a sentence says "quan hệ ngoại giao" or "diplomatic relations" (or "ties") and names
 * exactly two states, or fewer and says "hai nước", "the two countries", "both sides" for the article's two (one it names
 * among them). Not where the sentence says they are not there ("have no", "chưa có", "severed").
 */
import type { Token } from '../text/tokens';
import { isTwoCountries, theMostNamed } from './bothStates';
import type { Slot } from './constructions';
import { stateNamed } from './states';
import { spanOf } from './tokenSpans';
import { refKey, type RelationProposal } from './types';
import { addTo } from '../model/collections';

const TWO_SIDES = [['hai', 'ben'], ['both', 'sides'], ['two', 'sides']];
const PHRASES = [['quan', 'he', 'ngoai', 'giao'], ['diplomatic', 'relations'], ['diplomatic', 'ties']];
/** Words that say the relations are not there (folded): "have no diplomatic relations", "severed"; "chưa có", "cắt đứt" (not the "không" of "không ngừng"). */
const NOT_THERE = new Set(['no', 'not', 'never', 'without', 'severed', 'sever', 'broke', 'cut', 'suspended']);
const NOT_THERE_VI = [['chua', 'co'], ['khong', 'co'], ['cat', 'dut'], ['chua', 'thiet', 'lap']];

export function diplomaticRelations(text: string, tokens: Token[], slots: Slot[], sentenceOf: (token: number) => number): RelationProposal[] {
  const out: RelationProposal[] = [];
  const done = new Set<number>();
  // A state the article also calls a place ("cảng Valparaíso (Chile)") is the state here.
  const isState = (s: Slot) => !s.viaReference && ((s.kind === 'actor' && s.category === 'state') || (s.kind === 'place' && stateNamed(text.slice(tokens[s.first]!.start, tokens[s.last]!.end)) !== undefined));
  // Each sentence's states, found once: a long article is not searched again for every sentence that says the words.
  const statesIn = new Map<number, Slot[]>();
  for (const s of slots) if (isState(s)) addTo(statesIn, sentenceOf(s.first), s);
  // The article's two states, counted once, the first time a sentence needs them.
  let articleStates: ReturnType<typeof theMostNamed> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const phrase = PHRASES.find((words) => words.every((w, n) => tokens[k + n]?.folded === w));
    // Not inside a name: "the Vienna Convention on Diplomatic Relations".
    if (!phrase || (/^\p{Lu}/u.test(tokens[k]!.text) && k > 0 && sentenceOf(k - 1) === sentenceOf(k))) continue;
    const sentence = sentenceOf(k);
    if (done.has(sentence)) continue;
    done.add(sentence);
    let [first, last] = [k, k];
    while (first > 0 && sentenceOf(first - 1) === sentence) first--;
    while (last + 1 < tokens.length && sentenceOf(last + 1) === sentence) last++;
    const inSentence = Array.from({ length: last - first + 1 }, (_, n) => first + n);
    if (inSentence.some((i) => NOT_THERE.has(tokens[i]!.folded) || NOT_THERE_VI.some((words) => words.every((w, n) => tokens[i + n]?.folded === w)))) continue;
    // "Viet Nam and Laos both established diplomatic relations with the European Union": with a third, not with each other.
    if (['with', 'voi'].includes(tokens[k + phrase.length]?.folded ?? '')) continue;
    const named = [...new Map((statesIn.get(sentence) ?? []).map((s) => [refKey(s.ref), s])).values()];
    let span: [number, number] = [k, k + phrase.length - 1];
    let pair = named.map((s) => s.ref);
    for (const s of named) span = [Math.min(span[0], s.first), Math.max(span[1], s.last)];
    if (named.length < 2) {
      // "hai nước", "the two countries", "both sides": the two states the article names most, when the sentence names no
      // other (relations between states are the states', whoever the sides are).
      const two = inSentence.find((i) => isTwoCountries(tokens[i]!.folded, tokens[i + 1]?.folded ?? '') || TWO_SIDES.some(([a, b]) => tokens[i]!.folded === a && tokens[i + 1]?.folded === b));
      const states = (articleStates ??= theMostNamed(slots, ['state']));
      if (two === undefined || states.length !== 2 || !named.every((s) => states.some((state) => refKey(state) === refKey(s.ref)))) continue;
      pair = states;
      span = [Math.min(span[0], two), Math.max(span[1], two + 1)];
    }
    if (pair.length !== 2) continue;
    const evidence = spanOf(text, tokens, span[0], span[1]);
    out.push({ id: `relation:${refKey(pair[0]!)}|diplomatic_relations_with|${refKey(pair[1]!)}|${evidence.start}`, source: pair[0]!, predicate: 'diplomatic_relations_with', target: pair[1]!, evidence, rule: 'diplomatic_relations_with/quan-he-ngoai-giao', score: 0.7, sentence });
  }
  return out;
}
