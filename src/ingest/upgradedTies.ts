/**
 * "2009: Ties are upgraded to a Strategic Cooperative Partnership.", "Relations were elevated to a Comprehensive Strategic
 * Partnership in 2022", "Năm 2016: Quan hệ được nâng lên Đối tác chiến lược toàn diện": a timeline or a backgrounder says
 * whose relations once, in its title; the partnership they were raised to is the article's two states', the two it names
 * most. A sentence that names its own sides is read by the rules ("Relations between A and B were elevated to …").
 */
import type { Token } from '../text/tokens';
import { theMostNamed } from './bothStates';
import type { Slot } from './constructions';
import { spanOf } from './tokenSpans';
import { refKey, type RelationProposal } from './types';

/** The words that open such a sentence, folded, after its date; then the partnership's name (after an article). */
const OPENINGS = [
  ...['ties', 'relations'].flatMap((what) => ['are', 'were'].flatMap((be) => ['upgraded', 'elevated'].map((raised) => [what, be, raised, 'to']))),
  ['quan', 'he', 'duoc', 'nang', 'len'],
  ['quan', 'he', 'duoc', 'nang', 'cap', 'len'],
];

export function upgradedTies(text: string, tokens: Token[], slots: Slot[], sentenceOf: (token: number) => number): RelationProposal[] {
  const out: RelationProposal[] = [];
  const slotAt = new Map(slots.filter((s) => s.kind === 'partnership' && !s.viaReference).map((s) => [s.first, s]));
  let states: ReturnType<typeof theMostNamed> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    // Opening its sentence, or its line after a date: "2009: Ties are …".
    const opens = k === 0 || sentenceOf(k - 1) !== sentenceOf(k) || /^\d{4}$/.test(tokens[k - 1]!.text);
    const words = opens ? OPENINGS.find((o) => o.every((w, n) => tokens[k + n]?.folded === w)) : undefined;
    if (!words) continue;
    let at = k + words.length;
    if (['a', 'an', 'the'].includes(tokens[at]?.folded ?? '')) at++;
    const partnership = slotAt.get(at);
    if (!partnership || sentenceOf(partnership.first) !== sentenceOf(k)) continue;
    states ??= theMostNamed(slots, ['state']);
    if (states.length !== 2) return out;
    const evidence = spanOf(text, tokens, k, partnership.last);
    for (const state of states) {
      out.push({ id: `relation:${refKey(state)}|party_to|${refKey(partnership.ref)}|${evidence.start}`, source: state, predicate: 'party_to', target: partnership.ref, evidence, rule: 'party_to/upgraded-ties', score: 0.65, sentence: sentenceOf(k) });
    }
  }
  return out;
}
