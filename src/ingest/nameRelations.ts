/**
 * Relations a new name states by its own structure: "Chiến lược Toàn cầu của Liên minh châu Âu"
 * belongs to the EU; "Đại sứ quán Na Uy" is part of Norway; "Hiệp định … giữa Việt Nam và Liên
 * minh châu Âu" has both as parties. The evidence is the name itself.
 */
import type { Token } from '../text/tokens';
import { spanOf } from './tokenSpans';
import { OFFICE_HEADS } from './wordLists';
import { refKey, type CuratedKind, type CuratedPredicate, type EndRef, type RelationProposal } from './types';

export type NamedRange = { first: number; last: number; ref: EndRef; kind: CuratedKind; closing?: string };

type Input = {
  text: string;
  tokens: Token[];
  /** New names (candidates), each occurrence. */
  names: NamedRange[];
  /** Everything named: known entities (also inside new names) and candidates. */
  inner: NamedRange[];
  /** The folded words of each candidate, so "Đại sứ quán Na Uy" finds "Na Uy" named elsewhere. */
  candidateWords: { words: string[]; ref: EndRef; kind: CuratedKind }[];
  isPerson: (ref: EndRef) => boolean;
  /** Known offices, by their entity's category. */
  isOffice: (ref: EndRef) => boolean;
  sentenceOf: (token: number) => number;
  existing: (source: string, predicate: string, target: string) => string | undefined;
};

function ownerPredicate(kind: CuratedKind): CuratedPredicate | undefined {
  if (kind === 'framework') return 'belongs_to';
  if (kind === 'actor') return 'part_of';
  return undefined;
}

/**
 * Items by a key, each with its place in the list: looked up instead of scanned for (a long
 * article has thousands of names), and put back in the list's order where that order decides.
 */
type Indexed<T> = Map<string | number, { at: number; item: T }[]>;

function index<T>(items: T[], key: (item: T) => string | number): Indexed<T> {
  const out: Indexed<T> = new Map();
  items.forEach((item, at) => {
    const list = out.get(key(item));
    if (list) list.push({ at, item });
    else out.set(key(item), [{ at, item }]);
  });
  return out;
}

/** The first item, in the list's order, under a key and passing a test. */
function first<T>(indexed: Indexed<T>, key: string | number, test: (item: T) => boolean): T | undefined {
  return indexed.get(key)?.find(({ item }) => test(item))?.item;
}

/** The items under the keys from..to, in the list's order. */
function within<T>(indexed: Indexed<T>, from: number, to: number): T[] {
  const found: { at: number; item: T }[] = [];
  for (let k = from; k <= to; k++) found.push(...(indexed.get(k) ?? []));
  return found.sort((a, b) => a.at - b.at).map(({ item }) => item);
}

type CandidateWords = Input['candidateWords'][number];

/** The first new actor name, in the candidates' order, whose words end this name and are not all of it. */
function closingName(input: Input, byLastWord: Indexed<CandidateWords>, name: NamedRange): CandidateWords | undefined {
  const length = name.last - name.first + 1;
  const ends = (c: CandidateWords) =>
    refKey(c.ref) !== refKey(name.ref) && c.words.length < length && c.words.every((w, k) => input.tokens[name.last - c.words.length + 1 + k]?.folded === w);
  const found = [...(byLastWord.get(input.tokens[name.last]?.folded ?? '') ?? []), ...(byLastWord.get('') ?? [])].filter(({ item }) => ends(item));
  return found.sort((a, b) => a.at - b.at)[0]?.item;
}

