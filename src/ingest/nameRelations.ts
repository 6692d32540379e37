/**
 * Relations a new name states by its own structure: "Chiến lược Toàn cầu của Liên minh châu Âu"
 * belongs to the EU; "Đại sứ quán Na Uy" is part of Norway; "Hiệp định … giữa Việt Nam và Liên
 * minh châu Âu" has both as parties. The evidence is the name itself.
 */
import type { Token } from '../text/tokens';
import { spanOf } from './tokenSpans';
import type { CuratedKind, CuratedPredicate, EndRef, RelationProposal } from './types';

export type NamedRange = { first: number; last: number; ref: EndRef; kind: CuratedKind };

type Input = {
  text: string;
  tokens: Token[];
  /** New names (candidates), each occurrence. */
  names: NamedRange[];
  /** Everything named inside them: known entities and other candidates. */
  inner: NamedRange[];
  sentenceOf: (token: number) => number;
  existing: (source: string, predicate: string, target: string) => string | undefined;
};

function ownerPredicate(kind: CuratedKind): CuratedPredicate | undefined {
  if (kind === 'framework') return 'belongs_to';
  if (kind === 'actor') return 'part_of';
  return undefined;
}

export function proposeNameRelations(input: Input): RelationProposal[] {
  const out = new Map<string, RelationProposal>();
  const add = (name: NamedRange, predicate: CuratedPredicate, source: EndRef, target: EndRef, rule: string, score: number) => {
    const evidence = spanOf(input.text, input.tokens, name.first, name.last);
    const key = (r: EndRef) => ('entity' in r ? `entity:${r.entity}` : `candidate:${r.candidate}`);
    const id = `relation:${key(source)}|${predicate}|${key(target)}|${evidence.start}`;
    if ([...out.values()].some((p) => p.predicate === predicate && key(p.source) === key(source) && key(p.target) === key(target))) return;
    const proposal: RelationProposal = { id, source, predicate, target, evidence, rule, score, sentence: input.sentenceOf(name.first) };
    if ('entity' in source && 'entity' in target) {
      const existing = input.existing(source.entity, predicate, target.entity);
      if (existing) proposal.existing = existing;
    }
    out.set(id, proposal);
  };
  for (const name of input.names) {
    const inside = input.inner.filter((m) => m.first > name.first && m.last <= name.last && m.kind === 'actor');
    const word = (i: number) => input.tokens[i]?.text.toLowerCase();
    // The owner closes the name, directly or after "của": "Phái đoàn EU", "… của Liên minh châu Âu".
    const owner = inside.find((m) => m.last === name.last);
    const predicate = ownerPredicate(name.kind);
    if (owner && predicate && !inside.some((m) => word(m.first - 1) === 'giữa')) {
      add(name, predicate, name.ref, owner.ref, `${predicate}/owner-in-name`, word(owner.first - 1) === 'của' ? 0.8 : 0.7);
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
