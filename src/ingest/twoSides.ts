/**
 * "Kết thúc hội đàm, hai bên đã ký Biên bản hội đàm năm 2025": the two sides who sign are the two
 * bodies that held the talks, one chairing and the other taking part, or both chairing. Read only
 * when an event of the article has exactly two such bodies (no people, no states, which the
 * article names for other reasons), and only where the sentence itself names no signer.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { spanOf } from './tokenSpans';
import { refKey, type CuratedKind, type EndRef, type RelationProposal } from './types';

/** The kind and the actor category of a relation's end. */
type Ends = { kind: (ref: EndRef) => CuratedKind | undefined; category: (ref: EndRef) => string | undefined };

/** Words that may stand between "hai bên" and "ký", as written ("hai bên đã ký"). */
const BETWEEN = new Set(['đã', 'sẽ', 'vừa', 'cũng', 'cùng']);

export function signedByTheTwoSides(text: string, tokens: Token[], slots: readonly Slot[], relations: readonly RelationProposal[], sentenceOf: (token: number) => number, ends: Ends): RelationProposal[] {
  const sides = bodiesHolding(relations, ends);
  if (!sides) return [];
  const written = (k: number) => tokens[k]?.text.toLowerCase();
  const out: RelationProposal[] = [];
  // Where "hai bên" stands before each instrument they signed, by the instrument's last word: "ký Biên bản hội đàm | và Kế
  // hoạch hợp tác năm 2029" signs the second as well.
  const signedFrom = new Map<number, number>();
  for (const slot of slots) {
    if (slot.kind !== 'agreement' || slot.viaReference) continue;
    let k = slot.first - 1;
    const listed = written(k) === 'và' ? signedFrom.get(k - 1) : undefined;
    if (listed !== undefined) k = listed + 1;
    else {
      if (written(k) === 'kết') k--;
      if (written(k) !== 'ký') continue;
      k--;
      while (BETWEEN.has(written(k) ?? '')) k--;
      if (written(k) !== 'bên' || written(k - 1) !== 'hai') continue;
    }
    signedFrom.set(slot.last, k - 1);
    const sentence = sentenceOf(slot.first);
    if (relations.some((r) => r.predicate === 'signs' && r.sentence === sentence && refKey(r.target) === refKey(slot.ref))) continue;
    const evidence = spanOf(text, tokens, k - 1, slot.last);
    for (const side of sides) {
      out.push({ id: `relation:${refKey(side)}|signs|${refKey(slot.ref)}|${evidence.start}`, source: side, predicate: 'signs', target: slot.ref, evidence, rule: 'signs/hai-ben', score: 0.6, sentence });
    }
  }
  return out;
}

/** What may stand between "hai bên", "both sides" and their verb of support, folded, a word at a time. */
const SUPPORT_FILLERS = new Set(['da', 'se', 'cung', 'deu', 'tiep', 'tuc', 'khang', 'dinh', 'tai', 'cam', 'ket', 'nhat', 'tri', 'reaffirmed', 'reiterated', 'expressed', 'their', 'continued', 'to', 'will', 'continue', 'also']);
/** Verbs of support right before what is supported, folded. */
const SUPPORT_VERBS = ['ung ho', 'support for', 'support', 'commitment to'].map((verb) => verb.split(' '));

/**
 * "Hai bên khẳng định ủng hộ Công ước …", "Both sides reaffirmed their support for the ASEAN Outlook …": each of the
 * two bodies that held the article's event supports it (the same two as "hai bên … ký" above).
 */
