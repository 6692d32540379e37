/** The review's proposals in reading order, grouped by the sentence that states them. */
import { splitSentences } from '../../text/sentences';
import { candidateTarget, referencedInstruments, referenceTarget, type ReviewFile } from '../../ingest/review';
import type { Candidate, EndRef, RelationProposal } from '../../ingest/types';

export type Item =
  | { type: 'reference'; target: string; instrument: EndRef }
  | { type: 'candidate'; target: string; candidate: Candidate }
  | { type: 'relation'; target: string; relation: RelationProposal };

export type Group = { sentence: number | null; start: number; end: number; items: Item[] };

export function groupProposals(review: ReviewFile, text: string): Group[] {
  const sentences = splitSentences(text);
  const sentenceAt = (offset: number) => Math.max(0, sentences.findIndex((s) => offset >= s.start && offset < s.end));
  const groups = new Map<number, Item[]>();
  const add = (sentence: number, item: Item) => groups.set(sentence, [...(groups.get(sentence) ?? []), item]);
  for (const candidate of review.proposals.candidates) add(sentenceAt(candidate.mentions[0]?.start ?? 0), { type: 'candidate', target: candidateTarget(candidate.key), candidate });
  for (const relation of review.proposals.relations) add(sentenceAt(relation.evidence.start), { type: 'relation', target: relation.id, relation });
  const references = referencedInstruments(review).map((instrument): Item => ({ type: 'reference', target: referenceTarget(instrument), instrument }));
  return [
    ...(references.length > 0 ? [{ sentence: null, start: 0, end: 0, items: references }] : []),
    ...[...groups.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([sentence, items]) => ({ sentence, start: sentences[sentence]?.start ?? 0, end: sentences[sentence]?.end ?? 0, items })),
  ];
}
