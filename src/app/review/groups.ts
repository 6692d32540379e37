/** The review's proposals and the reviewer's additions in reading order, grouped by the sentence that states them. */
import { sentenceContaining, splitSentences } from '../../text/sentences';
import { additions, candidateTarget, currentDecisions, editOf, referencedInstruments, referenceTarget, type Addition, type ReviewFile } from '../../ingest/review';
import type { Candidate, EndRef, RelationProposal, Span } from '../../ingest/types';
import { addTo } from '../../model/collections';

export type Item =
  | { type: 'reference'; target: string; instrument: EndRef }
  | { type: 'candidate'; target: string; candidate: Candidate }
  | { type: 'relation'; target: string; relation: RelationProposal }
  | { type: 'added'; target: string; add: Addition };

/** A group of the references (sentence null), of one sentence, or of additions the text does not place (sentence -1). */
export type Group = { sentence: number | null; start: number; end: number; items: Item[] };

/** Where in the article an item stands: its evidence, its first mention, the name an alias gives. */
export function itemSpans(item: Item, review: Pick<ReviewFile, 'decisions'>, text: string): Span[] {
  switch (item.type) {
    case 'reference':
      return [];
    case 'candidate':
      return item.candidate.mentions.slice(0, 1);
    case 'relation':
      return editOf(currentDecisions(review.decisions).get(item.target))?.evidence ?? [item.relation.evidence];
    case 'added': {
      const add = item.add;
      if (add.type === 'entity') return add.mentions;
      if (add.type === 'mention') return [add.span];
      if (add.type === 'relation') return add.evidence;
      const at = text.indexOf(add.alias);
      return at < 0 ? [] : [{ start: at, end: at + add.alias.length, quote: add.alias }];
    }
  }
}

export function groupProposals(review: ReviewFile, text: string): Group[] {
  const sentences = splitSentences(text);
  const sentenceAt = (offset: number) => Math.max(0, sentenceContaining(sentences, offset));
  const groups = new Map<number, Item[]>();
  const add = (sentence: number, item: Item) => addTo(groups, sentence, item);
  for (const candidate of review.proposals.candidates) add(sentenceAt(candidate.mentions[0]?.start ?? 0), { type: 'candidate', target: candidateTarget(candidate.key), candidate });
  // A proposal stays in the sentence it was proposed for, even when its evidence is moved.
  for (const relation of review.proposals.relations) add(sentenceAt(relation.evidence.start), { type: 'relation', target: relation.id, relation });
  for (const [target, addition] of additions(review)) {
    const item: Item = { type: 'added', target, add: addition };
    const span = itemSpans(item, review, text)[0];
    add(span ? sentenceAt(span.start) : -1, item);
  }
  const references = referencedInstruments(review).map((instrument): Item => ({ type: 'reference', target: referenceTarget(instrument), instrument }));
  return [
    ...(references.length > 0 ? [{ sentence: null, start: 0, end: 0, items: references }] : []),
    ...[...groups.entries()]
      .sort((a, b) => (a[0] < 0 ? 1 : b[0] < 0 ? -1 : a[0] - b[0]))
      .map(([sentence, items]) => ({ sentence, start: sentences[sentence]?.start ?? 0, end: sentences[sentence]?.end ?? 0, items })),
  ];
}