export function supportedByTheTwoSides(text: string, tokens: Token[], slots: readonly Slot[], relations: readonly RelationProposal[], sentenceOf: (token: number) => number, ends: Ends): RelationProposal[] {
  // Here the two may also be the two bodies that signed the article's instrument.
  const sides = bodiesHolding(relations, ends, ['chairs', 'participates_in', 'signs']);
  if (!sides) return [];
  const out: RelationProposal[] = [];
  // Where each sentence names its first actor, to see whether it names its own sides before "hai bên".
  const firstActor = new Map<number, number>();
  for (const s of slots) if (s.kind === 'actor' && !s.viaReference && !firstActor.has(sentenceOf(s.first))) firstActor.set(sentenceOf(s.first), s.first);
  for (const slot of slots) {
    // Not a state ("Hai bên nhất trí ủng hộ Việt Nam đăng cai …": one side's own state, hosting).
    if (slot.viaReference || slot.kind === 'place' || ['person', 'office', 'state'].includes(slot.category ?? '')) continue;
    const before = tokens[slot.first - 1]?.folded === 'the' ? slot.first - 1 : slot.first;
    const verb = SUPPORT_VERBS.find((words) => words.every((w, n) => tokens[before - words.length + n]?.folded === w));
    if (!verb) continue;
    let k = before - verb.length - 1;
    while (k > 0 && SUPPORT_FILLERS.has(tokens[k]!.folded)) k--;
    const sidesAt = tokens[k - 1]?.folded === 'hai' && tokens[k]?.folded === 'ben' ? k - 1 : tokens[k]?.folded === 'sides' && ['both', 'two'].includes(tokens[k - 1]?.folded ?? '') ? k - 1 : -1;
    if (sidesAt < 0 || sentenceOf(sidesAt) !== sentenceOf(slot.first)) continue;
    // "Mỹ và Nhật Bản, hai bên đều ủng hộ ASEAN": the sentence names its own two sides, which the clauses read.
    if ((firstActor.get(sentenceOf(sidesAt)) ?? Infinity) < sidesAt) continue;
    // "Both sides reaffirmed their commitment to the FPDA, and noted that the Royal Malaysian Navy and the Royal Navy had
    // operated together …": the two who held an occasion the article named before, not one the same sentence goes on to.
    const sidesBefore = bodiesHolding(relations.filter((r) => r.sentence < sentenceOf(sidesAt)), ends, ['chairs', 'participates_in', 'signs']);
    if (!sidesBefore) continue;
    const evidence = spanOf(text, tokens, sidesAt, slot.last);
    for (const side of sidesBefore) {
      if (refKey(side) === refKey(slot.ref)) continue;
      out.push({ id: `relation:${refKey(side)}|supports|${refKey(slot.ref)}|${evidence.start}`, source: side, predicate: 'supports', target: slot.ref, evidence, rule: 'supports/hai-ben', score: 0.6, sentence: sentenceOf(slot.first) });
    }
  }
  return out;
}

/**
 * The two bodies that chair or take part in an event, for the first event (in the order of the relations read) that has exactly
 * two. A person stands for the body of the one office the article gives them: "Thượng tướng A, Thứ trưởng Bộ Quốc phòng Việt Nam
 * và Trung tướng B, Tổng Thư ký Bộ Quốc phòng Indonesia đồng chủ trì Đối thoại …" is held by the two ministries.
 */
function bodiesHolding(relations: readonly RelationProposal[], ends: Ends, predicates: readonly string[] = ['chairs', 'participates_in']): [EndRef, EndRef] | undefined {
  const isBody = (ref: EndRef) => ends.kind(ref) === 'actor' && !['person', 'office', 'state'].includes(ends.category(ref) ?? '');
  const bodyOf = bodiesOfPeople(relations, isBody);
  const byEvent = new Map<string, Map<string, EndRef>>();
  for (const r of relations) {
    if (!predicates.includes(r.predicate)) continue;
    const holder = isBody(r.source) ? r.source : ends.category(r.source) === 'person' ? bodyOf.get(refKey(r.source)) : undefined;
    if (!holder) continue;
    const holders = byEvent.get(refKey(r.target)) ?? new Map<string, EndRef>();
    holders.set(refKey(holder), holder);
    byEvent.set(refKey(r.target), holders);
  }
  for (const holders of byEvent.values()) if (holders.size === 2) return [...holders.values()] as [EndRef, EndRef];
  return undefined;
}

/** Each person who holds exactly one office, of exactly one body, with that body. */
function bodiesOfPeople(relations: readonly RelationProposal[], isBody: (ref: EndRef) => boolean): Map<string, EndRef> {
  const distinct = (pairs: [string, EndRef][]) => {
    const all = new Map<string, Map<string, EndRef>>();
    for (const [from, to] of pairs) all.set(from, (all.get(from) ?? new Map<string, EndRef>()).set(refKey(to), to));
    return new Map([...all].flatMap(([from, tos]) => (tos.size === 1 ? [[from, [...tos.values()][0]!] as const] : [])));
  };
  const officeOf = distinct(relations.filter((r) => r.predicate === 'holds_role').map((r) => [refKey(r.source), r.target]));
  const bodyOfOffice = distinct(relations.filter((r) => r.predicate === 'part_of' && isBody(r.target)).map((r) => [refKey(r.source), r.target]));
  return new Map([...officeOf].flatMap(([person, office]) => {
    const body = bodyOfOffice.get(refKey(office));
    return body ? [[person, body] as const] : [];
  }));
}
