/**
 * "Kết thúc hội đàm, hai bên đã ký Biên bản hội đàm năm 2025": the two sides who sign are the two
 * bodies that held the talks, one chairing and the other taking part, or both chairing. Read only
 * when an event of the article has exactly two such bodies (no people, no states, which the
 * article names for other reasons), and only where the sentence itself names no signer.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { spanOf } from './tokenSpans';
import { refKey, type EndRef, type RelationProposal } from './types';

/** Words that may stand between "hai bên" and "ký", as written ("hai bên đã ký"). */
const BETWEEN = new Set(['đã', 'sẽ', 'vừa', 'cũng', 'cùng']);

export function signedByTheTwoSides(text: string, tokens: Token[], slots: readonly Slot[], relations: readonly RelationProposal[], sentenceOf: (token: number) => number): RelationProposal[] {
  const sides = bodiesHolding(slots, relations);
  if (!sides) return [];
  const written = (k: number) => tokens[k]?.text.toLowerCase();
  const out: RelationProposal[] = [];
  for (const slot of slots) {
    if (slot.kind !== 'agreement' || slot.viaReference) continue;
    let k = slot.first - 1;
    if (written(k) === 'kết') k--;
    if (written(k) !== 'ký') continue;
    k--;
    while (BETWEEN.has(written(k) ?? '')) k--;
    if (written(k) !== 'bên' || written(k - 1) !== 'hai') continue;
    const sentence = sentenceOf(slot.first);
    if (relations.some((r) => r.predicate === 'signs' && r.sentence === sentence && refKey(r.target) === refKey(slot.ref))) continue;
    const evidence = spanOf(text, tokens, k - 1, slot.last);
    for (const side of sides) {
      out.push({ id: `relation:${refKey(side)}|signs|${refKey(slot.ref)}|${evidence.start}`, source: side, predicate: 'signs', target: slot.ref, evidence, rule: 'signs/hai-ben', score: 0.6, sentence });
    }
  }
  return out;
}

/** The two bodies that chair or take part in an event, for the first event (in the order of the relations read) that has exactly two. */
function bodiesHolding(slots: readonly Slot[], relations: readonly RelationProposal[]): [EndRef, EndRef] | undefined {
  const categoryOf = new Map(slots.map((s) => [refKey(s.ref), s.kind === 'actor' ? (s.category ?? '') : undefined]));
  const byEvent = new Map<string, Map<string, EndRef>>();
  for (const r of relations) {
    if (r.predicate !== 'chairs' && r.predicate !== 'participates_in') continue;
    const category = categoryOf.get(refKey(r.source));
    if (category === undefined || ['person', 'office', 'state'].includes(category)) continue;
    const holders = byEvent.get(refKey(r.target)) ?? new Map<string, EndRef>();
    holders.set(refKey(r.source), r.source);
    byEvent.set(refKey(r.target), holders);
  }
  for (const holders of byEvent.values()) if (holders.size === 2) return [...holders.values()] as [EndRef, EndRef];
  return undefined;
}
