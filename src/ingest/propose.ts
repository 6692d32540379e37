/**
 * From an article's normalised text and the graph's vocabulary to proposals: mentions of known
 * entities, new entity candidates, references to the main instrument, and draft relations.
 * Pure and deterministic: the same text and graph give the same proposals.
 */
import type { Entity, Relation } from '../model/schema';
import { relationId } from '../model/schema';
import type { CuratedKind as Kind } from './types';
import { splitSentences } from '../text/sentences';
import { foldedWords, isAcronym, tokenize, type Token } from '../text/tokens';
import { findCandidateRanges, type RawCandidate } from './candidates';
import { findKnownMentions, type TokenMention } from './mentions';
import { proposeRelations, type Slot } from './relations';
import { proposeNameRelations } from './nameRelations';
import { buildSimilarityIndex, similarEntities, type SimilarityIndex } from './similar';
import { phraseAt, spanOf } from './tokenSpans';
import { occurrencesOf, positionsBy, reachOf, trieAt, wordTrie } from './tokenIndexes';
import { refKey, type Candidate, type EndRef, type Mention, type Proposals, type Reference } from './types';
import { buildVocabularyIndex, type VocabularyIndex } from './vocabularyIndex';
import { NAME_HEADS, REFERENCE_PHRASES } from './wordLists';

/** What the proposer knows of the graph; build it once and reuse it for many articles. */
export type Knowledge = {
  vocabulary: VocabularyIndex;
  similarity: SimilarityIndex;
  relationIds: Set<string>;
  headKinds: Map<string, Kind>;
  domainBigrams: Set<string>;
};

const HEADS = new Set(NAME_HEADS.map(([head]) => head));

export function buildKnowledge(entities: Entity[], relations: Relation[]): Knowledge {
  const tokenized = new Map<string, Token[]>();
  const tokensOf = (name: string) => {
    let tokens = tokenized.get(name);
    if (!tokens) tokenized.set(name, (tokens = tokenize(name)));
    return tokens;
  };
  // A head's kind as the graph uses it, where the graph agrees with itself on it.
  const votes = new Map<string, Map<Kind, number>>();
  const domainBigrams = new Set<string>();
  for (const entity of entities) {
    const words = tokensOf(entity.labels.vi).map((t) => t.folded);
    for (let n = 1, prefix = words[0] ?? ''; n <= Math.min(3, words.length); prefix += ` ${words[n] ?? ''}`, n++) {
      if (!HEADS.has(prefix)) continue;
      const tally = votes.get(prefix) ?? new Map<Kind, number>();
      tally.set(entity.kind, (tally.get(entity.kind) ?? 0) + 1);
      votes.set(prefix, tally);
    }
    if (entity.kind === 'domain') {
      for (const name of [entity.labels.vi, ...entity.aliases]) {
        const w = tokensOf(name).map((t) => t.folded);
        for (let i = 0; i + 1 < w.length; i++) domainBigrams.add(`${w[i]} ${w[i + 1]}`);
      }
    }
  }
  const headKinds = new Map<string, Kind>();
  for (const [head, tally] of votes) {
    const [kind, count] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
    if (count >= 2 && count / [...tally.values()].reduce((a, b) => a + b, 0) > 0.6) headKinds.set(head, kind);
  }
  return {
    vocabulary: buildVocabularyIndex(entities, tokensOf),
    similarity: buildSimilarityIndex(entities, tokensOf),
    relationIds: new Set(relations.map(relationId)),
    headKinds,
    domainBigrams,
  };
}

/** A candidate's key: its name in ASCII, also the id it would get. */
export function candidateKey(label: string): string {
  return (
    foldedWords(label)
      .join('-')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'entity'
  );
}

function sentenceIndexOfTokens(tokens: Token[], sentences: { start: number; end: number }[]) {
  const sentenceStart = new Array<number>(tokens.length);
  const sentenceIndex = new Array<number>(tokens.length);
  const withTokens = sentences.map((s) => ({ ...s, firstToken: -1, lastToken: -2 }));
  let si = 0;
  tokens.forEach((token, i) => {
    while (si < withTokens.length - 1 && token.start >= withTokens[si]!.end) si++;
    const sentence = withTokens[si]!;
    if (sentence.firstToken < 0) sentence.firstToken = i;
    sentence.lastToken = i;
    sentenceStart[i] = sentence.firstToken;
    sentenceIndex[i] = si;
  });
  const sentenceEnd = sentenceIndex.map((index) => withTokens[index]!.lastToken + 1);
  return { sentenceStart, sentenceEnd, sentenceIndex, sentences: withTokens };
}

/** A candidate while its occurrences are gathered: the token ranges it covers. */
type Building = Candidate & { ranges: [number, number][] };

