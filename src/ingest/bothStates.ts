/**
 * "Tuyên bố chung …, được lãnh đạo hai nước ký năm 2022", "hai nước đã ký Hiệp định …", "signed by
 * the two countries": an instrument signed by "the two countries" is signed by the two states the
 * article is about, the two it names most (first named first on a tie). An article that names
 * fewer than two states has no "two countries" to read.
 */
import type { Token } from '../text/tokens';
import { spanOf } from './tokenSpans';
import type { Slot } from './constructions';
import { refKey, type EndRef, type RelationProposal } from './types';

/** What "two countries" sign is a document; a partnership named beside it ("… lên Đối tác Chiến lược Toàn diện, được … hai nước ký") is what the document set up. */
const INSTRUMENT_KINDS = new Set(['agreement']);
/** How far, in words, "hai nước" and "ký" may stand from the instrument they speak of. */
const REACH = 16;

/** "hai nước", "two countries" (folded words): the two states an article is about. */
export const isTwoCountries = (first: string, second: string): boolean => (first === 'hai' && second === 'nuoc') || ((first === 'two' || first === 'both') && second === 'countries');

/** The `count` actors (two unless said) of these categories ('' for one the rules could not tell) the article names most (first named first on a tie), or none. */
export function theMostNamed(slots: Slot[], categories: readonly string[], count = 2): EndRef[] {
  const counts = new Map<string, { ref: EndRef; count: number; first: number }>();
  for (const slot of slots) {
    if (slot.kind !== 'actor' || !categories.includes(slot.category ?? '') || slot.viaReference) continue;
    const entry = counts.get(refKey(slot.ref)) ?? { ref: slot.ref, count: 0, first: slot.first };
    entry.count++;
    counts.set(refKey(slot.ref), entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  return ranked.length >= count ? ranked.slice(0, count).map((entry) => entry.ref) : [];
}

export function signedByBothStates(text: string, tokens: Token[], slots: Slot[], sentenceOf: (token: number) => number): RelationProposal[] {
  const states = theMostNamed(slots, ['state']);
  if (states.length === 0) return [];
  const folded = (i: number) => tokens[i]?.folded ?? '';
  const twoAt = (i: number) => isTwoCountries(folded(i), folded(i + 1));
  const signAt = (i: number) => ['ky', 'signed', 'sign'].includes(folded(i));
  const out: RelationProposal[] = [];
  for (const slot of slots) {
    if (!INSTRUMENT_KINDS.has(slot.kind) || slot.viaReference) continue;
    const sentence = sentenceOf(slot.first);
    const same = (i: number) => i >= 0 && i < tokens.length && sentenceOf(i) === sentence;
    let span: [number, number] | undefined;
    // After it: "…, được lãnh đạo hai nước ký", "signed by the two countries".
    for (let i = slot.last + 1; i <= slot.last + REACH && same(i) && !span; i++) {
      if (!twoAt(i)) continue;
      for (let k = Math.max(slot.last + 1, i - 4); k <= i + 4 && same(k); k++) if (signAt(k)) span = [slot.first, Math.max(k, i + 1)];
    }
    // Before it: "hai nước đã ký Hiệp định …", "the two countries signed the …".
    for (let i = slot.first - 1; i >= slot.first - 6 && same(i) && !span; i--) {
      // "… được hai nước ký năm 2000, và Hiệp định …": what the verb signed ended before "và".
      if (!signAt(i) || /[,;]\s*(?:và|and)\s/iu.test(text.slice(tokens[i]!.end, tokens[slot.first]!.start))) continue;
      for (let k = i - 1; k >= i - 4 && same(k); k--) if (twoAt(k)) span = [k, slot.last];
    }
    if (!span) continue;
    const evidence = spanOf(text, tokens, span[0], span[1]);
    for (const state of states) {
      out.push({ id: `relation:${refKey(state)}|signs|${refKey(slot.ref)}|${evidence.start}`, source: state, predicate: 'signs', target: slot.ref, evidence, rule: 'signs/hai-nuoc', score: 0.7, sentence });
    }
  }
  return out;
}