export function proposeNameRelations(input: Input): RelationProposal[] {
  /** Keyed by triple: a name states each of its relations once, at its first occurrence. */
  const out = new Map<string, RelationProposal>();
  const add = (name: NamedRange, predicate: CuratedPredicate, source: EndRef, target: EndRef, rule: string, score: number) => {
    if (refKey(source) === refKey(target)) return;
    const span = spanOf(input.text, input.tokens, name.first, name.last);
    // A quote that opens a bracket closes it too: "Brussels (Bỉ)".
    const evidence = name.closing && input.text[span.end] === name.closing ? { ...span, end: span.end + 1, quote: `${span.quote}${name.closing}` } : span;
    const triple = `${refKey(source)}|${predicate}|${refKey(target)}`;
    if (out.has(triple)) return;
    const id = `relation:${triple}|${evidence.start}`;
    const proposal: RelationProposal = { id, source, predicate, target, evidence, rule, score, sentence: input.sentenceOf(name.first) };
    if ('entity' in source && 'entity' in target) {
      const existing = input.existing(source.entity, predicate, target.entity);
      if (existing) proposal.existing = existing;
    }
    out.set(triple, proposal);
  };
  const word = (i: number) => input.tokens[i]?.text.toLowerCase();
  const innerAt = index(input.inner, (m) => m.first);
  const innerEndingAt = index(input.inner, (m) => m.last);
  // A name with no words would end every name: it is kept under "".
  const byLastWord = index(
    input.candidateWords.filter((c) => c.kind === 'actor'),
    (c) => c.words.at(-1) ?? '',
  );
  for (const name of input.names) {
    const inside = within(innerAt, name.first + 1, name.last).filter((m) => m.last <= name.last && m.kind === 'actor');
    // The owner closes the name ("Phái đoàn EU", "… của Liên minh châu Âu"), or is another new
    // name that closes it ("Đại sứ quán Na Uy", with "Na Uy" named elsewhere).
    const tail = closingName(input, byLastWord, name);
    const owner = inside.find((m) => m.last === name.last) ?? (tail ? { first: name.last - tail.words.length + 1, last: name.last, ref: tail.ref, kind: tail.kind } : undefined);
    const predicate = ownerPredicate(name.kind);
    if (owner && predicate && !inside.some((m) => word(m.first - 1) === 'giữa')) {
      add(name, predicate, name.ref, owner.ref, `${predicate}/owner-in-name`, word(owner.first - 1) === 'của' ? 0.8 : 0.7);
    }
    // "“La bàn chiến lược” của EU": the owner right after the name.
    const after = first(innerAt, name.last + 2, (m) => word(name.last + 1) === 'của' && m.kind === 'actor');
    if (after && predicate) add({ ...name, last: after.last }, predicate, name.ref, after.ref, `${predicate}/owner-in-name`, 0.75);
    // "Brussels (Bỉ)": where a place lies.
    const bracketed = first(innerAt, name.last + 1, (m) => m.kind === 'place' && input.text[input.tokens[m.first]!.start - 1] === '(');
    if (name.kind === 'place' && bracketed) add({ ...name, last: bracketed.last, closing: ')' }, 'located_in', name.ref, bracketed.ref, 'located_in/brackets', 0.75);
    // "Đại diện cấp cao …, ông Josep Borrell": the person who holds the office.
    if (name.kind === 'actor' && input.isPerson(name.ref) && ['ông', 'bà'].includes(word(name.first - 1) ?? '')) {
      const comma = input.text.slice(input.tokens[name.first - 2]?.end ?? 0, input.tokens[name.first - 1]!.start);
      const titled = (m: NamedRange) => OFFICE_HEADS.some((head) => head.split(' ').every((w, k) => input.tokens[m.first + k]?.folded === w));
      const office = first(innerEndingAt, name.first - 2, (m) => m.kind === 'actor' && (input.isOffice(m.ref) || titled(m)));
      if (office && /^\s*,\s*$/.test(comma)) add({ ...name, first: office.first }, 'holds_role', name.ref, office.ref, 'holds_role/apposition', 0.75);
    }
    // The parties of an agreement named "… giữa A và B".
    if (name.kind === 'agreement' || name.kind === 'partnership') {
      const between = inside.findIndex((m) => word(m.first - 1) === 'giữa');
      if (between >= 0) {
        for (const party of inside.slice(between)) add(name, 'party_to', party.ref, name.ref, 'party_to/giua-in-name', 0.75);
      }
    }
  }
  return [...out.values()];
}