function buildCandidates(text: string, tokens: Token[], raw: RawCandidate[], knowledge: Knowledge, covered: (TokenMention | undefined)[]) {
  const byKey = new Map<string, Building>();
  for (const range of raw) {
    const span = spanOf(text, tokens, range.first, range.last);
    const key = candidateKey(span.quote);
    const existing = byKey.get(key);
    if (existing) {
      existing.mentions.push(span);
      existing.ranges.push([range.first, range.last]);
      continue;
    }
    const latin = /^[A-Za-z0-9 .'&-]+$/.test(span.quote);
    byKey.set(key, {
      key,
      label: span.quote,
      ...(latin ? { labelEn: span.quote } : {}),
      ...(range.acronym ? { acronym: range.acronym } : {}),
      kind: range.kind,
      ...(range.person ? { category: 'person' } : {}),
      rule: range.rule,
      score: range.score,
      mentions: [span],
      similar: similarEntities(knowledge.similarity, span.quote),
      ranges: [[range.first, range.last]],
    });
  }
  // A name cut short ("thỏa thuận Đối tác" in a headline) is the one longer name it begins.
  const labelWords = new Map([...byKey.values()].map((c) => [c.key, foldedWords(c.label)]));
  const labels = wordTrie([...byKey.values()].map((c) => ({ name: c, words: labelWords.get(c.key)! })));
  for (const short of [...byKey.values()]) {
    const runOn = trieAt(labels, labelWords.get(short.key)!)?.longer ?? [];
    const longer = runOn.filter((c) => c !== short && c.kind === short.kind && byKey.get(c.key) === c);
    if (longer.length !== 1) continue;
    longer[0]!.mentions.push(...short.mentions);
    longer[0]!.ranges.push(...short.ranges);
    byKey.delete(short.key);
  }
  // Later uses of a defined acronym, or of the same name, are mentions of the candidate too.
  const taken = covered.map((m) => m !== undefined);
  for (const c of byKey.values()) for (const [a, b] of c.ranges) for (let k = a; k <= b; k++) taken[k] = true;
  const byText = positionsBy(tokens, (t) => t.text);
  const wordsOf = new Map([...byKey.values()].map((c) => [c, c.acronym ? [c.acronym] : foldedWords(c.label)]));
  // What is taken now stays taken: no later use can start on it or run through it.
  const takenBefore = [...taken];
  const occurrences = occurrencesOf(
    tokens,
    wordTrie([...byKey.values()].flatMap((c) => (c.acronym ? [] : [{ name: c, words: wordsOf.get(c)! }]))),
    (i) => takenBefore[i] === true,
  );
  for (const c of byKey.values()) {
    const words = wordsOf.get(c)!;
    // Only where the whole name stands can it be used again.
    const starts = (c.acronym ? byText.get(c.acronym) : occurrences.get(c)) ?? [];
    for (const i of starts) {
      if (i + words.length > tokens.length) break;
      if (taken[i]) continue;
      const match = c.acronym ? tokens[i]!.text === c.acronym : words.every((w, k) => tokens[i + k]?.folded === w && !taken[i + k]);
      if (!match) continue;
      const last = i + (c.acronym ? 0 : words.length - 1);
      c.mentions.push(spanOf(text, tokens, i, last));
      c.ranges.push([i, last]);
      for (let k = i; k <= last; k++) taken[k] = true;
    }
    c.mentions.sort((x, y) => x.start - y.start);
  }
  return [...byKey.values()];
}

function findReferences(text: string, tokens: Token[], taken: boolean[]): [number, number, 'agreement' | 'partnership'][] {
  const found: [number, number, 'agreement' | 'partnership'][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const reference = REFERENCE_PHRASES.find(([p]) => phraseAt(text, tokens, i, p));
    if (!reference) continue;
    const n = reference[0].split(' ').length;
    if ([...Array(n).keys()].some((k) => taken[i + k])) continue;
    // "Thỏa thuận Đối tác …" is a name, not a reference.
    const next = tokens[i + n];
    if (next && /^\s+$/.test(text.slice(tokens[i + n - 1]!.end, next.start)) && /^\p{Lu}/u.test(next.text) && !isAcronym(next.text)) continue;
    found.push([i, i + n - 1, reference[1]]);
    i += n - 1;
  }
  return found;
}

/** The agreements and partnerships the article is about: most mentioned first, the headline's counting triple. */
function rankInstruments(slots: Slot[], firstSentenceEnd: number): { ref: EndRef; kind: Kind }[] {
  const scores = new Map<string, { ref: EndRef; kind: Kind; score: number; first: number }>();
  for (const slot of slots) {
    if (slot.viaReference || (slot.kind !== 'agreement' && slot.kind !== 'partnership')) continue;
    const key = refKey(slot.ref);
    const entry = scores.get(key) ?? { ref: slot.ref, kind: slot.kind, score: 0, first: slot.first };
    entry.score += slot.first <= firstSentenceEnd ? 3 : 1;
    scores.set(key, entry);
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.first - b.first);
}

export function propose(text: string, knowledge: Knowledge): Proposals {
  const tokens = tokenize(text);
  const { sentenceStart, sentenceEnd, sentenceIndex, sentences } = sentenceIndexOfTokens(tokens, splitSentences(text));
  const known = findKnownMentions(text, tokens, knowledge.vocabulary);
  const covered = new Array<TokenMention | undefined>(tokens.length);
  for (const m of known) for (let k = m.firstToken; k <= m.lastToken; k++) covered[k] = m;

  const knownKind = (i: number) => {
    const m = covered[i];
    return m && 'entity' in m ? knowledge.vocabulary.kinds.get(m.entity) : undefined;
  };
  const raw = findCandidateRanges({ text, tokens, sentenceStart, sentenceEnd, covered, headKinds: knowledge.headKinds, domainBigrams: knowledge.domainBigrams, knownKind });
  const candidates = buildCandidates(text, tokens, raw, knowledge, covered);
  const candidateRanges = candidates.flatMap((c) => c.ranges.map(([first, last]) => ({ first, last, c })));
  // A known name inside a new one ("… giữa Việt Nam và Liên minh châu Âu") belongs to the new one.
  const reach = reachOf(tokens.length, candidateRanges);
  const mentionsKept = known.filter((m) => (reach[m.firstToken] ?? -1) < m.lastToken);

  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentionsKept) for (let k = m.firstToken; k <= m.lastToken; k++) taken[k] = true;
  for (const r of candidateRanges) for (let k = r.first; k <= r.last; k++) taken[k] = true;

  const slots: Slot[] = [
    ...mentionsKept.map((m): Slot => ({
      first: m.firstToken,
      last: m.lastToken,
      ref: { entity: (m as { entity: string }).entity },
      kind: knowledge.vocabulary.kinds.get((m as { entity: string }).entity)!,
      viaReference: false,
    })),
    ...candidateRanges.map((r): Slot => ({ first: r.first, last: r.last, ref: { candidate: r.c.key }, kind: r.c.kind, viaReference: false })),
  ].sort((a, b) => a.first - b.first);
  const instruments = rankInstruments(slots, sentences[0]?.lastToken ?? 0);
  const referenceRanges = findReferences(text, tokens, taken);
  // Each reference goes to the leading instrument of the kind it names, else to the leading one.
  for (const [first, last, kind] of referenceRanges) {
    const target = instruments.find((i) => i.kind === kind) ?? instruments[0];
    if (target) slots.push({ first, last, ref: target.ref, kind: target.kind, viaReference: true });
  }
  slots.sort((a, b) => a.first - b.first);

  const existing = (s: string, p: string, t: string) => {
    const id = relationId({ source: s, predicate: p as never, target: t });
    return knowledge.relationIds.has(id) ? id : undefined;
  };
  const byCandidateKey = new Map(candidates.map((c) => [c.key, c]));
  const named = candidateRanges.map((r) => ({ first: r.first, last: r.last, ref: { candidate: r.c.key }, kind: r.c.kind }));
  const nameRelations = proposeNameRelations({
    text,
    tokens,
    names: named,
    inner: [...known.map((m) => ({ first: m.firstToken, last: m.lastToken, ref: { entity: (m as { entity: string }).entity }, kind: knowledge.vocabulary.kinds.get((m as { entity: string }).entity)! })), ...named],
    sentenceOf: (i) => sentenceIndex[i] ?? 0,
    existing,
    candidateWords: candidates.map((c) => ({ words: foldedWords(c.label), ref: { candidate: c.key }, kind: c.kind })),
    isOffice: (ref) => 'entity' in ref && knowledge.vocabulary.entities.get(ref.entity)?.category === 'office',
    isPerson: (ref) => ('entity' in ref ? knowledge.vocabulary.entities.get(ref.entity)?.category === 'person' : byCandidateKey.get(ref.candidate)?.category === 'person'),
  });
  const clauseRelations = proposeRelations({
    text,
    tokens,
    sentences,
    slots,
    existing,
  });
  const relations = [...clauseRelations, ...nameRelations].sort((a, b) => a.evidence.start - b.evidence.start || b.score - a.score);

  const mentions: Mention[] = [
    ...mentionsKept.map(({ firstToken: _f, lastToken: _l, ...m }) => m),
    ...candidates.flatMap((c) => c.mentions.map((span) => ({ ...span, candidate: c.key, method: c.rule }))),
  ].sort((a, b) => a.start - b.start);
  const references: Reference[] = referenceRanges.map(([first, last]) => ({ ...spanOf(text, tokens, first, last), resolvesTo: 'main' }));
  return {
    text,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    mentions,
    candidates: candidates.map(({ ranges: _r, ...c }) => c),
    references,
    mainInstrument: instruments.map((i) => i.ref),
    relations,
  };
}
